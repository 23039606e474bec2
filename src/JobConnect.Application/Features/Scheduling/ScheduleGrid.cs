using JobConnect.Application.Access;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Fairs;
using JobConnect.Application.Ports;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

public sealed record ScheduleGrid(
    int PhaseId,
    string Name,
    IReadOnlyList<TimeOnly> Slots,
    IReadOnlyList<GridRow> Rows,
    int People,
    int PeopleWithConversation);

/// <summary>One table of a booth, with its conversations by slot start.</summary>
public sealed record GridRow(int BoothId, string BoothLabel, string EmployerName, int TableNumber, IReadOnlyDictionary<TimeOnly, GridCell> Cells)
{
    public double Utilisation(int slotCount) => slotCount == 0 ? 0 : (double)Cells.Count / slotCount;
}

public sealed record GridCell(int ConversationId, int InvitationId, string PersonName, string? VacancyTitle, int Score, bool Pinned);

/// <summary>Every phase's grid of the current fair on paper: the organizers' master schedule.</summary>
public sealed record MasterSchedule(string FairName, DateOnly FairDate, IReadOnlyList<ScheduleGrid> Phases) : IPrintable;

/// <summary>The organizer's schedule grid of a phase: booths × tables down, slots across. Organizers may see invited people's names.</summary>
public sealed class GetScheduleGrid(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The grids of every phase of the current fair, by start time; null without a fair.</summary>
    public async Task<MasterSchedule?> CurrentFairAsync(UserScope scope, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        Fair? fair;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            fair = await db.CurrentFairAsync(clock, ct);
        }
        if (fair is null)
        {
            return null;
        }
        var grids = new List<ScheduleGrid>();
        foreach (var phase in fair.Phases.OrderBy(p => p.Start))
        {
            grids.Add((await HandleAsync(scope, phase.Id, ct))!);
        }
        return new MasterSchedule(fair.Name, fair.Date, grids);
    }

    public async Task<ScheduleGrid?> HandleAsync(UserScope scope, int phaseId, CancellationToken ct = default)
    {
        scope.RequireOrganizer();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var phase = await db.FairPhases.AsNoTracking().SingleOrDefaultAsync(p => p.Id == phaseId, ct);
        if (phase is null)
        {
            return null;
        }
        var phaseSet = phase.TargetGroup.ToSet();
        var booths = (await db.Booths.AsNoTracking().Include(b => b.Employer).Where(b => b.FairId == phase.FairId).ToListAsync(ct))
            .Where(b => b.Phases.HasFlag(phaseSet)).OrderBy(b => b.Label).ToList();
        var cells = await db.Conversations.AsNoTracking()
            .Where(c => c.Invitation!.FairPhaseId == phase.Id)
            .Select(c => new
            {
                c.BoothId,
                c.TableNumber,
                c.SlotStart,
                Cell = new GridCell(c.Id, c.InvitationId, c.Invitation!.Jobseeker!.FirstName + " " + c.Invitation.Jobseeker.LastName,
                    db.Vacancies.Where(v => v.Id == c.VacancyId).Select(v => v.Title).FirstOrDefault(), c.Score, c.Pinned),
            })
            .ToListAsync(ct);
        var people = await db.Invitations.CountAsync(i => i.FairPhaseId == phase.Id
            && i.Status != Domain.Invitations.InvitationStatus.Declined && i.Status != Domain.Invitations.InvitationStatus.Cancelled, ct);

        var rows = booths.SelectMany(b => Enumerable.Range(1, b.Tables).Select(table => new GridRow(
            b.Id, b.Label, b.Employer?.Name ?? "", table,
            cells.Where(c => c.BoothId == b.Id && c.TableNumber == table).ToDictionary(c => c.SlotStart, c => c.Cell)))).ToList();
        return new ScheduleGrid(phase.Id, phase.Name, phase.SlotStarts(), rows, people, cells.Select(c => c.Cell.InvitationId).Distinct().Count());
    }
}
