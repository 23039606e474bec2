using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>The organizers' live figures of the fair day.</summary>
public sealed record LiveOverview(TimeOnly Now, IReadOnlyList<LivePhase> Phases, IReadOnlyList<LiveBooth> Booths)
{
    public int ConversationsDone => Booths.Sum(b => b.Done);
    public int Appointments => Booths.Sum(b => b.Appointments);
}

/// <summary>A phase: arrived of expected, per arrival wave, no-shows and walk-ins.</summary>
public sealed record LivePhase(int PhaseId, string Phase, int Expected, int Arrived, int NoShows, int WalkIns, int Standby, IReadOnlyList<LiveWave> Waves);

public sealed record LiveWave(TimeOnly From, TimeOnly To, int Expected, int Arrived, int NoShows);

/// <summary>A booth: its slots across the phases it attends, how many hold a conversation, how many are done, appointments.</summary>
public sealed record LiveBooth(string Label, string Employer, int Slots, int Booked, int Done, int Appointments)
{
    /// <summary>Booked share of the booth's table slots, in percent.</summary>
    public int Utilisation => Slots == 0 ? 0 : (int)Math.Round(100.0 * Booked / Slots);
}

/// <summary>
/// Arrived / expected per phase and wave, no-shows, walk-ins, booth utilisation, conversations done (slot
/// over or outcome recorded) and appointments agreed — counts only. Organizers only; the page reloads on
/// every <see cref="FairDayChanges"/> event.
/// </summary>
public sealed class GetLiveOverview(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    public async Task<LiveOverview?> HandleAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair)
        {
            return null;
        }
        var now = clock.FairNow();
        var time = TimeOnly.FromDateTime(now);
        var today = DateOnly.FromDateTime(now);
        var people = await db.AtTheDesk(scope, fair.Id).AsNoTracking()
            .Select(i => new { i.FairPhaseId, i.ArrivalFrom, i.ArrivalTo, i.Status, i.IsWalkIn, Here = i.ArrivedUtc != null, Waiting = i.StandbySinceUtc != null })
            .ToListAsync(ct);
        var phases = fair.Phases.OrderBy(p => p.Start).Select(p =>
        {
            var invited = people.Where(x => x.FairPhaseId == p.Id).ToList();
            var expected = invited.Where(x => !x.IsWalkIn).ToList();
            return new LivePhase(p.Id, p.Name, expected.Count, expected.Count(x => x.Here), expected.Count(x => x.Status == InvitationStatus.NoShow),
                invited.Count(x => x.IsWalkIn), invited.Count(x => x.Waiting),
                [.. expected.GroupBy(x => (From: x.ArrivalFrom ?? p.Start, To: x.ArrivalTo ?? p.Start)).OrderBy(g => g.Key.From)
                    .Select(g => new LiveWave(g.Key.From, g.Key.To, g.Count(), g.Count(x => x.Here), g.Count(x => x.Status == InvitationStatus.NoShow)))]);
        }).ToList();

        var booths = await db.Booths.AsNoTracking().Where(b => b.FairId == fair.Id).Include(b => b.Employer).OrderBy(b => b.Label).ToListAsync(ct);
        var conversations = await db.Conversations.AsNoTracking().Where(c => c.Booth!.FairId == fair.Id)
            .Select(c => new { c.BoothId, c.SlotStart, c.Invitation!.FairPhaseId, Kind = c.Outcome == null ? (OutcomeKind?)null : c.Outcome.Kind })
            .ToListAsync(ct);
        var byBooth = conversations.ToLookup(c => c.BoothId);
        bool IsOver(TimeOnly start, int minutes) => today > fair.Date || (today == fair.Date && start.AddMinutes(minutes) <= time);
        var slotMinutes = fair.Phases.ToDictionary(p => p.Id, p => p.SlotMinutes);
        var liveBooths = booths.Select(b => new LiveBooth(b.Label, b.Employer!.Name,
            fair.Phases.Where(p => b.Phases.HasFlag(p.TargetGroup.ToSet())).Sum(p => p.SlotStarts().Count) * b.Tables,
            byBooth[b.Id].Count(),
            byBooth[b.Id].Count(c => c.Kind is not null || IsOver(c.SlotStart, slotMinutes[c.FairPhaseId])),
            byBooth[b.Id].Count(c => c.Kind == OutcomeKind.InterviewAppointment))).ToList();
        return new LiveOverview(time, phases, liveBooths);
    }
}
