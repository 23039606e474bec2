using JobConnect.Domain.FollowUps;

namespace JobConnect.Domain.Reports;

/// <summary>
/// The counts of the outcome funnel: invited → confirmed → arrived → talked → interview agreed →
/// interview held → contract (job or apprenticeship). Each step counts people, not conversations.
/// </summary>
public sealed record FunnelFigures(int Invited, int Confirmed, int Arrived, int Talked, int InterviewAgreed, int InterviewHeld, int Jobs, int Apprenticeships)
{
    public static readonly FunnelFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Contracts of both kinds: the placements.</summary>
    public int Contracts => Jobs + Apprenticeships;
}

/// <summary>Counts <see cref="FunnelRecord"/>s into <see cref="FunnelFigures"/>, for the whole fair or one company or vacancy.</summary>
public static class Funnel
{
    /// <summary>Everyone in <paramref name="records"/>, all their conversations.</summary>
    public static FunnelFigures Count(IEnumerable<FunnelRecord> records) => Count(records, null, r => r.Contract != ContractKind.None);

    /// <summary>
    /// The people planned to talk with one company: steps up to "arrived" count those people; "talked" and
    /// "interview agreed" only their conversations with this company; contracts only with this company.
    /// </summary>
    public static FunnelFigures CountForEmployer(IEnumerable<FunnelRecord> records, int employerId) =>
        Count(records, t => t.EmployerId == employerId, r => r.Contract != ContractKind.None && r.ContractEmployerId == employerId);

    /// <summary>As <see cref="CountForEmployer"/>, for the conversations about one vacancy; a contract counts when it is with the vacancy's company.</summary>
    public static FunnelFigures CountForVacancy(IEnumerable<FunnelRecord> records, int vacancyId, int employerId) =>
        Count(records, t => t.VacancyId == vacancyId, r => r.Contract != ContractKind.None && r.ContractEmployerId == employerId);

    /// <param name="talks">The conversations that count; null: all, and people without any conversation count too.</param>
    private static FunnelFigures Count(IEnumerable<FunnelRecord> records, Func<FunnelTalk, bool>? talks, Func<FunnelRecord, bool> contract)
    {
        int invited = 0, confirmed = 0, arrived = 0, talked = 0, agreed = 0, held = 0, jobs = 0, apprenticeships = 0;
        foreach (var r in records)
        {
            var mine = talks is null ? r.Talks : r.Talks.Where(talks).ToList();
            if (talks is not null && mine.Count == 0)
            {
                continue; // not planned with this company or vacancy
            }
            invited += r.Invited ? 1 : 0;
            confirmed += r.Confirmed ? 1 : 0;
            arrived += r.Arrived ? 1 : 0;
            talked += r.Arrived && mine.Any(t => t.Held) ? 1 : 0;
            var interview = mine.Any(t => t.InterviewAgreed);
            agreed += interview ? 1 : 0;
            held += interview && r.InterviewHeld ? 1 : 0;
            if (contract(r))
            {
                jobs += r.Contract == ContractKind.Job ? 1 : 0;
                apprenticeships += r.Contract == ContractKind.Apprenticeship ? 1 : 0;
            }
        }
        return new FunnelFigures(invited, confirmed, arrived, talked, agreed, held, jobs, apprenticeships);
    }
}
