using JobConnect.Application.Access;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Identity;
using JobConnect.Benchmarks.Documents;
using JobConnect.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Benchmarks.FairDay;

/// <summary>
/// The Kassel demo fair (everyone invited and scheduled, SQLite file) with the check-in desk's use case and
/// 17 open booth pages: every check-in reloads each booth's live view, as the circuits do.
/// </summary>
public sealed class CheckInDesks : IAsyncDisposable
{
    public static readonly UserScope Desk = new("desk", Roles.CheckIn, null, null);

    private readonly KasselDocumentsFair _fair;
    private readonly List<Task> _boothReloads = [];
    private readonly Lock _reloads = new();

    private CheckInDesks(KasselDocumentsFair fair, IReadOnlyList<string> codes, IReadOnlyList<int> employers, IReadOnlyList<int> boothIds)
    {
        _fair = fair;
        Codes = codes;
        Employers = employers;
        var booths = new BoothLive(fair, TimeProvider.System);
        Changes.Changed += change =>
        {
            // Each open booth page the change concerns reloads its view on its own circuit; they run beside the desks.
            foreach (var (employer, booth) in Employers.Zip(boothIds))
            {
                if (!change.Concerns(booth))
                {
                    continue;
                }
                var reload = Task.Run(() => booths.HandleAsync(new UserScope($"staff-{employer}", Roles.Employer, null, employer), employer));
                lock (_reloads)
                {
                    _boothReloads.Add(reload);
                }
            }
        };
        CheckIn = new CheckIn(fair, TimeProvider.System, Changes);
    }

    public FairDayChanges Changes { get; } = new();
    public CheckIn CheckIn { get; }

    /// <summary>The morning's check-in codes, in invitation order.</summary>
    public IReadOnlyList<string> Codes { get; }
    public IReadOnlyList<int> Employers { get; }

    public static async Task<CheckInDesks> CreateAsync()
    {
        var fair = await KasselDocumentsFair.CreateAsync();
        await using var db = fair.CreateDbContext();
        var codes = await db.Invitations.Where(i => i.FairPhaseId == fair.MorningId).OrderBy(i => i.Id).Select(i => i.CheckInCode).ToListAsync();
        var booths = await db.Booths.OrderBy(b => b.Id).Select(b => new { b.Id, b.EmployerId }).ToListAsync();
        return new CheckInDesks(fair, codes, [.. booths.Select(b => b.EmployerId)], [.. booths.Select(b => b.Id)]);
    }

    /// <summary>Everyone expected again (between benchmark iterations).</summary>
    public async Task ResetArrivalsAsync()
    {
        await using var db = _fair.CreateDbContext();
        await db.Invitations.ExecuteUpdateAsync(s => s.SetProperty(i => i.ArrivedUtc, (DateTime?)null)
            .SetProperty(i => i.Status, Domain.Invitations.InvitationStatus.Invited));
    }

    /// <summary>Waits for the booth reloads the check-ins caused.</summary>
    public async Task<int> DrainBoothReloadsAsync()
    {
        Task[] pending;
        lock (_reloads)
        {
            pending = [.. _boothReloads];
            _boothReloads.Clear();
        }
        await Task.WhenAll(pending);
        return pending.Length;
    }

    public async ValueTask DisposeAsync()
    {
        await DrainBoothReloadsAsync();
        await _fair.DisposeAsync();
    }
}
