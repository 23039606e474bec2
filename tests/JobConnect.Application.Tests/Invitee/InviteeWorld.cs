using JobConnect.Testing;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Features.PersonalPage;
using JobConnect.Application.Identity;
using JobConnect.Application.Ports;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.Infrastructure.Calendar;
using JobConnect.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Invitee;

/// <summary>A public address as configured (Accounts:PublicBaseAddress).</summary>
public sealed record FixedAddress(string? BaseAddress) : IAppAddress;

/// <summary>
/// A small fair on a real database: a job centre and an employment agency, each with invited adults
/// (some with e-mail consent), and the use cases of the invited person's side wired as the app wires them.
/// </summary>
public sealed class InviteeWorld : IAsyncLifetime
{
    public const string Address = "https://jobmesse.example.de";

    public TestDatabase Db { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    public Fair Fair { get; private set; } = null!;
    public int JobcentreId { get; private set; }
    public int AgencyId { get; private set; }

    public UserScope Jobcentre => new("cw-jc", Roles.Caseworker, JobcentreId, null);
    public UserScope Agency => new("cw-aa", Roles.Caseworker, AgencyId, null);
    public static UserScope Organizer => new("org", Roles.Organizer, null, null);

    public GetInvitations Invitations => new(Db, Clock);
    public LetterBatches Batches => new(Db, Clock, new FixedAddress(Address));
    public PrintInvitationLetters Print => new(Invitations, Batches, new PdfDocumentRenderer(Clock));
    public PersonalPage Page => new(Db, Clock, new IcalPlanCalendar(Clock));
    public RespondToInvitation Respond => new(Db, Clock, Page, new InvitationAnswerValidator());

    public async ValueTask InitializeAsync()
    {
        await Db.InitializeAsync();
        Fair = await Db.InsertAsync(TestData.Fair(new DateOnly(2027, 3, 18)));
        JobcentreId = (await Db.InsertAsync(new Agency { Name = "Jobcenter Stadt Kassel", Kind = AgencyKind.Jobcenter, Phone = "0561 1234" })).Id;
        AgencyId = (await Db.InsertAsync(TestData.Agency())).Id;
    }

    public async ValueTask DisposeAsync() => await Db.DisposeAsync();

    /// <summary>Adults of the agency, invited (planned); with an e-mail address and consent when asked.</summary>
    public async Task<List<int>> InviteAsync(UserScope caseworker, int count, bool emailConsent = false)
    {
        var people = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var person = TestData.Jobseeker(caseworker.AgencyId!.Value);
            person.FirstName = $"Person{i}";
            person.LastName = $"Nachname{Guid.NewGuid():N}"[..16];
            person.Street = "Geheimweg 7";
            person.Postcode = "34260";
            person.Email = $"p{Guid.NewGuid():N}@example.org";
            if (emailConsent)
            {
                person.Consents.Add(new Consent { Scope = ConsentScope.EmailContact, GivenUtc = Clock.GetUtcNow().UtcDateTime, TextVersion = "2027-01" });
            }
            people.Add((await Db.InsertAsync(person)).Id);
        }
        var results = await new InviteJobseekers(Db, Clock).HandleAsync(caseworker, people, TestContext.Current.CancellationToken);
        Assert.All(results, r => Assert.Equal(InviteOutcome.Invited, r.Outcome));
        return [.. results.Select(r => r.InvitationId!.Value)];
    }

    /// <summary>Issues letters for these invitations as one printed batch; returns each invitation's token.</summary>
    public async Task<Dictionary<int, string>> PrintAsync(UserScope caseworker, IReadOnlyCollection<int> invitationIds)
    {
        var letters = new List<InvitationLetterData>();
        foreach (var id in invitationIds)
        {
            letters.Add(await Invitations.LetterAsync(caseworker, id, TestContext.Current.CancellationToken));
        }
        var issued = await Batches.IssueAsync(caseworker, letters, DispatchChannel.Print, TestContext.Current.CancellationToken);
        return issued.ToDictionary(l => l.InvitationId, l => l.Link!.Token);
    }

    public async Task<Invitation> InvitationAsync(int id) => await Db.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == id));

    public async Task<int> MorningSeatsTakenAsync() =>
        await Db.QueryAsync(db => db.FairPhases.Where(p => p.Name == TestPhases.Morning).Select(p => p.SeatsTaken).SingleAsync());
}
