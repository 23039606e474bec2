using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Vacancies;
using JobConnect.Application.Identity;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Domain.Common;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Vacancies;

/// <summary>Employer A against employer B, caseworkers and organizers, through the real use cases on SQLite.</summary>
public sealed class VacancyAccessTests : IAsyncLifetime
{
    private static readonly DateTimeOffset BeforeDeadline = new(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Deadline = new(2027, 2, 25, 23, 0, 0, DateTimeKind.Utc);

    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _clock = new(BeforeDeadline);
    private int _fairId, _employerA, _employerB, _vacancyA, _vacancyB, _draftB;

    private UserScope EmployerA => new("a", Roles.Employer, null, _employerA);
    private UserScope EmployerB => new("b", Roles.Employer, null, _employerB);
    private static UserScope Caseworker => new("c", Roles.Caseworker, 1, null);
    private static UserScope Organizer => new("o", Roles.Organizer, null, null);

    public async ValueTask InitializeAsync()
    {
        await _db.InitializeAsync();
        var fair = TestData.Fair();
        fair.ReportingDeadlineUtc = Deadline;
        _fairId = (await _db.InsertAsync(fair)).Id;
        _employerA = (await _db.InsertAsync(TestData.Employer("A GmbH"))).Id;
        _employerB = (await _db.InsertAsync(TestData.Employer("B AG"))).Id;
        await _db.InsertAsync(new Booth { FairId = _fairId, EmployerId = _employerA, Label = "A01", Phases = TargetGroups.Both });
        await _db.InsertAsync(new Booth { FairId = _fairId, EmployerId = _employerB, Label = "A02", Phases = TargetGroups.Adults });
        _vacancyA = (await _db.InsertAsync(TestData.Vacancy(_fairId, _employerA))).Id;
        var b = TestData.Vacancy(_fairId, _employerB);
        b.Title = "Geheime Stelle von B";
        _vacancyB = (await _db.InsertAsync(b)).Id;
        var draft = TestData.Vacancy(_fairId, _employerB);
        draft.Status = VacancyStatus.Draft;
        _draftB = (await _db.InsertAsync(draft)).Id;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private SaveVacancy Save => new(_db, new VacancyInputValidator(_clock), _clock);
    private GetVacancy Get => new(_db, _clock);
    private ChangeVacancyStatus Status => new(_db, _clock);
    private SearchVacancies Search => new(_db, _clock);

    private static VacancyInput JobInput(string title = "Lagerhelfer/in") => new()
    {
        Kind = VacancyKind.Job,
        Title = title,
        KldbCode = "51311",
        Openings = 2,
        Postcode = "34253",
        StartDate = new DateOnly(2027, 4, 1),
        Phases = TargetGroups.Adults,
        Skills = [new SkillInput { Name = "Staplerschein", Required = true }],
    };

    private Task<Vacancy> LoadAsync(int id) => _db.QueryAsync(db => db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == id));

    [Fact]
    public async Task Employer_cannot_read_another_companys_vacancy()
    {
        Assert.NotNull(await Get.HandleAsync(EmployerA, _vacancyA));
        Assert.Null(await Get.HandleAsync(EmployerA, _vacancyB));
        Assert.Null(await Get.HandleAsync(EmployerA, 999_999));
    }

    [Fact]
    public async Task Employer_lists_only_own_vacancies_even_when_filtering_for_another_company()
    {
        var own = await Search.HandleAsync(EmployerA, new VacancyQuery(new VacancyFilter()));
        var probing = await Search.HandleAsync(EmployerA, new VacancyQuery(new VacancyFilter { EmployerId = _employerB }));

        Assert.Equal([_vacancyA], own.Rows.Select(r => r.Id));
        Assert.Equal(1, own.Total);
        Assert.Empty(probing.Rows);
        Assert.Equal(0, probing.Total);
    }

    [Fact]
    public async Task Employer_cannot_edit_another_companys_vacancy()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Save.UpdateAsync(EmployerA, _vacancyB, JobInput("Übernommen")));

        Assert.Equal("Geheime Stelle von B", (await LoadAsync(_vacancyB)).Title);
    }

    [Fact]
    public async Task Employer_cannot_withdraw_or_fill_another_companys_vacancy()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Status.WithdrawAsync(EmployerA, _vacancyB));
        await Assert.ThrowsAsync<NotFoundException>(() => Status.MarkFilledAsync(EmployerA, _vacancyB));

        Assert.Equal(VacancyStatus.Reported, (await LoadAsync(_vacancyB)).Status);
    }

    [Fact]
    public async Task Caseworker_reads_reported_vacancies_but_not_drafts()
    {
        var details = await Get.HandleAsync(Caseworker, _vacancyB);
        var list = await Search.HandleAsync(Caseworker, new VacancyQuery(new VacancyFilter()));

        Assert.NotNull(details);
        Assert.False(details.CanEdit);
        Assert.Null(await Get.HandleAsync(Caseworker, _draftB));
        Assert.Equal([_vacancyA, _vacancyB], list.Rows.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task Caseworker_can_neither_create_edit_withdraw_nor_fill_vacancies()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Save.CreateAsync(Caseworker, JobInput()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Save.UpdateAsync(Caseworker, _vacancyB, JobInput("Geändert")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Status.WithdrawAsync(Caseworker, _vacancyB));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Status.MarkFilledAsync(Caseworker, _vacancyB));

        var unchanged = await LoadAsync(_vacancyB);
        Assert.Equal(("Geheime Stelle von B", VacancyStatus.Reported), (unchanged.Title, unchanged.Status));
    }

    [Fact]
    public async Task Employer_creates_a_vacancy_for_the_own_company_and_current_fair()
    {
        var id = await Save.CreateAsync(EmployerA, JobInput());

        var saved = await LoadAsync(id);
        Assert.Equal((_fairId, _employerA, VacancyStatus.Reported), (saved.FairId, saved.EmployerId, saved.Status));
        Assert.Equal("Staplerschein", Assert.Single(saved.MustHaveSkills));
        Assert.Contains(id, (await Search.HandleAsync(EmployerA, new VacancyQuery(new VacancyFilter()))).Rows.Select(r => r.Id));
        Assert.Null(await Get.HandleAsync(EmployerB, id));
    }

    [Fact]
    public async Task The_handler_validates_too_and_checks_phases_against_the_booth()
    {
        var afternoon = JobInput();
        afternoon.Phases = TargetGroups.SchoolLeavers;
        // The form cannot widen the booth's phases: the server sets them.
        afternoon.AttendedPhases = TargetGroups.Both;

        var error = await Assert.ThrowsAsync<ValidationException>(() => Save.CreateAsync(EmployerB, afternoon));

        Assert.Contains(error.Errors, e => e.ErrorMessage == VacancyMessages.PhaseNotAttended);
    }

    [Fact]
    public async Task Employer_edits_withdraws_and_fills_own_vacancies()
    {
        await Save.UpdateAsync(EmployerA, _vacancyA, JobInput("Neu betitelt"));
        var second = await Save.CreateAsync(EmployerA, JobInput());
        await Status.WithdrawAsync(EmployerA, _vacancyA);
        await Status.MarkFilledAsync(EmployerA, second);

        var first = await LoadAsync(_vacancyA);
        Assert.Equal(("Neu betitelt", VacancyStatus.Withdrawn), (first.Title, first.Status));
        Assert.Equal(VacancyStatus.Filled, (await LoadAsync(second)).Status);
        await Assert.ThrowsAsync<BusinessRuleException>(() => Save.UpdateAsync(EmployerA, _vacancyA, JobInput()));
    }

    [Fact]
    public async Task After_the_deadline_employers_cannot_change_vacancies_but_may_withdraw_them()
    {
        _clock.SetUtcNow(new DateTimeOffset(Deadline.AddMinutes(1)));

        var update = await Assert.ThrowsAsync<BusinessRuleException>(() => Save.UpdateAsync(EmployerA, _vacancyA, JobInput("Zu spät")));
        var create = await Assert.ThrowsAsync<BusinessRuleException>(() => Save.CreateAsync(EmployerA, JobInput()));
        await Status.WithdrawAsync(EmployerA, _vacancyA);

        Assert.Equal(VacancyMessages.DeadlinePassed, update.MessageKey);
        Assert.Equal(VacancyMessages.DeadlinePassed, create.MessageKey);
        Assert.Equal(VacancyStatus.Withdrawn, (await LoadAsync(_vacancyA)).Status);
        Assert.True((await Get.HandleAsync(EmployerB, _vacancyB))!.Locked);
    }

    [Fact]
    public async Task After_the_deadline_organizers_still_correct_vacancies()
    {
        _clock.SetUtcNow(new DateTimeOffset(Deadline.AddDays(1)));
        var input = JobInput("Korrigiert");
        input.StartDate = new DateOnly(2027, 5, 1);

        await Save.UpdateAsync(Organizer, _vacancyB, input);

        Assert.Equal("Korrigiert", (await LoadAsync(_vacancyB)).Title);
        Assert.True((await Get.HandleAsync(Organizer, _vacancyB))!.CanEdit);
    }

    [Fact]
    public async Task Only_organizers_set_the_reporting_deadline()
    {
        var deadline = new ReportingDeadline(_db, _clock);
        var later = new DateTime(2027, 3, 4, 23, 0, 0, DateTimeKind.Utc);

        await Assert.ThrowsAsync<AccessDeniedException>(() => deadline.SetAsync(EmployerA, _fairId, later));
        await deadline.SetAsync(Organizer, _fairId, later);

        Assert.Equal(later, (await deadline.GetAsync())!.ReportingDeadlineUtc);
    }

    [Fact]
    public async Task Organizer_filters_sorts_and_pages_on_the_server()
    {
        await Save.CreateAsync(EmployerA, JobInput("Zusteller/in"));
        var apprenticeship = TestData.Vacancy(_fairId, _employerA, VacancyKind.Apprenticeship);
        await _db.InsertAsync(apprenticeship);

        var firstPage = await Search.HandleAsync(Organizer, new VacancyQuery(new VacancyFilter(), VacancySort.Title, Descending: false, Page: 0, PageSize: 2));
        var secondPage = await Search.HandleAsync(Organizer, new VacancyQuery(new VacancyFilter(), VacancySort.Title, Descending: false, Page: 1, PageSize: 2));
        var apprenticeships = await Search.HandleAsync(Organizer, new VacancyQuery(new VacancyFilter { Kind = VacancyKind.Apprenticeship }));
        var ofB = await Search.HandleAsync(Organizer, new VacancyQuery(new VacancyFilter { EmployerId = _employerB, Status = VacancyStatus.Draft }));
        var afternoon = await Search.HandleAsync(Organizer, new VacancyQuery(new VacancyFilter { TargetGroup = TargetGroup.SchoolLeaver }));
        var logistics = await Search.HandleAsync(Organizer, new VacancyQuery(new VacancyFilter { OccupationArea = "Logistik und Verkehr" }));

        Assert.Equal(5, firstPage.Total);
        Assert.Equal(["Ausbildung Industriemechaniker/in", "Geheime Stelle von B"], firstPage.Rows.Select(r => r.Title));
        Assert.Equal(["Zerspanungsmechaniker/in", "Zerspanungsmechaniker/in"], secondPage.Rows.Select(r => r.Title));
        Assert.Equal(apprenticeship.Id, Assert.Single(apprenticeships.Rows).Id);
        Assert.Equal(_draftB, Assert.Single(ofB.Rows).Id);
        Assert.Equal(apprenticeship.Id, Assert.Single(afternoon.Rows).Id);
        Assert.Equal("Zusteller/in", Assert.Single(logistics.Rows).Title);
    }
}
