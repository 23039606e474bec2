using JobConnect.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.Scheduling;

/// <summary>The plan version of each invitation: raised with every change of the person's conversations.</summary>
public static class PlanVersions
{
    /// <summary>Raises the plan version of the given invitations by one, in the caller's transaction.</summary>
    public static async Task StampAsync(this JobConnectDbContext db, IReadOnlyCollection<int> invitationIds, CancellationToken ct)
    {
        foreach (var chunk in invitationIds.Chunk(500))
        {
            await db.Invitations.Where(i => chunk.Contains(i.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.PlanVersion, i => i.PlanVersion + 1), ct);
        }
    }

    /// <summary>Records that these people received their plan in the given versions (letters, change notices).</summary>
    public static async Task MarkSentAsync(this JobConnectDbContext db, IEnumerable<(int InvitationId, int Version)> sent, CancellationToken ct)
    {
        foreach (var version in sent.GroupBy(s => s.Version))
        {
            foreach (var chunk in version.Select(s => s.InvitationId).Chunk(500))
            {
                await db.Invitations.Where(i => chunk.Contains(i.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.PlanVersionSent, version.Key), ct);
            }
        }
    }
}
