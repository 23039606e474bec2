using JobConnect.Application.Data;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.FollowUps;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Reports;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Reports;

/// <summary>
/// The one place that turns a fair's recorded facts into anonymous <see cref="FunnelRecord"/>s: from the
/// invitations, check-ins, conversations, outcomes and follow-ups while they exist, from the frozen copy
/// once the fair's personal data was anonymized. Every figure of the reports is counted from these.
/// </summary>
public static class FunnelRecords
{
    /// <summary>The records of a fair and which kinds of data it has; frozen ones when there are.</summary>
    public static async Task<(IReadOnlyList<FunnelRecord> Records, FunnelCoverage Coverage)> LoadAsync(JobConnectDbContext db, int fairId, CancellationToken ct)
    {
        if (await db.FrozenStatistics.AsNoTracking().FirstOrDefaultAsync(s => s.FairId == fairId, ct) is { } frozen)
        {
            return (await db.FunnelRecords.AsNoTracking().Where(r => r.FairId == fairId).OrderBy(r => r.Id).ToListAsync(ct), frozen.Coverage);
        }
        return await BuildAsync(db, fairId, ct);
    }

    /// <summary>Built from the live records of a fair.</summary>
    public static async Task<(IReadOnlyList<FunnelRecord> Records, FunnelCoverage Coverage)> BuildAsync(JobConnectDbContext db, int fairId, CancellationToken ct)
    {
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.FairId == fairId && i.Status != InvitationStatus.Cancelled)
            .Select(i => new { i.Id, i.AgencyId, i.Status, i.History, i.IsWalkIn, Phase = i.FairPhase!.Name })
            .ToListAsync(ct);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var talks = (await db.Conversations.AsNoTracking()
                .Where(c => c.Invitation!.FairId == fairId)
                .Select(c => new
                {
                    c.InvitationId,
                    c.SlotStart,
                    c.Booth!.EmployerId,
                    EmployerName = c.Booth.Employer!.Name,
                    c.VacancyId,
                    VacancyTitle = db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault(),
                    VacancyKind = db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => (VacancyKind?)v.Kind).FirstOrDefault(),
                    c.Outcome,
                })
                .ToListAsync(ct))
            .ToLookup(c => c.InvitationId);
        var followUps = (await db.FollowUpTasks.AsNoTracking()
                .Where(t => t.FairId == fairId && t.CompletedUtc != null)
                .ToListAsync(ct))
            .GroupBy(t => t.InvitationId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.WeeksAfterFair).ThenByDescending(t => t.CompletedUtc).First());

        var records = new List<FunnelRecord>(invitations.Count);
        foreach (var i in invitations.OrderBy(i => i.Id))
        {
            var arrived = i.Status == InvitationStatus.Arrived;
            var mine = talks[i.Id].OrderBy(t => t.SlotStart).ToList();
            var record = new FunnelRecord
            {
                FairId = fairId,
                PhaseName = i.Phase,
                AgencyId = i.AgencyId,
                AgencyName = agencies.GetValueOrDefault(i.AgencyId, ""),
                // Planned counts: the check-in list and the letters treat a planned invitation as issued (as the start page does).
                Invited = !i.IsWalkIn,
                WalkIn = i.IsWalkIn,
                Confirmed = i.Status == InvitationStatus.Confirmed || i.History.Any(h => h.Status == InvitationStatus.Confirmed),
                Arrived = arrived,
                Talks = [.. mine.Select(t => new FunnelTalk
                {
                    EmployerId = t.EmployerId,
                    EmployerName = t.EmployerName,
                    VacancyId = t.VacancyId,
                    VacancyTitle = t.VacancyTitle,
                    Held = ConversationFacts.Held(arrived, t.Outcome),
                    InterviewAgreed = ConversationFacts.InterviewAgreed(t.Outcome),
                })],
            };
            if (followUps.TryGetValue(i.Id, out var followUp))
            {
                record.InterviewHeld = followUp.InterviewHeld == Domain.FollowUps.InterviewHeld.Yes;
                record.Contract = followUp.Contract;
                record.ContractEmployerId = followUp.ContractEmployerId;
            }
            else if (mine.FirstOrDefault(t => t.Outcome?.Kind == OutcomeKind.Hired) is { } hired)
            {
                // Hired at the table and not yet followed up: the contract the company announced.
                record.Contract = hired.VacancyKind == VacancyKind.Apprenticeship ? ContractKind.Apprenticeship : ContractKind.Job;
                record.ContractEmployerId = hired.EmployerId;
            }
            records.Add(record);
        }

        var coverage = new FunnelCoverage(
            Arrivals: invitations.Any(i => i.Status is InvitationStatus.Arrived or InvitationStatus.NoShow),
            Outcomes: talks.Any(g => g.Any(t => t.Outcome is not null)),
            FollowUps: followUps.Count > 0);
        return (records, coverage);
    }
}
