using JobConnect.Application.Access;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.FairDay;
using JobConnect.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobConnect.Application.Tests.Audit;

/// <summary>A use case that refuses a signed-in user leaves an audit entry naming user and use case (ASVS 16.3.2).</summary>
public sealed class AuditedRefusalsTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _morning.InitializeAsync();
    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    [Fact]
    public async Task A_caseworker_refused_by_an_organizers_use_case_and_an_employer_refused_another_booth_are_both_in_the_audit_log()
    {
        using var refusals = new AuditedRefusals(_morning.Db, _morning.Clock, NullLogger<AuditedRefusals>.Instance);
        await refusals.StartAsync(Ct);
        var caseworker = new UserScope("cw-probing", Roles.Caseworker, _morning.AgencyA, null) { Refusals = refusals };
        var employer = new UserScope("staff-probing", Roles.Employer, null, _morning.EmployerA) { Refusals = refusals };
        _morning.At(10, 0);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _morning.NoShows.MarkWaveAsync(caseworker, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _morning.Slips.PlanSlipAsync(employer, _morning.FirstWave[0].Id, Ct));

        var entries = await EventuallyAsync(2);
        Assert.Contains(entries, e => (e.UserId, e.EntityType, e.EntityId) == ("cw-probing", AuditLog.UseCase, nameof(NoShows)));
        Assert.Contains(entries, e => (e.UserId, e.EntityType, e.EntityId) == ("staff-probing", AuditLog.UseCase, nameof(FairDaySlips)));
        Assert.All(entries, e => Assert.Equal(AuditActions.AccessDenied, e.Action));
        await refusals.StopAsync(Ct);
    }

    [Fact]
    public async Task A_scope_without_a_refusal_log_is_refused_the_same_way()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => _morning.NoShows.MarkWaveAsync(_morning.CaseworkerA, PhaseKind.Morning, new TimeOnly(9, 0), ct: Ct));

        Assert.Equal(0, await _morning.Db.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AccessDenied, Ct)));
    }

    /// <summary>The entries are written in the background; waits for them (a bounded poll, not a timing assertion).</summary>
    private async Task<List<Domain.Audit.AuditEntry>> EventuallyAsync(int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var entries = await _morning.Db.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.AccessDenied).ToListAsync(Ct));
            if (entries.Count >= count || attempt == 300)
            {
                return entries;
            }
            await Task.Delay(50, Ct);
        }
    }
}
