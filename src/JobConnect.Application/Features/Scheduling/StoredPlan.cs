using JobConnect.Application.Data;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>
/// Writes a planner's result over the stored conversations of a phase in place: a person × employer
/// pair that stays keeps its row (id, outcome, pin) and only moves if its place changed; pairs that are
/// gone are removed (never one with an outcome), new pairs added. Outcomes recorded at the table
/// therefore survive every re-plan.
/// </summary>
internal static class StoredPlan
{
    /// <summary>Applies <paramref name="plan"/>, stamps the plan version of every person whose plan changed and returns them.</summary>
    /// <param name="stored">The phase's stored conversations, tracked by <paramref name="db"/>.</param>
    public static async Task<IReadOnlySet<int>> ApplyAsync(
        JobConnectDbContext db, IReadOnlyList<Conversation> stored, IEnumerable<ScheduledConversation> plan,
        IReadOnlyList<TimeOnly> slots, IReadOnlyList<Booth> booths, CancellationToken ct)
    {
        var boothOfEmployer = booths.ToDictionary(b => b.EmployerId);
        var employerOfBooth = booths.ToDictionary(b => b.Id, b => b.EmployerId);
        var wanted = plan.ToDictionary(c => (c.PersonId, c.EmployerId));
        var changed = new HashSet<int>();
        var moved = new List<(Conversation Row, ScheduledConversation To)>();

        foreach (var row in stored)
        {
            if (!employerOfBooth.TryGetValue(row.BoothId, out var employer) || !wanted.Remove((row.InvitationId, employer), out var to))
            {
                if (row.Outcome is not null)
                {
                    continue; // it took place; its place is outside what the planner may use
                }


                db.Conversations.Remove(row);
                changed.Add(row.InvitationId);
            }
            else if (row.BoothId != boothOfEmployer[to.EmployerId].Id || row.TableNumber != to.TableIndex + 1 || row.SlotStart != slots[to.Slot])
            {
                moved.Add((row, to));
                changed.Add(row.InvitationId);
            }
            else
            {
                (row.VacancyId, row.Score) = (VacancyOf(to), to.Score);
            }
        }

        // Two moved rows may swap places; the unique indexes (person × slot, table × slot) are checked per
        // statement, so moved rows first step aside to a time no slot uses (unique per row), then take their places.
        if (moved.Count > 0)
        {
            foreach (var (row, _) in moved)
            {
                row.SlotStart = new TimeOnly(row.Id);
            }

            await db.SaveChangesAsync(ct);
        }

        foreach (var (row, to) in moved)
        {
            (row.BoothId, row.TableNumber, row.SlotStart, row.VacancyId, row.Score) =
                (boothOfEmployer[to.EmployerId].Id, to.TableIndex + 1, slots[to.Slot], VacancyOf(to), to.Score);
        }

        foreach (var added in wanted.Values)
        {
            db.Conversations.Add(new Conversation
            {
                InvitationId = added.PersonId,
                BoothId = boothOfEmployer[added.EmployerId].Id,
                TableNumber = added.TableIndex + 1,
                SlotStart = slots[added.Slot],
                VacancyId = VacancyOf(added),
                Score = added.Score,
                Pinned = added.IsPinned,
            });
            changed.Add(added.PersonId);
        }

        await db.SaveChangesAsync(ct);
        await PlanVersions.StampAsync(db, changed, ct);
        return changed;
    }

    private static int? VacancyOf(ScheduledConversation c) => c.VacancyId == 0 ? null : c.VacancyId;
}
