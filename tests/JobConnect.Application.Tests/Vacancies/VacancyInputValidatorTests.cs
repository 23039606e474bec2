using JobConnect.Application.Features.Vacancies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;
using Microsoft.Extensions.Time.Testing;

namespace JobConnect.Application.Tests.Vacancies;

/// <summary>One test per rule: a valid input, changed in exactly the way the rule forbids.</summary>
public sealed class VacancyInputValidatorTests
{
    private static readonly DateOnly Today = new(2027, 1, 10);
    private readonly VacancyInputValidator _validator = new(new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero)) { });

    public static VacancyInput Valid() => new()
    {
        Kind = VacancyKind.Apprenticeship,
        Title = "Ausbildung Mechatroniker/in",
        KldbCode = "26112",
        Openings = 2,
        Postcode = "34117",
        WorkingTime = WorkingTime.FullTime,
        StartDate = new DateOnly(2027, 8, 1),
        Skills = [new() { Name = "Teamfähigkeit", Required = true }, new() { Name = "Technisches Verständnis" }],
        GermanLevel = CefrLevel.B1,
        MinimumSchoolCertificate = SchoolCertificate.MittlererAbschluss,
        Phases = TargetGroups.SchoolLeavers,
        AttendedPhases = TargetGroups.Both,
    };

    private IReadOnlyList<(string Property, string Message)> Errors(Action<VacancyInput> change)
    {
        var input = Valid();
        change(input);
        return [.. _validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];
    }

    private void AssertSingleError(Action<VacancyInput> change, string property, string message) =>
        Assert.Equal([(property, message)], Errors(change));

    [Fact]
    public void A_complete_apprenticeship_is_valid() => Assert.Empty(Errors(_ => { }));

    [Fact]
    public void A_job_without_school_certificate_is_valid() =>
        Assert.Empty(Errors(v => { v.Kind = VacancyKind.Job; v.MinimumSchoolCertificate = null; v.Phases = TargetGroups.Adults; }));

    [Fact]
    public void Kind_must_be_known() => AssertSingleError(v => v.Kind = (VacancyKind)9, "Kind", VacancyMessages.KindInvalid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Title_is_required(string title) => AssertSingleError(v => v.Title = title, "Title", VacancyMessages.TitleRequired);

    [Fact]
    public void Title_has_at_most_200_characters()
    {
        Assert.Empty(Errors(v => v.Title = new string('x', 200)));
        AssertSingleError(v => v.Title = new string('x', 201), "Title", VacancyMessages.TitleTooLong);
    }

    [Fact]
    public void Occupation_is_required() => AssertSingleError(v => v.KldbCode = "", "KldbCode", VacancyMessages.OccupationRequired);

    [Theory]
    [InlineData("99999")]
    [InlineData("2611")]
    [InlineData("abcde")]
    public void Occupation_must_be_in_the_kldb_catalog(string code) =>
        AssertSingleError(v => v.KldbCode = code, "KldbCode", VacancyMessages.OccupationUnknown);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Openings_are_at_least_one(int openings) => AssertSingleError(v => v.Openings = openings, "Openings", VacancyMessages.OpeningsTooFew);

    [Fact]
    public void Openings_have_a_sane_upper_bound()
    {
        Assert.Empty(Errors(v => v.Openings = 999));
        AssertSingleError(v => v.Openings = 1000, "Openings", VacancyMessages.OpeningsTooMany);
    }

    [Fact]
    public void Postcode_is_required() => AssertSingleError(v => v.Postcode = "", "Postcode", VacancyMessages.PostcodeRequired);

    [Theory]
    [InlineData("3411")]
    [InlineData("341170")]
    [InlineData("34 17")]
    [InlineData("ABCDE")]
    [InlineData("00999")]
    [InlineData("99999")]
    public void Postcode_must_be_a_german_postcode(string postcode) =>
        AssertSingleError(v => v.Postcode = postcode, "Postcode", VacancyMessages.PostcodeInvalid);

    [Theory]
    [InlineData("01067")]
    [InlineData("37213")]
    [InlineData("80331")]
    public void Postcodes_outside_the_region_are_accepted(string postcode) => Assert.Empty(Errors(v => v.Postcode = postcode));

    [Fact]
    public void Working_time_needs_at_least_one_model() =>
        AssertSingleError(v => v.WorkingTime = WorkingTime.None, "WorkingTime", VacancyMessages.WorkingTimeRequired);

    [Fact]
    public void Start_date_is_required() => AssertSingleError(v => v.StartDate = null, "StartDate", VacancyMessages.StartRequired);

    [Fact]
    public void Start_date_may_be_today_but_not_in_the_past()
    {
        Assert.Empty(Errors(v => v.StartDate = Today));
        AssertSingleError(v => v.StartDate = Today.AddDays(-1), "StartDate", VacancyMessages.StartInPast);
    }

    [Fact]
    public void German_level_must_be_known() =>
        AssertSingleError(v => v.GermanLevel = (CefrLevel)42, "GermanLevel", VacancyMessages.GermanLevelInvalid);

    [Fact]
    public void Apprenticeships_need_a_minimum_school_certificate() =>
        AssertSingleError(v => v.MinimumSchoolCertificate = null, "MinimumSchoolCertificate", VacancyMessages.SchoolCertificateRequired);

    [Fact]
    public void Jobs_carry_no_school_certificate() =>
        AssertSingleError(v => { v.Kind = VacancyKind.Job; v.Phases = TargetGroups.Adults; }, "MinimumSchoolCertificate", VacancyMessages.SchoolCertificateOnlyApprenticeship);

    [Fact]
    public void At_least_one_phase() => AssertSingleError(v => v.Phases = TargetGroups.None, "Phases", VacancyMessages.PhaseRequired);

    [Fact]
    public void Only_phases_the_company_attends()
    {
        AssertSingleError(v => { v.Phases = TargetGroups.Both; v.AttendedPhases = TargetGroups.SchoolLeavers; }, "Phases", VacancyMessages.PhaseNotAttended);
        AssertSingleError(v => { v.Phases = TargetGroups.Adults; v.AttendedPhases = TargetGroups.SchoolLeavers; }, "Phases", VacancyMessages.PhaseNotAttended);
        Assert.Empty(Errors(v => { v.Phases = TargetGroups.SchoolLeavers; v.AttendedPhases = TargetGroups.SchoolLeavers; }));
    }

    [Fact]
    public void Skills_need_a_name() =>
        AssertSingleError(v => v.Skills.Add(new SkillInput { Name = " " }), "Skills[2].Name", VacancyMessages.SkillNameRequired);

    [Fact]
    public void Skill_names_have_at_most_100_characters() =>
        AssertSingleError(v => v.Skills.Add(new SkillInput { Name = new string('s', 101) }), "Skills[2].Name", VacancyMessages.SkillNameTooLong);

    [Fact]
    public void Skills_are_not_listed_twice() =>
        AssertSingleError(v => v.Skills.Add(new SkillInput { Name = "teamfähigkeit " }), "Skills", VacancyMessages.SkillDuplicate);

    [Fact]
    public void At_most_twenty_skills()
    {
        AssertSingleError(v => v.Skills = [.. Enumerable.Range(0, 21).Select(i => new SkillInput { Name = $"Skill {i}" })], "Skills", VacancyMessages.SkillsTooMany);
        Assert.Empty(Errors(v => v.Skills = [.. Enumerable.Range(0, 20).Select(i => new SkillInput { Name = $"Skill {i}" })]));
    }

    [Fact]
    public void Description_has_at_most_4000_characters() =>
        AssertSingleError(v => v.Description = new string('d', 4001), "Description", VacancyMessages.DescriptionTooLong);
}
