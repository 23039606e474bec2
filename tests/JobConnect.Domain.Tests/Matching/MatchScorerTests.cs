using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching;
using JobConnect.Domain.Vacancies;
using static JobConnect.Domain.Tests.Matching.MatchBuilders;

namespace JobConnect.Domain.Tests.Matching;

public sealed class MatchScorerTests
{
    private static MatchResult Score(Jobseeker person, Vacancy vacancy, MatchWeights? weights = null) =>
        MatchScorer.Score(person, vacancy, weights ?? MatchWeights.Default);

    private static CriterionScore Criterion(Jobseeker person, Vacancy vacancy, MatchCriterion criterion) => Score(person, vacancy)[criterion];

    [Fact]
    public void Perfect_fit_scores_100_with_every_criterion_met_or_not_required()
    {
        var result = Score(Person(), Job());

        Assert.Equal(100, result.Score);
        Assert.Equal(100 * MatchWeights.Default.Total, result.Points);
        Assert.False(result.IsExcluded);
        Assert.Equal(Enum.GetValues<MatchCriterion>(), result.Criteria.Select(c => c.Criterion));
        Assert.All(result.Criteria, c => Assert.Contains(c.Outcome, new[] { CriterionOutcome.Met, CriterionOutcome.NotApplicable }));
    }

    [Theory]
    [InlineData("25212", 100, MatchReason.OccupationExact)]
    [InlineData("25213", 80, MatchReason.OccupationSameSubgroupHigherLevel)]
    [InlineData("25211", 50, MatchReason.OccupationSameSubgroupLowerLevel)]
    [InlineData("25222", 40, MatchReason.OccupationSameGroupHigherLevel)]
    [InlineData("25201", 25, MatchReason.OccupationSameGroupLowerLevel)]
    [InlineData("25102", 0, MatchReason.OccupationUnrelated)]
    [InlineData("not a code", 0, MatchReason.OccupationUnrelated)]
    public void Occupation_prefers_exact_code_then_subgroup_then_group_and_compares_the_level(string target, int fulfilment, MatchReason reason)
    {
        var person = Person();
        person.TargetKldbCodes = [target];

        var occupation = Criterion(person, Job(), MatchCriterion.Occupation);

        Assert.Equal(fulfilment, occupation.Fulfilment);
        Assert.Equal(reason, occupation.Reason);
        Assert.Equal(25212, occupation.Required);
    }

    [Fact]
    public void Occupation_takes_the_best_of_several_target_codes()
    {
        var person = Person();
        person.TargetKldbCodes = ["25102", "25201", "25213"];

        var occupation = Criterion(person, Job(), MatchCriterion.Occupation);

        Assert.Equal(80, occupation.Fulfilment);
        Assert.Equal(25213, occupation.Actual);
        Assert.Equal(CriterionOutcome.Partly, occupation.Outcome);
    }

    [Fact]
    public void Must_have_skills_score_the_covered_share_and_list_the_missing_ones()
    {
        var job = Job();
        job.Skills = [new() { Name = "Diagnose", Required = true }, new() { Name = "Lackieren", Required = true }, new() { Name = " bremsen ", Required = true }];

        var must = Criterion(Person(), job, MatchCriterion.MustHaveSkills);

        Assert.Equal(66, must.Fulfilment); // 2 of 3, rounded down
        Assert.Equal((2, 3), (must.Actual, must.Required));
        Assert.Equal(["Lackieren"], must.Missing); // as the employer wrote it
        Assert.Equal(CriterionOutcome.Partly, must.Outcome);
    }

    [Fact]
    public void Skills_not_asked_for_count_as_fully_met()
    {
        var job = Job();
        job.Skills = [];

        var result = Score(Person(), job);

        Assert.Equal((100, CriterionOutcome.NotApplicable), (result[MatchCriterion.MustHaveSkills].Fulfilment, result[MatchCriterion.MustHaveSkills].Outcome));
        Assert.Equal((100, MatchReason.NotRequired), (result[MatchCriterion.NiceToHaveSkills].Fulfilment, result[MatchCriterion.NiceToHaveSkills].Reason));
    }

    [Fact]
    public void Nice_to_have_skills_score_separately_and_a_skill_listed_twice_counts_as_must_have()
    {
        var job = Job();
        job.Skills = [new() { Name = "Diagnose", Required = true }, new() { Name = "diagnose", Required = false }, new() { Name = "Lackieren", Required = false }, new() { Name = "Bremsen", Required = false }];

        var result = Score(Person(), job);

        Assert.Equal(100, result[MatchCriterion.MustHaveSkills].Fulfilment);
        var nice = result[MatchCriterion.NiceToHaveSkills];
        Assert.Equal((1, 2, 50), (nice.Actual, nice.Required, nice.Fulfilment));
    }

    [Fact]
    public void Distance_falls_in_bands_of_the_max_commute_and_beyond_it_excludes()
    {
        var job = Job();
        job.Postcode = "34225"; // Baunatal, about 9 km from Kassel-Mitte
        var tenths = Criterion(Person(), job, MatchCriterion.Distance).Actual;
        Assert.InRange(tenths!.Value, 86, 97);

        int DistanceFulfilment(int commuteKm)
        {
            var person = Person();
            person.MaxCommuteKm = commuteKm;
            return Criterion(person, job, MatchCriterion.Distance).Fulfilment;
        }

        Assert.Equal(100, DistanceFulfilment(40)); // within a quarter
        Assert.Equal(80, DistanceFulfilment(20));  // within half
        Assert.Equal(65, DistanceFulfilment(13));  // within three quarters
        Assert.Equal(50, DistanceFulfilment(10));  // within the commute

        var far = Person();
        far.MaxCommuteKm = 5;
        var result = Score(far, job);
        Assert.True(result.IsExcluded);
        Assert.Equal(new MatchExclusion(ExclusionReason.BeyondCommute, tenths, 50), Assert.Single(result.Exclusions));
        Assert.Equal((0, -1), (result.Score, result.Points));
        Assert.Equal(CriterionOutcome.Excluded, result[MatchCriterion.Distance].Outcome);
    }

    [Fact]
    public void Unknown_postcode_scores_distance_half_and_never_excludes()
    {
        var person = Person();
        person.Postcode = "99999";
        person.MaxCommuteKm = 0;

        var result = Score(person, Job());

        Assert.False(result.IsExcluded);
        Assert.Equal((50, MatchReason.DistanceUnknown), (result[MatchCriterion.Distance].Fulfilment, result[MatchCriterion.Distance].Reason));
    }

    [Theory]
    [InlineData(WorkingTime.FullTime, WorkingTime.FullTime | WorkingTime.Shifts, 100)]
    [InlineData(WorkingTime.PartTime, WorkingTime.FullTime, 0)]
    [InlineData(WorkingTime.None, WorkingTime.Shifts, 100)]
    [InlineData(WorkingTime.PartTime, WorkingTime.None, 100)]
    public void Working_time_fits_when_wishes_and_offer_overlap(WorkingTime wishes, WorkingTime offered, int fulfilment)
    {
        var person = Person();
        person.WorkingTimeWishes = wishes;
        var job = Job();
        job.WorkingTime = offered;

        Assert.Equal(fulfilment, Criterion(person, job, MatchCriterion.WorkingTime).Fulfilment);
    }

    [Theory]
    [InlineData(-100, 100)]
    [InlineData(0, 100)]
    [InlineData(30, 75)]
    [InlineData(31, 50)]
    [InlineData(90, 50)]
    [InlineData(91, 0)]
    public void Start_date_lowers_the_later_the_person_can_start(int daysLate, int fulfilment)
    {
        var person = Person();
        person.EarliestStart = Start.AddDays(daysLate);

        var start = Criterion(person, Job(), MatchCriterion.StartDate);

        Assert.Equal((fulfilment, daysLate), (start.Fulfilment, start.Actual));
    }

    [Fact]
    public void No_earliest_start_means_available_at_once()
    {
        var person = Person();
        person.EarliestStart = null;

        Assert.Equal(100, Criterion(person, Job(), MatchCriterion.StartDate).Fulfilment);
    }

    [Theory]
    [InlineData(CefrLevel.C1, CefrLevel.B1, 100, MatchReason.GermanLevelSufficient)]
    [InlineData(CefrLevel.A2, CefrLevel.B1, 50, MatchReason.GermanLevelOneBelow)]
    [InlineData(CefrLevel.A1, CefrLevel.B1, 0, MatchReason.GermanLevelTooLow)]
    [InlineData(CefrLevel.None, CefrLevel.None, 100, MatchReason.NotRequired)]
    public void German_level_compares_cefr_levels(CefrLevel have, CefrLevel need, int fulfilment, MatchReason reason)
    {
        var person = Person();
        person.GermanLevel = have;
        var job = Job();
        job.GermanLevel = need;

        var german = Criterion(person, job, MatchCriterion.GermanLevel);

        Assert.Equal((fulfilment, reason), (german.Fulfilment, german.Reason));
    }

    [Fact]
    public void Required_driving_licence_excludes_people_without_one()
    {
        var person = Person();
        person.HasDrivingLicence = false;
        var job = Job();
        job.DrivingLicenceRequired = true;

        var result = Score(person, job);

        Assert.Equal(ExclusionReason.DrivingLicenceMissing, Assert.Single(result.Exclusions).Reason);
        Assert.Equal(CriterionOutcome.Excluded, result[MatchCriterion.DrivingLicence].Outcome);
        Assert.Equal(CriterionOutcome.Met, Score(Person(), job)[MatchCriterion.DrivingLicence].Outcome);
        Assert.Equal(CriterionOutcome.NotApplicable, Score(person, Job())[MatchCriterion.DrivingLicence].Outcome);
    }

    [Fact]
    public void Apprenticeship_minimum_school_certificate_excludes_lower_certificates()
    {
        var person = Person();
        person.TargetGroup = TargetGroup.SchoolLeaver;
        person.SchoolCertificate = SchoolCertificate.Hauptschulabschluss;
        var apprenticeship = Job();
        apprenticeship.Kind = VacancyKind.Apprenticeship;
        apprenticeship.Phases = TargetGroups.SchoolLeavers;
        apprenticeship.MinimumSchoolCertificate = SchoolCertificate.MittlererAbschluss;

        var result = Score(person, apprenticeship);

        Assert.Equal(new MatchExclusion(ExclusionReason.SchoolCertificateBelowMinimum, 1, 2), Assert.Single(result.Exclusions));
        person.SchoolCertificate = SchoolCertificate.Abitur;
        Assert.Equal(CriterionOutcome.Met, Score(person, apprenticeship)[MatchCriterion.SchoolCertificate].Outcome);
    }

    [Fact]
    public void A_job_ignores_a_minimum_school_certificate()
    {
        var person = Person();
        person.SchoolCertificate = SchoolCertificate.None;
        var job = Job();
        job.MinimumSchoolCertificate = SchoolCertificate.Abitur;

        var result = Score(person, job);

        Assert.False(result.IsExcluded);
        Assert.Equal(CriterionOutcome.NotApplicable, result[MatchCriterion.SchoolCertificate].Outcome);
    }

    [Theory]
    [InlineData(TargetGroup.Adult, TargetGroups.SchoolLeavers, true)]
    [InlineData(TargetGroup.SchoolLeaver, TargetGroups.Adults, true)]
    [InlineData(TargetGroup.SchoolLeaver, TargetGroups.Both, false)]
    [InlineData(TargetGroup.Adult, TargetGroups.Adults, false)]
    public void Adults_match_morning_vacancies_and_school_leavers_afternoon_ones(TargetGroup group, TargetGroups phases, bool excluded)
    {
        var person = Person();
        person.TargetGroup = group;
        var job = Job();
        job.Phases = phases;

        var result = Score(person, job);

        Assert.Equal(excluded, result.Exclusions.Any(e => e.Reason == ExclusionReason.PhaseNotEligible));
    }

    [Fact]
    public void A_blocked_employer_is_never_matched()
    {
        var person = Person();
        person.EmployerExclusions = [new EmployerExclusion { EmployerId = 100 }];

        var result = Score(person, Job(employerId: 100));

        Assert.Equal(new MatchExclusion(ExclusionReason.EmployerExcluded, null, 100), Assert.Single(result.Exclusions));
        Assert.False(Score(person, Job(employerId: 101)).IsExcluded);
    }

    [Theory]
    [InlineData(VacancyStatus.Draft, true)]
    [InlineData(VacancyStatus.Withdrawn, true)]
    [InlineData(VacancyStatus.Filled, true)]
    [InlineData(VacancyStatus.ChangePending, false)]
    public void Only_open_vacancies_are_matched(VacancyStatus status, bool excluded)
    {
        var job = Job();
        job.Status = status;

        Assert.Equal(excluded, Score(Person(), job).Exclusions.Any(e => e.Reason == ExclusionReason.VacancyNotOpen));
    }

    [Fact]
    public void Archived_people_are_not_matched_and_every_failed_requirement_is_reported()
    {
        var person = Person();
        person.Archived = true;
        person.HasDrivingLicence = false;
        person.TargetGroup = TargetGroup.SchoolLeaver;
        var job = Job();
        job.DrivingLicenceRequired = true;

        var reasons = Score(person, job).Exclusions.Select(e => e.Reason).Order();

        Assert.Equal([ExclusionReason.PhaseNotEligible, ExclusionReason.DrivingLicenceMissing, ExclusionReason.JobseekerArchived], reasons);
    }

    [Fact]
    public void Score_is_the_weighted_mean_of_fulfilments_rounded_half_up()
    {
        var person = Person();
        person.TargetKldbCodes = ["25201"]; // occupation 25
        person.WorkingTimeWishes = WorkingTime.PartTime; // working time 0
        var weights = new MatchWeights { Occupation = 3, MustHaveSkills = 1, NiceToHaveSkills = 0, Distance = 0, WorkingTime = 1, StartDate = 0, GermanLevel = 0 };

        var result = Score(person, Job(), weights);

        // (3 × 25 + 1 × 100 + 1 × 0) / 5 = 35
        Assert.Equal((175, 35), (result.Points, result.Score));
        Assert.Equal(75, result[MatchCriterion.Occupation].Points);
    }
}
