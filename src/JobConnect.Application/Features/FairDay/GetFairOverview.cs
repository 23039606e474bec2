using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Ports;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

public sealed record FairOverview(
    string FairName, DateOnly FairDate, string Venue,
    IReadOnlyList<OverviewLine> Phases, IReadOnlyList<OverviewLine> Agencies, IReadOnlyList<EmployerLine> Employers) : IPrintable;

/// <summary>
/// Counts of one phase or agency. Invited counts everyone who still holds a seat (confirmed and
/// arrived included); declined and cancelled are counted apart.
/// </summary>
public sealed record OverviewLine(string Name, int Invited, int Confirmed, int Declined, int WithConversation, int Conversations, int? PhaseId = null);

public sealed record EmployerLine(string Name, string Booth, int Tables, int People, int Conversations);

/// <summary>The organizers' overview sheet of the current fair: numbers per phase, agency and employer. Organizers only.</summary>
public sealed class GetFairOverview(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<FairOverview?> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct);
        if (fair is null)
        {
            return null;
        }

        var invitations = await db.Invitations.AsNoTracking().Where(i => i.FairId == fair.Id)
            .Select(i => new { i.Id, i.FairPhaseId, i.AgencyId, i.Status })
            .ToListAsync(ct);
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.Booth!.FairId == fair.Id)
            .Select(c => new { c.InvitationId, c.BoothId })
            .ToListAsync(ct);
        var perInvitation = conversations.GroupBy(c => c.InvitationId).ToDictionary(g => g.Key, g => g.Count());
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var booths = await db.Booths.AsNoTracking().Where(b => b.FairId == fair.Id).OrderBy(b => b.Label)
            .Select(b => new { b.Id, b.Label, b.Tables, Employer = b.Employer!.Name }).ToListAsync(ct);

        OverviewLine Line(string name, IEnumerable<(int Id, InvitationStatus Status)> of, int? phaseId = null)
        {
            var list = of.ToList();
            var seated = list.Where(i => i.Status is not (InvitationStatus.Declined or InvitationStatus.Cancelled)).ToList();
            return new OverviewLine(name,
                seated.Count,
                seated.Count(i => i.Status is InvitationStatus.Confirmed or InvitationStatus.Arrived),
                list.Count - seated.Count,
                seated.Count(i => perInvitation.ContainsKey(i.Id)),
                list.Sum(i => perInvitation.GetValueOrDefault(i.Id)),
                phaseId);
        }

        var phases = fair.Phases.OrderBy(p => p.Start)
            .Select(p => Line(p.Name, invitations.Where(i => i.FairPhaseId == p.Id).Select(i => (i.Id, i.Status)), p.Id))
            .ToList();
        var byAgency = agencies
            .Select(a => Line(a.Name, invitations.Where(i => i.AgencyId == a.Id).Select(i => (i.Id, i.Status))))
            .ToList();
        var byBooth = conversations.ToLookup(c => c.BoothId);
        var employers = booths
            .Select(b => new EmployerLine(b.Employer, b.Label, b.Tables, byBooth[b.Id].Select(c => c.InvitationId).Distinct().Count(), byBooth[b.Id].Count()))
            .ToList();
        return new FairOverview(fair.Name, fair.Date, fair.Venue, phases, byAgency, employers);
    }
}
