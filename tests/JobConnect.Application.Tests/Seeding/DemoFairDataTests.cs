using JobConnect.Testing;
using System.Text.RegularExpressions;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;
using JobConnect.Infrastructure.Seeding;

namespace JobConnect.Application.Tests.Seeding;

public class DemoFairDataTests
{
    private static readonly DateOnly FairDate = new(2027, 3, 11);
    private static readonly DateTime NowUtc = new(2027, 1, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DemoFair Demo = DemoFairData.Build(FairDate, NowUtc);

    private static IEnumerable<Jobseeker> Adults => Demo.Jobseekers.Select(j => j.Jobseeker).Where(j => j.TargetGroup == TargetGroup.Adult);
    private static IEnumerable<Jobseeker> SchoolLeavers => Demo.Jobseekers.Select(j => j.Jobseeker).Where(j => j.TargetGroup == TargetGroup.SchoolLeaver);

    [Fact]
    public void Counts_are_within_the_stated_ranges()
    {
        Assert.Equal(4, Demo.Agencies.Count);
        Assert.Equal(17, Demo.Employers.Count);
        Assert.InRange(Demo.Vacancies.Count, 55, 70);
        Assert.InRange(Adults.Count(), 330, 370);
        Assert.InRange(SchoolLeavers.Count(), 100, 120);
        Assert.Equal(Demo.Jobseekers.Count, Adults.Count() + SchoolLeavers.Count());
    }

    [Fact]
    public void Fair_has_the_kassel_venue_and_both_phases_as_planned()
    {
        var fair = Demo.Fair;
        var morning = fair.Phase(TestPhases.Morning);
        var afternoon = fair.Phase(TestPhases.Afternoon);

        Assert.Equal("job-connect Kassel 2027", fair.Name);
        Assert.Equal("Ständehaus Kassel", fair.Venue);
        Assert.Equal("Ständeplatz 8, 34117 Kassel", fair.VenueAddress);
        Assert.Equal(FairDate, fair.Date);
        Assert.True(fair.ReportingDeadlineUtc < FairDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(12, 30), 350, 15, 3, TargetGroup.Adult),
            (morning.Start, morning.End, morning.SeatCapacity, morning.SlotMinutes, morning.ConversationsPerPerson, morning.TargetGroup));
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(16, 30), 120, 15, 2, TargetGroup.SchoolLeaver),
            (afternoon.Start, afternoon.End, afternoon.SeatCapacity, afternoon.SlotMinutes, afternoon.ConversationsPerPerson, afternoon.TargetGroup));

        var pause = Assert.Single(morning.Breaks);
        Assert.Equal(new TimeOnly(10, 45), pause.Start);
        Assert.DoesNotContain(new TimeOnly(10, 45), morning.SlotStarts());
        Assert.Equal(13, morning.SlotStarts().Count);
        Assert.Equal(10, afternoon.SlotStarts().Count);
    }

    [Fact]
    public void Two_builds_produce_equal_key_fields()
    {
        var again = DemoFairData.Build(FairDate, NowUtc);

        Assert.Equal(Demo.Employers.Select(e => e.Name), again.Employers.Select(e => e.Name));
        Assert.Equal(Demo.Fair.Booths.Select(b => (b.Label, b.Tables, b.Phases)), again.Fair.Booths.Select(b => (b.Label, b.Tables, b.Phases)));
        Assert.Equal(Demo.Vacancies.Select(VacancyKey), again.Vacancies.Select(VacancyKey));
        Assert.Equal(Demo.Jobseekers.Select(JobseekerKey), again.Jobseekers.Select(JobseekerKey));
    }

    [Fact]
    public void Every_vacancy_uses_a_catalog_code_and_a_known_postcode()
    {
        Assert.All(Demo.Vacancies, v =>
        {
            Assert.NotNull(KldbCatalog.Find(v.KldbCode));
            Assert.True(PostcodeDirectory.IsKnown(v.Postcode), v.Postcode);
        });
    }

    [Fact]
    public void Vacancies_are_complete_and_start_after_the_fair()
    {
        Assert.All(Demo.Vacancies, v =>
        {
            Assert.NotNull(v.Employer);
            Assert.InRange(v.Openings, 1, 10);
            Assert.True(v.StartDate > FairDate, v.Title);
            Assert.NotEmpty(v.MustHaveSkills);
            Assert.NotEqual(WorkingTime.None, v.WorkingTime);
            Assert.Equal(VacancyStatus.Reported, v.Status);
        });
        Assert.Contains(Demo.Vacancies, v => v.Kind == VacancyKind.Job);
        Assert.Contains(Demo.Vacancies, v => v.Kind == VacancyKind.Apprenticeship);
    }

    [Fact]
    public void Apprenticeships_run_in_the_afternoon_with_a_minimum_certificate_and_jobs_in_the_morning()
    {
        var apprenticeships = Demo.Vacancies.Where(v => v.Kind == VacancyKind.Apprenticeship).ToList();
        var jobs = Demo.Vacancies.Where(v => v.Kind == VacancyKind.Job).ToList();

        Assert.All(apprenticeships, v =>
        {
            Assert.True(v.Phases.HasFlag(TargetGroups.SchoolLeavers), v.Title);
            Assert.NotNull(v.MinimumSchoolCertificate);
        });
        Assert.All(jobs, v =>
        {
            Assert.True(v.Phases.HasFlag(TargetGroups.Adults), v.Title);
            Assert.Null(v.MinimumSchoolCertificate);
        });
        Assert.Contains(apprenticeships, v => v.Phases == TargetGroups.Both);
    }

    [Fact]
    public void Every_employer_has_a_booth_and_at_least_one_vacancy()
    {
        Assert.All(Demo.Employers, e =>
        {
            var booth = Assert.Single(Demo.Fair.Booths, b => b.Employer == e);
            var phases = Demo.Vacancies.Where(v => v.Employer == e).Aggregate(TargetGroups.None, (set, v) => set | v.Phases);
            Assert.NotEqual(TargetGroups.None, phases);
            Assert.Equal(phases, booth.Phases);
            Assert.InRange(booth.Tables, 1, 3);
            Assert.NotEmpty(e.ContactPersons);
        });
        Assert.Equal(Demo.Fair.Booths.Count, Demo.Fair.Booths.Select(b => b.Label).Distinct().Count());
    }

    [Fact]
    public void Reference_numbers_are_unique_per_agency_and_follow_its_format()
    {
        Assert.All(Demo.Jobseekers.GroupBy(j => j.Agency), group =>
        {
            var numbers = group.Select(j => j.Jobseeker.ReferenceNumber).ToList();
            Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());

            var pattern = group.Key.Kind == AgencyKind.Arbeitsagentur ? @"^\d{3}D\d{6}$" : @"^JC-(KS|LK|WM)-\d{6}$";
            Assert.All(numbers, n => Assert.Matches(pattern, n));
        });
    }

    [Fact]
    public void Every_agency_has_people_and_the_big_two_have_the_most()
    {
        var byAgency = Demo.Jobseekers.GroupBy(j => j.Agency.Name).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(4, byAgency.Count);
        var smallest = new[] { byAgency["Jobcenter Landkreis Kassel"], byAgency["Jobcenter Werra-Meißner"] }.Max();
        Assert.True(byAgency["Agentur für Arbeit Kassel"] > smallest);
        Assert.True(byAgency["Jobcenter Stadt Kassel"] > smallest);
    }

    [Fact]
    public void School_leavers_are_afternoon_eligible_and_born_2009_to_2011()
    {
        Assert.All(SchoolLeavers, j =>
        {
            Assert.Equal(TargetGroup.SchoolLeaver, j.TargetGroup);
            Assert.InRange(j.DateOfBirth!.Value.Year, 2009, 2011);
            Assert.NotEqual(SchoolCertificate.None, j.SchoolCertificate);
        });
    }

    [Fact]
    public void Adults_are_morning_eligible_and_born_1965_to_2003()
    {
        Assert.All(Adults, j =>
        {
            Assert.Equal(TargetGroup.Adult, j.TargetGroup);
            Assert.InRange(j.DateOfBirth!.Value.Year, 1965, 2003);
        });
    }

    [Fact]
    public void Jobseekers_live_in_the_region_and_name_valid_catalog_occupations()
    {
        Assert.All(Demo.Jobseekers.Select(j => j.Jobseeker), j =>
        {
            Assert.True(PostcodeDirectory.IsKnown(j.Postcode), j.Postcode);
            Assert.NotEmpty(j.TargetKldbCodes);
            Assert.All(j.TargetKldbCodes, c => Assert.NotNull(KldbCatalog.Find(c)));
            Assert.InRange(j.MaxCommuteKm, 10, 50);
            Assert.Equal(0, j.AgencyId);
            Assert.NotEmpty(j.Skills);
        });
    }

    [Fact]
    public void Most_but_not_all_jobseekers_aim_at_an_offered_occupation()
    {
        var offered = Demo.Vacancies.Select(v => v.KldbCode).ToHashSet(StringComparer.Ordinal);
        var people = Demo.Jobseekers.Select(j => j.Jobseeker).ToList();
        var fitting = people.Count(j => j.TargetKldbCodes.Any(offered.Contains));

        Assert.InRange(fitting, people.Count * 3 / 4, people.Count - 10);
    }

    [Fact]
    public void Most_jobseekers_consent_to_sharing_with_the_current_text_version()
    {
        var people = Demo.Jobseekers.Select(j => j.Jobseeker).ToList();
        var consenting = people.Count(j => j.HasConsent(ConsentScope.ShareProfileWithEmployers));

        Assert.InRange(consenting, people.Count * 3 / 4, people.Count - 10);
        Assert.All(people.SelectMany(j => j.Consents), c => Assert.Equal("2027-01", c.TextVersion));
    }

    [Fact]
    public void Needs_and_exclusions_exist_but_stay_rare()
    {
        var people = Demo.Jobseekers.Select(j => j.Jobseeker).ToList();

        Assert.InRange(people.Count(j => j.NeedsAccessibility), 1, 30);
        Assert.InRange(people.Count(j => j.InterpreterLanguage is not null), 1, 30);
        Assert.InRange(Demo.Jobseekers.Count(j => j.ExcludedEmployers.Count > 0), 1, 30);
        Assert.All(Demo.Jobseekers.SelectMany(j => j.ExcludedEmployers), e => Assert.Contains(e, Demo.Employers));
    }

    [Fact]
    public void Demo_contact_data_can_never_reach_real_people()
    {
        var emails = Demo.Jobseekers.Select(j => j.Jobseeker.Email)
            .Concat(Demo.Employers.SelectMany(e => e.ContactPersons).Select(c => c.Email))
            .OfType<string>()
            .ToList();
        var phones = Demo.Jobseekers.Select(j => j.Jobseeker.Phone)
            .Concat(Demo.Employers.SelectMany(e => e.ContactPersons).Select(c => c.Phone))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(emails);
        Assert.All(emails, e => Assert.Matches(@"^[a-z0-9.]+@([a-z0-9-]+\.)*example(\.(org|com|net))?$", e));
        // German subscriber numbers never start with 0.
        Assert.All(phones, p => Assert.Matches(@"^0\d{3,4} 0\d+$", p));
    }

    [Fact]
    public void Job_centre_letters_name_the_legal_basis_of_the_duty_to_report()
    {
        Assert.All(Demo.Agencies.Where(a => a.Kind == AgencyKind.Jobcenter), a =>
        {
            Assert.Contains("§ 59 SGB II", a.LetterParagraph, StringComparison.Ordinal);
            Assert.Contains("§ 309 SGB III", a.LetterParagraph, StringComparison.Ordinal);
        });
        Assert.Contains("§ 309 SGB III", Demo.Agencies.Single(a => a.Kind == AgencyKind.Arbeitsagentur).LetterParagraph, StringComparison.Ordinal);
    }

    private static string VacancyKey(Vacancy v) =>
        $"{v.Employer!.Name}|{v.Title}|{v.KldbCode}|{v.Openings}|{v.Postcode}|{v.StartDate:O}|{string.Join(",", v.Skills.Select(s => $"{s.Name}:{s.Required}"))}";

    private static string JobseekerKey(DemoJobseeker d)
    {
        var j = d.Jobseeker;
        return $"{d.Agency.Name}|{j.ReferenceNumber}|{j.FirstName}|{j.LastName}|{j.DateOfBirth:O}|{j.Postcode}|{j.Email}|"
             + $"{string.Join(",", j.TargetKldbCodes)}|{string.Join(",", j.Skills)}|{j.GermanLevel}|{j.Consents.Count}|"
             + string.Join(",", d.ExcludedEmployers.Select(e => e.Name));
    }
}
