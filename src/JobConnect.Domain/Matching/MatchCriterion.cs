namespace JobConnect.Domain.Matching;

/// <summary>The criteria a match score is made of; the UI shows one chip per criterion.</summary>
public enum MatchCriterion
{
    /// <summary>KldB 2010 occupation: target codes of the person against the vacancy's code.</summary>
    Occupation = 1,
    MustHaveSkills = 2,
    NiceToHaveSkills = 3,
    /// <summary>Great-circle distance between the postcodes against the person's maximum commute.</summary>
    Distance = 4,
    WorkingTime = 5,
    StartDate = 6,
    GermanLevel = 7,
    /// <summary>Hard requirement only (no weight): a required licence excludes people without one.</summary>
    DrivingLicence = 8,
    /// <summary>Hard requirement only (no weight): an apprenticeship's minimum school certificate.</summary>
    SchoolCertificate = 9,
    /// <summary>Hard requirement only (no weight): the person's phase must be one the vacancy attends.</summary>
    Phase = 10,
}

/// <summary>How well one criterion is met; the colour of its chip.</summary>
public enum CriterionOutcome
{
    Met = 1,
    Partly = 2,
    Missing = 3,
    /// <summary>The vacancy asks for nothing here; counts as fully met.</summary>
    NotApplicable = 4,
    /// <summary>A hard requirement failed; see <see cref="MatchResult.Exclusions"/>.</summary>
    Excluded = 5,
}

/// <summary>
/// Language-neutral reason codes for a criterion's result; the UI translates them and fills in
/// <see cref="CriterionScore.Actual"/> and <see cref="CriterionScore.Required"/>.
/// </summary>
public enum MatchReason
{
    /// <summary>Nothing is asked for this criterion.</summary>
    NotRequired = 0,

    OccupationExact = 10,
    /// <summary>Same 4-digit subgroup, person's requirement level at or above the vacancy's.</summary>
    OccupationSameSubgroupHigherLevel = 11,
    /// <summary>Same 4-digit subgroup, person's requirement level below the vacancy's.</summary>
    OccupationSameSubgroupLowerLevel = 12,
    /// <summary>Same 3-digit group, person's requirement level at or above the vacancy's.</summary>
    OccupationSameGroupHigherLevel = 13,
    /// <summary>Same 3-digit group, person's requirement level below the vacancy's.</summary>
    OccupationSameGroupLowerLevel = 14,
    OccupationUnrelated = 15,

    /// <summary>Actual = skills covered, Required = skills asked for; <see cref="CriterionScore.Missing"/> lists the gaps.</summary>
    SkillsCovered = 20,

    /// <summary>Actual = distance in tenths of a km, Required = max commute in tenths of a km.</summary>
    DistanceWithinCommute = 30,
    /// <summary>One of the postcodes has no known coordinates; scored as half met.</summary>
    DistanceUnknown = 31,
    DistanceBeyondCommute = 32,

    WorkingTimeMatches = 40,
    WorkingTimeDiffers = 41,

    /// <summary>Actual = days the person's earliest start lies after the vacancy's start (≤ 0: in time).</summary>
    StartDateInTime = 50,
    StartDateLater = 51,

    /// <summary>Actual / Required = <see cref="Common.CefrLevel"/> values.</summary>
    GermanLevelSufficient = 60,
    GermanLevelOneBelow = 61,
    GermanLevelTooLow = 62,

    DrivingLicencePresent = 70,
    DrivingLicenceMissing = 71,

    /// <summary>Actual / Required = <see cref="Common.SchoolCertificate"/> values.</summary>
    SchoolCertificateSufficient = 80,
    SchoolCertificateBelowMinimum = 81,

    /// <summary>Actual = the person's <see cref="Common.TargetGroups"/>, Required = the vacancy's phases.</summary>
    PhaseEligible = 90,
    PhaseNotEligible = 91,
}

/// <summary>Why a jobseeker × vacancy pair is not matched at all.</summary>
public enum ExclusionReason
{
    /// <summary>The person blocked the employer (SGB III); the employer never sees them.</summary>
    EmployerExcluded = 1,
    PhaseNotEligible = 2,
    BeyondCommute = 3,
    DrivingLicenceMissing = 4,
    SchoolCertificateBelowMinimum = 5,
    /// <summary>The vacancy is a draft, withdrawn or filled.</summary>
    VacancyNotOpen = 6,
    JobseekerArchived = 7,
}
