using JobConnect.Testing;
using FluentValidation;
using JobConnect.Application.Access;
using JobConnect.Application.Features.Audit;
using JobConnect.Application.Identity;
using JobConnect.Application.Features.Dashboard;
using JobConnect.Application.Features.Jobseekers;
using JobConnect.Application.Features.Jobseekers.Import;
using JobConnect.Application.Tests.Infrastructure;
using JobConnect.Infrastructure.Import;
using JobConnect.Domain.Common;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Jobseekers;
using Microsoft.EntityFrameworkCore;

namespace JobConnect.Application.Tests.Jobseekers;

/// <summary>
/// The scoping matrix: a caseworker of agency A against every read and write of agency B's people —
/// denied exactly like a missing record, and nothing of B shows up in lists, search or counts.
/// </summary>
public sealed class JobseekerScopingTests : IAsyncLifetime
{
    private const string SecretName = "Geheimname-B";
    private readonly CaseloadFixture _f = new();
    private int _agencyA, _agencyB, _employer, _blockedEmployer, _fairId;
    private int _ownPerson, _otherPerson, _otherInvited;

    public async ValueTask InitializeAsync()
    {
        await _f.InitializeAsync();
        var fair = await _f.Db.InsertAsync(TestData.Fair());
        _fairId = fair.Id;
        _agencyA = (await _f.Db.InsertAsync(TestData.Agency("Agentur für Arbeit Kassel"))).Id;
        _agencyB = (await _f.Db.InsertAsync(TestData.Agency("Jobcenter Stadt Kassel"))).Id;
        _employer = (await _f.Db.InsertAsync(TestData.Employer("A GmbH"))).Id;
        _blockedEmployer = (await _f.Db.InsertAsync(TestData.Employer("Blockiert AG"))).Id;

        _ownPerson = await _f.Save.HandleAsync(CaseloadFixture.Caseworker(_agencyA), null, CaseloadFixture.ValidInput("A-1", "Eigene"));
        var b = CaseloadFixture.Caseworker(_agencyB);
        _otherPerson = await _f.Save.HandleAsync(b, null, CaseloadFixture.ValidInput("B-1", SecretName));
        var invited = CaseloadFixture.ValidInput("B-2", SecretName);
        invited.ConsentShareProfile = true;
        _otherInvited = await _f.Save.HandleAsync(b, null, invited);
        await _f.Exclusion.HandleAsync(b, _otherInvited, _blockedEmployer, excluded: true);
        await _f.Db.InsertAsync(new Invitation
        {
            FairId = fair.Id, FairPhaseId = fair.Phase(TestPhases.Morning).Id, JobseekerId = _otherInvited, AgencyId = _agencyB,
            IssuedByUserId = "u", CheckInCode = "ABC123", Status = InvitationStatus.Confirmed,
        });
    }

    public ValueTask DisposeAsync() => _f.DisposeAsync();

    public static TheoryData<string> Operations() =>
        ["view", "update", "archive", "restore", "exclude-employer", "export", "erase"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Caseworker_of_A_cannot_touch_a_person_of_B_and_learns_nothing(string operation)
    {
        var a = CaseloadFixture.Caseworker(_agencyA);
        Func<int, Task> run = operation switch
        {
            "view" => id => _f.Get.HandleAsync(a, id),
            "update" => id => _f.Save.HandleAsync(a, id, CaseloadFixture.ValidInput("B-1", "Überschrieben")),
            "archive" => id => _f.Archive.HandleAsync(a, id),
            "restore" => id => _f.Archive.HandleAsync(a, id, archived: false),
            "exclude-employer" => id => _f.Exclusion.HandleAsync(a, id, _employer, excluded: true),
            "export" => id => _f.Export.HandleAsync(a, id),
            "erase" => id => _f.Erase.HandleAsync(a, id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
        var before = await Snapshot(_otherPerson);

        var other = await Assert.ThrowsAsync<NotFoundException>(() => run(_otherPerson));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => run(999_999));

        // Same answer as for an id that does not exist: nobody can probe another agency's ids.
        Assert.Equal(missing.Message, other.Message);
        Assert.Equal(before, await Snapshot(_otherPerson));
        Assert.False(await _f.Db.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == a.UserId && e.EntityId == _otherPerson.ToString())));
    }

    [Fact]
    public async Task Lists_search_and_counts_of_A_contain_nobody_of_B()
    {
        var a = CaseloadFixture.Caseworker(_agencyA);

        var all = await _f.List.HandleAsync(a, new JobseekerListQuery(IncludeArchived: true, PageSize: 200));
        var search = await _f.List.HandleAsync(a, new JobseekerListQuery(Search: SecretName));
        var byReference = await _f.List.HandleAsync(a, new JobseekerListQuery(Search: "B-"));
        var figures = await new GetKeyFigures(_f.Db, _f.Clock).HandleAsync(a);
        var exported = await _f.ExportList.HandleAsync(a, new JobseekerListQuery(IncludeArchived: true));

        Assert.Equal([_ownPerson], all.Items.Select(r => r.Id));
        Assert.Equal(1, all.Total);
        Assert.Equal((0, 0), (search.Total, search.Items.Count));
        Assert.Equal(0, byReference.Total);
        Assert.Equal(1, figures.Jobseekers);
        Assert.Contains("A-1", Assert.Single(new TableFiles().Read(exported.Bytes, exported.Name, ImportLimits.Default).Rows).Cells);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _f.ExportList.HandleAsync(CaseloadFixture.Organizer, new JobseekerListQuery()));
        Assert.Equal(0, figures.Phases.Sum(p => p.Invited));
    }

    [Fact]
    public async Task The_same_reference_number_in_A_creates_As_own_person_and_leaves_B_alone()
    {
        var a = CaseloadFixture.Caseworker(_agencyA);
        var before = await Snapshot(_otherPerson);

        var id = await _f.Save.HandleAsync(a, null, CaseloadFixture.ValidInput("B-1", "Andere"));
        var table = new ImportTable(["Kundennummer", "Vorname", "Nachname", "PLZ", "Zielgruppe", "Zielberufe (KldB)"],
            [new ImportRow(2, ["B-2", "Imp", "Ortiert", "34117", "Erwachsene", "24232"])]);
        var imported = await _f.Import.CommitAsync(a, table);

        Assert.NotEqual(_otherPerson, id);
        Assert.Equal(1, imported.New);
        Assert.Equal(0, imported.Updated);
        Assert.Equal(before, await Snapshot(_otherPerson));
        Assert.Equal(SecretName, await _f.Db.QueryAsync(db => db.Jobseekers.Where(j => j.Id == _otherInvited).Select(j => j.LastName).SingleAsync()));
    }

    [Fact]
    public async Task A_duplicate_reference_in_the_own_agency_is_a_validation_error()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            _f.Save.HandleAsync(CaseloadFixture.Caseworker(_agencyA), null, CaseloadFixture.ValidInput("A-1")));

        Assert.Equal(JobseekerInputValidator.Keys.DuplicateReference, Assert.Single(error.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_reference_differing_only_in_case_or_spaces_is_the_same_person_on_every_provider()
    {
        var caseworker = CaseloadFixture.Caseworker(_agencyA);

        var error = await Assert.ThrowsAsync<ValidationException>(() => _f.Save.HandleAsync(caseworker, null, CaseloadFixture.ValidInput(" a-1 ")));
        var table = new ImportTable(["Kundennummer", "Vorname", "Nachname", "PLZ", "Zielgruppe", "Zielberufe (KldB)"],
            [new ImportRow(2, ["a-1", "Alex", "Muster", "34117", "Erwachsene", "24232"])]);
        var imported = await _f.Import.CommitAsync(caseworker, table);

        Assert.Equal(JobseekerInputValidator.Keys.DuplicateReference, Assert.Single(error.Errors).ErrorMessage);
        Assert.Equal((0, 1), (imported.New, imported.Updated));
        Assert.Equal(1, await _f.Db.QueryAsync(db => db.Jobseekers.CountAsync(j => j.AgencyId == _agencyA && j.ReferenceNumber == "A-1")));
    }

    [Fact]
    public async Task Organizer_sees_only_invited_people_and_changes_nobody()
    {
        var list = await _f.List.HandleAsync(CaseloadFixture.Organizer, new JobseekerListQuery());
        var detail = await _f.Get.HandleAsync(CaseloadFixture.Organizer, _otherInvited);

        Assert.Equal([_otherInvited], list.Items.Select(r => r.Id));
        Assert.False(detail.CanEdit);
        await Assert.ThrowsAsync<NotFoundException>(() => _f.Get.HandleAsync(CaseloadFixture.Organizer, _otherPerson));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _f.Save.HandleAsync(CaseloadFixture.Organizer, _otherInvited, CaseloadFixture.ValidInput("B-2")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _f.Erase.HandleAsync(CaseloadFixture.Organizer, _otherInvited));
    }

    [Fact]
    public async Task Employer_gets_no_caseload_only_candidate_profiles_within_consent()
    {
        var employer = CaseloadFixture.Employer(_employer);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _f.List.HandleAsync(employer, new JobseekerListQuery()));
        await Assert.ThrowsAsync<NotFoundException>(() => _f.Get.HandleAsync(employer, _otherInvited));
        var profile = await _f.Candidate.HandleAsync(employer, _otherInvited);
        await Assert.ThrowsAsync<NotFoundException>(() => _f.Candidate.HandleAsync(employer, _otherPerson));

        Assert.Equal($"Alex {SecretName}", profile.Name);
        Assert.Null(profile.Email);
        Assert.Null(profile.Phone);
    }

    [Fact]
    public async Task Employer_sees_a_pseudonymous_profile_without_consent_and_contacts_only_from_the_fair_day()
    {
        var b = CaseloadFixture.Caseworker(_agencyB);
        var employer = CaseloadFixture.Employer(_employer);
        var input = CaseloadFixture.ValidInput("B-2", SecretName);

        input.ConsentShareProfile = false;
        await _f.Save.HandleAsync(b, _otherInvited, input);
        var withoutConsent = await _f.Candidate.HandleAsync(employer, _otherInvited);
        input.ConsentShareProfile = true;
        await _f.Save.HandleAsync(b, _otherInvited, input);
        _f.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 18, 8, 0, 0, TimeSpan.Zero));
        var onFairDay = await _f.Candidate.HandleAsync(employer, _otherInvited);

        Assert.True(withoutConsent.IsPseudonymous);
        Assert.Equal("B-2", withoutConsent.ReferenceNumber);
        Assert.Null(withoutConsent.Email);
        Assert.Equal("alex@example.org", onFairDay.Email);
        var consents = await _f.Db.QueryAsync(db => db.Consents.Where(c => c.JobseekerId == _otherInvited).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, consents.Count);
        Assert.NotNull(consents[0].WithdrawnUtc);
        Assert.Null(consents[1].WithdrawnUtc);
        Assert.All(consents, c => Assert.Equal(SaveJobseeker.ConsentTextVersion, c.TextVersion));
    }

    [Fact]
    public async Task A_blocked_employer_never_sees_the_person()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _f.Candidate.HandleAsync(CaseloadFixture.Employer(_blockedEmployer), _otherInvited));
    }

    [Fact]
    public async Task Viewing_and_exporting_are_logged_organizers_read_the_log_and_an_agency_only_its_own_clients_entries()
    {
        var a = CaseloadFixture.Caseworker(_agencyA);
        await _f.Get.HandleAsync(a, _ownPerson);
        var json = System.Text.Encoding.UTF8.GetString((await _f.Export.HandleAsync(a, _ownPerson)).Bytes);

        var log = await new ListAuditEntries(_f.Db, _f.Clock, new JobConnect.Infrastructure.Import.TableFiles()).HandleAsync(CaseloadFixture.Organizer, new AuditQuery(Search: _ownPerson.ToString()));
        var own = await new ListAuditEntries(_f.Db, _f.Clock, new JobConnect.Infrastructure.Import.TableFiles()).HandleAsync(a, new AuditQuery());
        var other = await new ListAuditEntries(_f.Db, _f.Clock, new JobConnect.Infrastructure.Import.TableFiles()).HandleAsync(CaseloadFixture.Caseworker(_agencyB), new AuditQuery(Search: _ownPerson.ToString()));

        Assert.Contains("\"LastName\": \"Eigene\"", json, StringComparison.Ordinal);
        Assert.Equal([AuditActions.Exported, AuditActions.Viewed, AuditActions.Created], log.Items.Select(e => e.Action));
        Assert.All(log.Items, e => Assert.DoesNotContain("Eigene", e.EntityId + e.Action, StringComparison.Ordinal));
        Assert.Contains(own.Items, e => e.EntityId == _ownPerson.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditActions.Viewed);
        Assert.Empty(other.Items);
        await Assert.ThrowsAsync<AccessDeniedException>(() => new ListAuditEntries(_f.Db, _f.Clock, new JobConnect.Infrastructure.Import.TableFiles()).HandleAsync(new UserScope("e", Roles.Employer, null, 1), new AuditQuery()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => new ListAuditEntries(_f.Db, _f.Clock, new JobConnect.Infrastructure.Import.TableFiles()).ExportAsync(a, new AuditQuery()));
    }

    [Fact]
    public async Task Erasing_removes_the_person_with_invitations_and_keeps_only_the_log_entry()
    {
        var b = CaseloadFixture.Caseworker(_agencyB);

        await _f.Erase.HandleAsync(b, _otherInvited);

        Assert.False(await _f.Db.QueryAsync(db => db.Jobseekers.AnyAsync(j => j.Id == _otherInvited)));
        Assert.False(await _f.Db.QueryAsync(db => db.Invitations.AnyAsync(i => i.JobseekerId == _otherInvited)));
        Assert.False(await _f.Db.QueryAsync(db => db.EmployerExclusions.AnyAsync(e => e.JobseekerId == _otherInvited)));
        Assert.True(await _f.Db.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Erased && e.EntityId == _otherInvited.ToString())));
    }

    [Fact]
    public async Task After_the_retention_period_invited_people_are_anonymized_and_statistics_remain()
    {
        _f.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 18, 0, 0, 0, TimeSpan.Zero).AddDays(181));

        var count = await _f.Retention.HandleAsync(CaseloadFixture.Organizer);

        var person = await _f.Db.QueryAsync(db => db.Jobseekers.Include(j => j.Consents).SingleAsync(j => j.Id == _otherInvited));
        Assert.Equal(1, count);
        Assert.DoesNotContain(SecretName, person.LastName, StringComparison.Ordinal);
        Assert.Null(person.Email);
        Assert.Empty(person.Consents);
        Assert.Equal(1, await _f.Db.QueryAsync(db => db.Invitations.CountAsync(i => i.FairId == _fairId)));
        Assert.Equal(SecretName, await _f.Db.QueryAsync(db => db.Jobseekers.Where(j => j.Id == _otherPerson).Select(j => j.LastName).SingleAsync()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _f.Retention.HandleAsync(CaseloadFixture.Caseworker(_agencyB)));
    }

    [Fact]
    public async Task Before_the_retention_period_ends_nothing_is_anonymized()
    {
        _f.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 18, 0, 0, 0, TimeSpan.Zero).AddDays(179));

        Assert.Equal(0, await _f.Retention.HandleAsync(CaseloadFixture.Organizer));
    }

    private Task<string> Snapshot(int id) => _f.Db.QueryAsync(async db =>
    {
        var j = await db.Jobseekers.AsNoTracking().Include(x => x.Consents).Include(x => x.EmployerExclusions).SingleAsync(x => x.Id == id);
        return $"{j.ReferenceNumber}|{j.FirstName}|{j.LastName}|{j.Archived}|{j.UpdatedUtc:O}|{j.Consents.Count}|{j.EmployerExclusions.Count}";
    });
}
