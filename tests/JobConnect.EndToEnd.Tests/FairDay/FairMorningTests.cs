using JobConnect.Testing;
using JobConnect.Application.Common;
using JobConnect.Application.Data;
using JobConnect.Domain.Common;
using JobConnect.Domain.Conversations;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Vacancies;
using JobConnect.EndToEnd.Tests.Infrastructure;
using JobConnect.EndToEnd.Tests.Pages;
using JobConnect.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace JobConnect.EndToEnd.Tests.FairDay;

/// <summary>
/// The fair morning in the browser: two desks check people in (by code and by name), the organizer marks
/// the rest of the wave no-show, a walk-in is registered and gets the freed slot, the employer's phone
/// shows it live and records an interview appointment whose slip is read back, and the caseworker sees it.
/// </summary>
public sealed class FairMorningTests(FairMorningSession session) : IClassFixture<FairMorningSession>
{
    private const string AgenturKassel = "Agentur für Arbeit Kassel";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_fair_morning_from_the_desks_to_the_booth_and_the_caseworker()
    {
        var fair = await session.PrepareMorningAsync();

        // Desk 1 scans Anna's QR code (the scanner types the code and presses Enter), then scans it again.
        var desk1 = await SignedInAsync(DemoSeeder.OrganizerEmail);
        await desk1.GotoAsync("checkin");
        await new StartPage(desk1).WaitUntilInteractiveAsync();
        await Field(desk1, "desk-name").FillAsync("Eingang 1");
        await Scan(desk1, fair.Anna.CheckInCode);
        await Expect(desk1.GetByTestId("desk-status")).ToContainTextAsync("Eingecheckt um 09:31");
        await Expect(desk1.GetByTestId("desk-person")).ToHaveTextAsync(fair.Anna.Name);
        await Expect(desk1.GetByTestId("plan")).ToContainTextAsync(fair.BoothLabel);
        await Screenshots.SaveAsync(desk1, "fairday-desk-checked-in");
        await PageChecks.AssertAccessibleAsync(desk1);
        await Scan(desk1, fair.Anna.CheckInCode);
        await Expect(desk1.GetByTestId("desk-status")).ToContainTextAsync("bereits eingecheckt um 09:31");
        var slip = await DownloadAsync(desk1, desk1.GetByTestId("desk-slip"), "fairday-plan-slip");
        Assert.Contains(fair.Anna.Name, slip);
        Assert.Contains("Ihr Gesprächsplan", slip);

        // Desk 2 finds Bernd by name and checks him in from the list.
        var desk2 = await SignedInAsync(DemoSeeder.OrganizerEmail);
        await desk2.GotoAsync("checkin");
        await new StartPage(desk2).WaitUntilInteractiveAsync();
        await Scan(desk2, "Beispielmann");
        await desk2.GetByTestId("desk-hits").GetByRole(AriaRole.Button, new() { Name = $"Einchecken {fair.Bernd.Name}" }).ClickAsync();
        await Expect(desk2.GetByTestId("desk-person")).ToHaveTextAsync(fair.Bernd.Name);

        // The employer watches the booth on a phone.
        var phone = await session.NewPhonePageAsync();
        await SignInAsync(phone, fair.EmployerEmail);
        await phone.GotoAsync("employer/booth");
        await new StartPage(phone).WaitUntilInteractiveAsync();
        var annaSlot = phone.GetByTestId("booth-table").First.Locator("[data-slot='10:00']");
        await Expect(annaSlot.GetByTestId("visit-state")).ToHaveTextAsync("ist da");
        var freedSlot = phone.GetByTestId("booth-table").First.Locator("[data-slot='09:45']");
        await Expect(freedSlot).ToContainTextAsync(fair.Carla.Name);

        // The organizer marks the rest of the 09:00 wave (Carla) as no-show: her slot is freed, live on the phone.
        var organizer = desk2;
        await organizer.GotoAsync("organizer/fair-day");
        await new StartPage(organizer).WaitUntilInteractiveAsync();
        var wave = organizer.Locator("[data-testid='wave'][data-wave='Vormittag-09:00']");
        await Expect(wave).ToContainTextAsync(fair.Carla.Name);
        await wave.GetByTestId("wave-mark").ClickAsync();
        await Expect(wave.GetByTestId("missing")).ToContainTextAsync("nicht erschienen");
        await Expect(freedSlot).ToContainTextAsync("frei");

        // A walk-in is registered at desk 1 and waits on standby.
        await Field(desk1, "walkin-first").FillAsync("Wanda");
        await Field(desk1, "walkin-last").FillAsync("Spontan");
        await Field(desk1, "walkin-postcode").FillAsync("34117");
        await Field(desk1, "walkin-kldb").FillAsync(fair.KldbCode);
        await desk1.GetByTestId("walkin-agency").ClickAsync();
        await desk1.GetByRole(AriaRole.Option, new() { Name = AgenturKassel }).ClickAsync();
        await Field(desk1, "walkin-consent").CheckAsync();
        await Field(desk1, "walkin-consent-share").CheckAsync();
        await desk1.GetByTestId("walkin-save").ClickAsync();
        await Expect(desk1.GetByTestId("desk-person")).ToHaveTextAsync("Wanda Spontan");
        await Screenshots.SaveAsync(desk1, "fairday-desk-walk-in");

        // The organizer offers Carla's freed slot: the walk-in is a candidate with a match score and gets it.
        await Expect(organizer.GetByTestId("standby-list")).ToContainTextAsync("Wanda Spontan");
        var slot = organizer.Locator($"[data-testid='free-slot'][data-booth='{fair.BoothLabel}'][data-table='1'][data-slot='09:45']");
        await slot.ClickAsync();
        var candidate = organizer.GetByTestId("candidate").Filter(new() { HasText = "Wanda Spontan" });
        await Expect(candidate).ToContainTextAsync("Passung");
        await Screenshots.SaveAsync(organizer, "fairday-organizer-candidates");
        await PageChecks.AssertAccessibleAsync(organizer);
        await candidate.GetByTestId("candidate-assign").ClickAsync();
        await Expect(organizer.GetByTestId("standby-list")).ToHaveCountAsync(0);

        // The phone shows the walk-in in the freed slot without a reload, then records Anna's interview appointment.
        await Expect(freedSlot).ToContainTextAsync("Wanda Spontan");
        await Expect(freedSlot.GetByTestId("visit-walkin")).ToBeVisibleAsync();
        await annaSlot.GetByTestId("outcome-appointment").TapAsync();
        await Field(annaSlot, "outcome-date").FillAsync("2027-04-07");
        await Field(annaSlot, "outcome-time").FillAsync("10:30");
        await Field(annaSlot, "outcome-place").FillAsync("Werk Baunatal, Halle 3");
        await Field(annaSlot, "outcome-contact").FillAsync("Frau Wettlaufer, 0561 123456");
        await annaSlot.GetByTestId("outcome-save").TapAsync();
        await Expect(annaSlot.GetByTestId("visit-outcome")).ToContainTextAsync("Vorstellungstermin vereinbart");
        await Screenshots.SaveAsync(phone, "fairday-booth-phone");
        await PageChecks.AssertFitsWidthAsync(phone);
        await PageChecks.AssertAccessibleAsync(phone);
        var appointment = await DownloadAsync(phone, annaSlot.GetByTestId("visit-slip"), "fairday-appointment-slip");
        Assert.Contains("Ihr Vorstellungstermin", appointment);
        Assert.Contains("7. April 2027", appointment);
        Assert.Contains("10:30 Uhr", appointment);
        Assert.Contains("Werk Baunatal, Halle 3", appointment);
        Assert.Contains(fair.Anna.Name, appointment);

        // The organizer's live figures count the appointment; the caseworker sees it on the clients' list.
        await Expect(organizer.GetByTestId("live-appointments")).ToHaveTextAsync("1");
        await Expect(organizer.GetByTestId("live-arrived-Vormittag")).ToContainTextAsync("2 /");
        await Screenshots.SaveAsync(organizer, "fairday-organizer-live");
        var caseworker = await SignedInAsync(DemoSeeder.CaseworkerEmail);
        await caseworker.GotoAsync("fair-day");
        await new StartPage(caseworker).WaitUntilInteractiveAsync();
        var outcome = caseworker.GetByTestId("client-outcome").Filter(new() { HasText = fair.Anna.Name });
        await Expect(outcome).ToContainTextAsync("Vorstellungstermin vereinbart");
        await Expect(outcome).ToContainTextAsync("Werk Baunatal, Halle 3");
        await Screenshots.SaveAsync(caseworker, "fairday-caseworker-outcomes");
        await PageChecks.AssertAccessibleAsync(caseworker);
    }

    /// <summary>The input of a MudBlazor field, wherever the component put the test id (on the input or around it).</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private static ILocator Field(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private static async Task Scan(IPage desk, string text)
    {
        var input = Field(desk, "desk-input");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await session.NewPageAsync();
        await SignInAsync(page, email);
        return page;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, DemoSeeder.Password);
        await new StartPage(page).WaitUntilInteractiveAsync();
    }

    /// <summary>Downloads the PDF behind the button, keeps a copy under artifacts/screenshots for people to look at, and returns its text.</summary>
    private static async Task<string> DownloadAsync(IPage page, ILocator button, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Directory.CreateDirectory(Screenshots.Folder);
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, $"{name}.pdf"), bytes, Ct);
        using var document = PdfDocument.Open(bytes);
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}

/// <summary>The demo app with its own fair clock, which the test sets to the fair's morning.</summary>
public sealed class FairMorningSession : BrowserSession
{
    public FairMorningSession() : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private FairMorningSession(FakeTimeProvider clock) : base(new AppServer(new Dictionary<string, string>(), clock)) => Clock = clock;

    public FakeTimeProvider Clock { get; }

    private const string AgenturKassel = "Agentur für Arbeit Kassel";

    public sealed record Person(string Name, string CheckInCode);

    public sealed record Morning(string EmployerEmail, string BoothLabel, string KldbCode, Person Anna, Person Bernd, Person Carla);

    /// <summary>
    /// Three people of the demo caseworker's agency in the 09:00–09:15 wave with conversations at the first demo
    /// company's table 1 (Carla 09:45, Anna 10:00, Bernd 10:15); the clock at 09:31 on the fair's day.
    /// </summary>
    public async Task<Morning> PrepareMorningAsync()
    {
        using var scope = App.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<JobConnectDbContext>>().CreateDbContextAsync(Ct);
        // The coming fair; the demo also has past fairs (#14).
        var fair = await db.Fairs.Include(f => f.Phases).OrderByDescending(f => f.Date).FirstAsync(Ct);
        var morning = fair.Phase(TestPhases.Morning);
        var agency = await db.Agencies.SingleAsync(a => a.Name == AgenturKassel, Ct);
        var employer = await db.Employers.Include(e => e.ContactPersons).OrderBy(e => e.Id).FirstAsync(Ct);
        var booth = await db.Booths.SingleAsync(b => b.EmployerId == employer.Id && b.FairId == fair.Id, Ct);
        var vacancy = await db.Vacancies.Where(v => v.FairId == fair.Id && v.EmployerId == employer.Id && Vacancy.OpenStatuses.Contains(v.Status)).OrderBy(v => v.Id)
            .ToListAsync(Ct);
        var job = vacancy.First(v => v.Phases.HasFlag(TargetGroups.Adults));
        var now = Clock.GetUtcNow().UtcDateTime;

        Invitation Invite(string first, string last, string code, TimeOnly slot)
        {
            var person = new Jobseeker
            {
                AgencyId = agency.Id, ReferenceNumber = $"E2E-{code}", FirstName = first, LastName = last, Postcode = "34117", City = "Kassel",
                TargetGroup = TargetGroup.Adult, TargetKldbCodes = [job.KldbCode], CreatedUtc = now, UpdatedUtc = now,
                Consents = [new Consent { Scope = ConsentScope.ShareProfileWithEmployers, GivenUtc = now, TextVersion = "e2e" }],
            };
            var invitation = new Invitation
            {
                FairId = fair.Id, FairPhaseId = morning.Id, Jobseeker = person, AgencyId = agency.Id, IssuedByUserId = "e2e",
                Status = InvitationStatus.Invited, ArrivalFrom = new TimeOnly(9, 0), ArrivalTo = new TimeOnly(9, 15), CheckInCode = code, CreatedUtc = now,
                History = [new InvitationStatusChange { Status = InvitationStatus.Invited, AtUtc = now, ByUserId = "e2e" }],
            };
            db.Conversations.Add(new Conversation { Invitation = invitation, BoothId = booth.Id, TableNumber = 1, SlotStart = slot, VacancyId = job.Id, Score = 80 });
            return invitation;
        }
        var anna = Invite("Anna", "Ankunft", "ANNA2345", new TimeOnly(10, 0));
        var bernd = Invite("Bernd", "Beispielmann", "BERND234", new TimeOnly(10, 15));
        var carla = Invite("Carla", "Fehlt", "CARLA234", new TimeOnly(9, 45));
        await db.SaveChangesAsync(Ct);

        // 09:31 in Kassel on the fair's day: the 09:00 wave's window plus 15 minutes' grace is over.
        Clock.SetUtcNow(FairClock.FromFairTime(fair.Date.ToDateTime(new TimeOnly(9, 31))));
        Person Of(Invitation i) => new($"{i.Jobseeker!.FirstName} {i.Jobseeker.LastName}", i.CheckInCode);
        return new Morning(employer.ContactPersons.First(c => c.Email is not null).Email!, booth.Label, job.KldbCode, Of(anna), Of(bernd), Of(carla));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
