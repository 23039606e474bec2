using JobConnect.Application.Access;
using JobConnect.Application.Features.FairDay;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.FairDay;

/// <summary>
/// Roles × actions of the fair day. The check-in right reaches the desk only; employers their own booth
/// only; caseworkers register walk-ins for their agency and read their clients' outcomes. Refused means
/// "not allowed" or "not found".
/// </summary>
public sealed class FairDayAccessTests : IAsyncLifetime
{
    private readonly FairMorning _morning = new();
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _morning.InitializeAsync();
    public ValueTask DisposeAsync() => _morning.DisposeAsync();

    private IEnumerable<(string Action, Func<UserScope, Task> Run)> Actions()
    {
        var m = _morning;
        async Task<int> ConversationAtA() => await m.Db.QueryAsync(db => db.Conversations.Where(c => c.BoothId == m.BoothA.Id).Select(c => c.Id).FirstAsync(Ct));
        yield return ("desk: find by name", async s => Assert.NotEmpty(await m.CheckIn.FindAsync(s, "Erste", Ct)));
        yield return ("desk: check in", s => m.CheckIn.ByCodeAsync(s, m.FirstWave[0].CheckInCode, "Eingang", Ct));
        yield return ("desk: plan slip", s => m.Slips.PlanSlipAsync(s, m.FirstWave[0].Id, Ct));
        yield return ("no-shows: see waves", s => m.NoShows.WavesAsync(s, ct: Ct));
        yield return ("no-shows: mark a wave", s => m.NoShows.MarkWaveAsync(s, PhaseKind.Morning, new TimeOnly(9, 30), ct: Ct));
        yield return ("standby: list", s => m.Standby.WaitingAsync(s, Ct));
        yield return ("standby: free slots", s => m.Standby.FreeSlotsAsync(s, PhaseKind.Morning, Ct));
        yield return ("walk-in: register", s => m.RegisterWalkIn.HandleAsync(s, new WalkInInput
        {
            FirstName = "Sam", LastName = "Spontan", Postcode = "34117", TargetKldbCode = "24232", AgencyId = m.AgencyA, ConsentRegistration = true,
        }, Ct));
        yield return ("booth A: live view", s => m.BoothLive.HandleAsync(s, m.EmployerA, ct: Ct));
        yield return ("booth B: live view", s => m.BoothLive.HandleAsync(s, m.EmployerB, ct: Ct));
        yield return ("booth A: record outcome", async s => await m.RecordOutcome.HandleAsync(s, new OutcomeInput
        {
            ConversationId = await ConversationAtA(), Kind = OutcomeKind.InterviewAppointment, AppointmentDate = new DateOnly(2027, 3, 25),
            AppointmentTime = new TimeOnly(10, 0), AppointmentPlace = "Werk", AppointmentContact = "Frau W.",
        }, Ct));
        yield return ("booth A: appointment slip", async s => await m.Slips.AppointmentSlipAsync(s, await ConversationAtA(), Ct));
        yield return ("client outcomes", s => m.ClientOutcomes.HandleAsync(s, Ct));
        yield return ("live overview", s => m.LiveOverview.HandleAsync(s, Ct));
    }

    [Fact]
    public Task Organizer_runs_the_whole_fair_day() => AssertMatrixAsync(_morning.Organizer, _ => true);

    [Fact]
    public Task The_check_in_right_reaches_the_desk_only() => AssertMatrixAsync(_morning.Desk, a => a.StartsWith("desk:", StringComparison.Ordinal));

    [Fact]
    public Task A_caseworker_registers_walk_ins_and_reads_the_outcomes() => AssertMatrixAsync(_morning.CaseworkerA, a => a is "walk-in: register" or "client outcomes");

    [Fact]
    public Task Company_staff_reach_their_own_booth_only() => AssertMatrixAsync(_morning.StaffA, a => a.StartsWith("booth A:", StringComparison.Ordinal));

    [Fact]
    public async Task The_desk_sees_name_code_phase_arrival_and_plan_and_nothing_else()
    {
        Assert.Equal(
            ["ArrivalFrom", "ArrivalTo", "ArrivedAt", "CheckInCode", "FirstName", "FullName", "InvitationId", "IsWalkIn", "LastName", "Phase", "Plan", "PlanChanged", "Status"],
            typeof(DeskPerson).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        var plan = (await _morning.CheckIn.FindAsync(_morning.Desk, _morning.FirstWave[0].CheckInCode, Ct)).Single().Plan;
        Assert.Equal(("Nordhessen Metall GmbH", "B01", new TimeOnly(9, 15)), (plan.Single().Employer, plan.Single().Booth, plan.Single().Start));
    }

    [Fact]
    public async Task The_desk_does_not_reach_people_of_another_fair()
    {
        var past = await _morning.Db.InsertAsync(TestData.Fair(new DateOnly(2026, 3, 19)));
        var person = TestData.Jobseeker(_morning.AgencyA);
        person.LastName = "Vorjahr";
        var old = await _morning.Db.InsertAsync(new Invitation
        {
            FairId = past.Id, FairPhaseId = past.Phases[0].Id, Jobseeker = person, AgencyId = _morning.AgencyA, IssuedByUserId = "cw",
            Status = InvitationStatus.Confirmed, CheckInCode = "VRJHR234",
        });

        Assert.Empty(await _morning.CheckIn.FindAsync(_morning.Desk, "Vorjahr", Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _morning.CheckIn.ByCodeAsync(_morning.Desk, old.CheckInCode, null, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => _morning.CheckIn.HandleAsync(_morning.Desk, old.Id, null, Ct));
    }

    private async Task AssertMatrixAsync(UserScope scope, Func<string, bool> allowed)
    {
        _morning.At(10, 5); // after both waves' windows and grace
        var wrong = new List<string>();
        foreach (var (action, run) in Actions())
        {
            bool done;
            try
            {
                await run(scope);
                done = true;
            }
            catch (Exception e) when (e is AccessDeniedException or NotFoundException)
            {
                done = false;
            }
            if (done != allowed(action))
            {
                wrong.Add($"{action}: expected {(allowed(action) ? "allowed" : "refused")}");
            }
        }
        Assert.Empty(wrong);
    }
}
