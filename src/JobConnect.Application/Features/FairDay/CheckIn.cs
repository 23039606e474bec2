using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.Fairs;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Features.FairDay;

/// <summary>The desk's answer: the person with their plan; <see cref="AlreadyCheckedIn"/> when an earlier scan (or another desk) was first.</summary>
public sealed record CheckInResult(DeskPerson Person, bool AlreadyCheckedIn);

/// <summary>
/// The check-in desk: find a person by the letter's code (scanner or typed), by a URL ending in it, or by
/// name, and mark them arrived. Several desks work at once: one conditional update decides who was
/// first, so a double scan or a retry after a lost connection only says when the person was checked in.
/// </summary>
public sealed class CheckIn(IDbContextFactory<JobConnectDbContext> dbFactory, TimeProvider clock, FairDayChanges changes)
{
    private const int MaxHits = 20;

    /// <summary>A code (exactly one hit) or people whose name contains every word typed, at most 20.</summary>
    public async Task<IReadOnlyList<DeskPerson>> FindAsync(UserScope scope, string query, CancellationToken ct = default)
    {
        scope.RequireCheckIn();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentFairAsync(clock, ct) is not { } fair || string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var desk = db.AtTheDesk(scope, fair.Id);
        if (CheckInCodes.Normalize(query) is { } code)
        {
            var byCode = await db.DeskPeopleAsync(desk.Where(i => i.CheckInCode == code), ct);
            if (byCode.Count > 0)
            {
                return byCode;
            }
        }
        // lower() on both sides: the same case-insensitive search on SQLite, PostgreSQL and SQL Server.
        foreach (var word in query.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
        {
#pragma warning disable CA1862 // translated to SQL; a StringComparison overload is not
            desk = desk.Where(i => (i.Jobseeker!.FirstName + " " + i.Jobseeker.LastName).ToLower().Contains(word));
#pragma warning restore CA1862
        }
        var people = await db.DeskPeopleAsync(desk.OrderBy(i => i.Jobseeker!.LastName).ThenBy(i => i.Jobseeker!.FirstName).Take(MaxHits), ct);
        return people;
    }

    /// <summary>Checks in by the scanned or typed code; unknown codes (or outside the current fair) answer "not found".</summary>
    public async Task<CheckInResult> ByCodeAsync(UserScope scope, string scanned, string? desk, CancellationToken ct = default)
    {
        scope.RequireCheckIn();
        var code = CheckInCodes.Normalize(scanned) ?? throw new NotFoundException("Not a check-in code.");
        int? id;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
            id = await db.AtTheDesk(scope, fair.Id).Where(i => i.CheckInCode == code).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        }
        return await HandleAsync(scope, id ?? throw new NotFoundException($"Code {code} not found."), desk, ct);
    }

    /// <summary>Marks the person arrived now; a person marked no-show who comes late is arrived too.</summary>
    public async Task<CheckInResult> HandleAsync(UserScope scope, int invitationId, string? desk, CancellationToken ct = default)
    {
        scope.RequireCheckIn();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fair = await db.CurrentFairAsync(clock, ct) ?? throw new NotFoundException("No current fair.");
        var mine = db.AtTheDesk(scope, fair.Id).Where(i => i.Id == invitationId);
        var before = await mine.AsNoTracking().Select(i => new { i.Status, i.ArrivedUtc }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Invitation {invitationId} not found.");
        var now = clock.GetUtcNow().UtcDateTime;
        desk = string.IsNullOrWhiteSpace(desk) ? null : desk.Trim()[..Math.Min(desk.Trim().Length, 40)];
        DateTime? standby = await db.Conversations.AnyAsync(c => c.InvitationId == invitationId, ct) ? null : now;

        // The one guard against two desks (or a double scan): only the update that still finds the person
        // not arrived changes anything. Someone who lost their conversations as a no-show waits on standby.
        var won = before.ArrivedUtc is null && await mine
            .Where(i => i.ArrivedUtc == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.ArrivedUtc, now)
                .SetProperty(i => i.CheckedInByUserId, scope.UserId)
                .SetProperty(i => i.CheckInDesk, desk)
                .SetProperty(i => i.Status, InvitationStatus.Arrived)
                .SetProperty(i => i.StandbySinceUtc, standby), ct) == 1;
        if (won)
        {
            var invitation = await mine.FirstAsync(ct);
            invitation.History.Add(new InvitationStatusChange { Status = InvitationStatus.Arrived, AtUtc = now, ByUserId = scope.UserId, Note = desk });
            await db.AddAuditAsync(scope, clock, AuditActions.InvitationPrefix + InvitationStatus.Arrived, AuditLog.Jobseeker, invitation.JobseekerId, ct);
            await db.SaveChangesAsync(ct);
            changes.Publish(new FairDayChange(fair.Id, FairDayChangeKind.CheckedIn));
        }
        var person = (await db.DeskPeopleAsync(mine, ct)).Single();
        return new CheckInResult(person, !won);
    }
}

/// <summary>What a scanner or a person may type for a check-in code.</summary>
public static class CheckInCodes
{
    private const int Length = 8;

    /// <summary>
    /// The code in upper case without spaces or dashes, also when the QR code holds a link ending in it
    /// (".../c/ABCD2345" or "...?code=ABCD2345"); null when the text cannot be a code.
    /// </summary>
    public static string? Normalize(string? scanned)
    {
        if (string.IsNullOrWhiteSpace(scanned))
        {
            return null;
        }
        var text = scanned.Trim();
        if (text.Contains('/', StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal))
        {
            text = text.TrimEnd('/').Split('/', '=', '?', '&', '#').Last(part => part.Length > 0);
        }
        var code = new string([.. text.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(char.IsAsciiLetterOrDigit) ? code : null;
    }
}
