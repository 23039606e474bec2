using JobConnect.Application.Data;
using JobConnect.Domain.Conversations;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.FairDay;

/// <summary>
/// The employer's phone on venue Wi-Fi that drops: an outcome entered just before the drop is either saved
/// once or clearly not saved — never twice, never silently lost — and the reconnect notice says so.
/// </summary>
public sealed class BoothWifiDropTests(FairMorningSession session) : IClassFixture<FairMorningSession>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_outcome_saved_as_the_wifi_drops_is_saved_once_and_one_that_did_not_get_through_is_shown_unsaved_until_saved_again()
    {
        var fair = await session.PrepareMorningAsync();
        await using var wifi = new VenueWifi(session.App.BaseAddress);
        var phone = await session.NewPhonePageAsync(wifi.Address);
        var login = new LoginPage(phone);
        await login.OpenAsync();
        await login.SignInAsync(fair.EmployerEmail, DemoSeeder.Password);
        await new StartPage(phone).WaitUntilInteractiveAsync();
        await phone.GotoAsync("employer/booth");
        await new StartPage(phone).WaitUntilInteractiveAsync();
        var table = phone.GetByTestId("booth-table").First;
        var reconnect = phone.Locator("#components-reconnect-modal");

        // Anna: the app saves, but its answer is lost in the drop. Back online, the phone shows it saved — once.
        var anna = table.Locator("[data-slot='10:00']");
        await FillAppointmentAsync(anna, "Werk Baunatal, Halle 3");
        wifi.HoldAnswers();
        await anna.GetByTestId("outcome-save").TapAsync();
        await WaitUntilSavedAsync(fair.Anna.CheckInCode);
        wifi.Drop();
        await Expect(reconnect).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(reconnect).ToContainTextAsync("Verbindung unterbrochen");
        await Expect(reconnect).ToContainTextAsync("Gespeichert ist nur, was die Seite nach dem Wiederverbinden als gespeichert zeigt");
        await Screenshots.SaveAsync(phone, "fairday-booth-wifi-lost");
        wifi.Restore();
        await Expect(reconnect).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await Expect(anna.GetByTestId("visit-outcome")).ToContainTextAsync("Vorstellungstermin vereinbart");
        Assert.Equal(1, await SubmissionsAsync(fair.Anna.CheckInCode));

        // Bernd: the tap goes out as the Wi-Fi dies and never arrives. Back online the form still holds the
        // entries and nothing is marked saved; saving again saves once.
        var bernd = table.Locator("[data-slot='10:15']");
        await FillAppointmentAsync(bernd, "Werk Kassel, Tor 2");
        wifi.Drop();
        await bernd.GetByTestId("outcome-save").DispatchEventAsync("click"); // before the page has noticed the drop
        await Expect(reconnect).ToBeVisibleAsync(new() { Timeout = 30_000 });
        wifi.Restore();
        await Expect(reconnect).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await Expect(bernd.GetByTestId("visit-outcome")).ToHaveCountAsync(0);
        await Expect(Field(bernd, "outcome-place")).ToHaveValueAsync("Werk Kassel, Tor 2");
        Assert.Equal(0, await SubmissionsAsync(fair.Bernd.CheckInCode));
        await Screenshots.SaveAsync(phone, "fairday-booth-wifi-back-unsaved");
        await bernd.GetByTestId("outcome-save").TapAsync();
        await Expect(bernd.GetByTestId("visit-outcome")).ToContainTextAsync("Vorstellungstermin vereinbart");
        Assert.Equal(1, await SubmissionsAsync(fair.Bernd.CheckInCode));
        var saved = await OutcomeAsync(fair.Bernd.CheckInCode);
        Assert.Equal(("Werk Kassel, Tor 2", OutcomeKind.InterviewAppointment), (saved!.AppointmentPlace, saved.Kind));
        await PageChecks.AssertAccessibleAsync(phone);
    }

    private static async Task FillAppointmentAsync(ILocator slot, string place)
    {
        await slot.GetByTestId("outcome-appointment").TapAsync();
        await Field(slot, "outcome-date").FillAsync("2027-04-07");
        await Field(slot, "outcome-time").FillAsync("10:30");
        await Field(slot, "outcome-place").FillAsync(place);
        await Field(slot, "outcome-contact").FillAsync("Frau Wettlaufer, 0561 123456");
        await Field(slot, "outcome-contact").PressAsync("Tab"); // the last field's change reaches the app
        await Expect(Field(slot, "outcome-place")).ToHaveValueAsync(place);
    }

    private static ILocator Field(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private async Task WaitUntilSavedAsync(string checkInCode)
    {
        for (var attempt = 0; attempt < 300 && await SubmissionsAsync(checkInCode) == 0; attempt++)
        {
            await Task.Delay(100, Ct);
        }
        Assert.Equal(1, await SubmissionsAsync(checkInCode));
    }

    private async Task<int> SubmissionsAsync(string checkInCode)
    {
        await using var db = await DbAsync();
        return await db.OutcomeSubmissions.CountAsync(s => db.Conversations.Any(c => c.Id == s.ConversationId && c.Invitation!.CheckInCode == checkInCode), Ct);
    }

    private async Task<ConversationOutcome?> OutcomeAsync(string checkInCode)
    {
        await using var db = await DbAsync();
        return await db.Conversations.AsNoTracking().Where(c => c.Invitation!.CheckInCode == checkInCode).Select(c => c.Outcome).SingleAsync(Ct);
    }

    private async Task<JobConnectDbContext> DbAsync()
    {
        using var scope = session.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(Ct);
    }
}
