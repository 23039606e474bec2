using System.Text.RegularExpressions;
using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.Scheduling;
using JobConnect.Application.Identity;
using JobConnect.Domain.Common;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobConnect.EndToEnd.Tests.Accessibility;

/// <summary>
/// The demo app of the accessibility tests, on its own database and with the data states worth checking
/// made here, whatever other browser tests do: every demo jobseeker invited, every phase of the coming
/// fair planned (a filled schedule, plans on the invitations list), and letters printed for three of the
/// demo caseworker's people (a letter batch to undo; a personal link to open).
/// </summary>
public sealed partial class AccessibilitySession : BrowserSession
{
    /// <summary>Letters printed outside a request take their links' address from the settings.</summary>
    public AccessibilitySession() : base(new AppServer(new Dictionary<string, string> { ["Accounts:PublicBaseAddress"] = "https://jobmesse.example.de" }))
    {
    }

    /// <summary>The token of a printed letter's personal link (<c>/e/{token}</c>).</summary>
    public string PersonalPageToken { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await FillAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The e-mail of the demo login of a role (the demo employer's contact person for "Employer").</summary>
    public async Task<string> EmailOfAsync(string role)
    {
        if (role == Roles.Organizer)
        {
            return DemoSeeder.OrganizerEmail;
        }
        if (role == Roles.Caseworker)
        {
            return DemoSeeder.CaseworkerEmail;
        }
        using var scope = App.Services.CreateScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        return logins.First(l => l.Role == role).Email;
    }

    private async Task FillAsync(CancellationToken ct)
    {
        using var scope = App.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = await services.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(ct);
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var organizer = (await users.FindByEmailAsync(DemoSeeder.OrganizerEmail))!;
        var caseworker = (await users.FindByEmailAsync(DemoSeeder.CaseworkerEmail))!;

        // Every agency invites all its people (a full phase refuses the rest, as on the real day); the demo caseworker
        // leaves the adults for the keyboard test to invite.
        var people = await db.Jobseekers.Where(j => !j.Archived && (j.AgencyId != caseworker.AgencyId || j.TargetGroup != TargetGroup.Adult))
            .Select(j => new { j.Id, j.AgencyId }).ToListAsync(ct);
        var invite = services.GetRequiredService<InviteJobseekers>();
        foreach (var agency in people.GroupBy(p => p.AgencyId))
        {
            var agencyScope = agency.Key == caseworker.AgencyId
                ? new UserScope(caseworker.Id, Roles.Caseworker, agency.Key, null)
                : new UserScope($"a11y-{agency.Key}", Roles.Caseworker, agency.Key, null);
            await invite.HandleAsync(agencyScope, agency.Select(p => p.Id).ToList(), ct);
        }

        var fair = (await db.CurrentFairAsync(TimeProvider.System, ct))!;
        var planner = services.GetRequiredService<PlanConversations>();
        foreach (var phase in fair.Phases)
        {
            await planner.HandleAsync(new UserScope(organizer.Id, Roles.Organizer, null, null), phase.Id, ct);
        }

        // Three letters of the demo caseworker: each print is its own batch; the first one's link is opened later.
        var letters = services.GetRequiredService<PrintInvitationLetters>();
        var caseworkerScope = new UserScope(caseworker.Id, Roles.Caseworker, caseworker.AgencyId, null);
        var ids = await db.Invitations.Where(i => i.FairId == fair.Id && i.AgencyId == caseworker.AgencyId).OrderBy(i => i.Id).Select(i => i.Id).Take(3).ToListAsync(ct);
        foreach (var id in ids)
        {
            var pdf = await letters.InvitationAsync(caseworkerScope, id, ct);
            if (PersonalPageToken.Length == 0)
            {
                using var letter = UglyToad.PdfPig.PdfDocument.Open(pdf.Bytes);
                var text = string.Join(" ", letter.GetPage(1).GetWords().Select(w => w.Text));
                PersonalPageToken = PrintedToken().Match(text).Groups[1].Value;
            }
        }
        if (PersonalPageToken.Length == 0)
        {
            throw new InvalidOperationException("The printed letter carries no personal link.");
        }
    }

    [GeneratedRegex(@"/e/([2-9A-Z]{16})")]
    private static partial Regex PrintedToken();
}

[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<AccessibilitySession>
{
    public const string Name = "Accessibility";
}
