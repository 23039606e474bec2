using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Domain.Matching;

/// <summary>
/// Scores one jobseeker × vacancy pair and explains every criterion. This is the readable
/// definition of the score; <see cref="FastMatcher"/> must agree with it to the point.
/// Reads no protected characteristic (birth date, salutation, nationality, languages other than
/// German, accessibility or interpreter needs).
/// </summary>
public static class MatchScorer
{
    /// <param name="jobseeker">The person.</param>
    /// <param name="vacancy">The vacancy.</param>
    /// <param name="weights">The fair's weights (validated).</param>
    /// <param name="locate">Postcode → coordinates; <see cref="PostcodeDirectory.Find"/> when null.</param>
    /// <param name="vocabulary">Skill terms and synonyms; <see cref="SkillVocabulary.Shipped"/> when null.</param>
    public static MatchResult Score(Jobseeker jobseeker, Vacancy vacancy, MatchWeights weights, Func<string, PostcodeArea?>? locate = null,
        SkillVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(jobseeker);
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(weights);
        weights.EnsureValid();
        return Explain(jobseeker, vacancy, weights, locate ?? PostcodeDirectory.Find, vocabulary ?? SkillVocabulary.Shipped);
    }

    /// <summary><see cref="Score"/> for callers that validated the weights once for many pairs.</summary>
    internal static MatchResult Explain(Jobseeker jobseeker, Vacancy vacancy, MatchWeights weights, Func<string, PostcodeArea?> locate,
        SkillVocabulary vocabulary)
    {
        var held = Held(jobseeker, vocabulary);

        var exclusions = new List<MatchExclusion>();
        if (jobseeker.Archived)
        {
            exclusions.Add(new MatchExclusion(ExclusionReason.JobseekerArchived));
        }

        if (!MatchRules.IsOpen(vacancy))
        {
            exclusions.Add(new MatchExclusion(ExclusionReason.VacancyNotOpen, Required: (int)vacancy.Status));
        }

        if (jobseeker.Excludes(vacancy.EmployerId))
        {
            exclusions.Add(new MatchExclusion(ExclusionReason.EmployerExcluded, Required: vacancy.EmployerId));
        }

        var criteria = new List<CriterionScore>
        {
            Occupation(jobseeker, vacancy, weights.Occupation),
            MustHave(held, vacancy, weights.MustHaveSkills, vocabulary, out var must),
            NiceToHave(held, vacancy, weights.NiceToHaveSkills, vocabulary, must),
            Distance(jobseeker, vacancy, weights.Distance, locate, exclusions),
            WorkingTimeFit(jobseeker, vacancy, weights.WorkingTime),
            Start(jobseeker, vacancy, weights.StartDate),
            German(jobseeker, vacancy, weights.GermanLevel),
            Licence(jobseeker, vacancy, exclusions),
            Certificate(jobseeker, vacancy, exclusions),
            Phase(jobseeker, vacancy, exclusions),
        };

        var points = criteria.Sum(c => c.Points);
        var mustHave = criteria[1];
        if (MatchRules.MissesMustHave(mustHave.Actual ?? 0, mustHave.Required ?? 0))
        {
            points = MatchRules.CapMissingMustHave(points);
        }

        points = exclusions.Count > 0 ? MatchRules.ExcludedPoints : points;
        return new MatchResult
        {
            JobseekerId = jobseeker.Id,
            VacancyId = vacancy.Id,
            Points = points,
            Score = MatchRules.Score(points, weights.Total),
            Criteria = criteria,
            Exclusions = exclusions,
        };
    }

    private static CriterionOutcome OutcomeOf(int fulfilment) =>
        fulfilment >= MatchRules.Full ? CriterionOutcome.Met : fulfilment > 0 ? CriterionOutcome.Partly : CriterionOutcome.Missing;

    private static CriterionScore Occupation(Jobseeker jobseeker, Vacancy vacancy, int weight)
    {
        var wanted = MatchRules.ParseKldb(vacancy.KldbCode);
        var best = 0;
        int? bestCode = null;
        foreach (var code in jobseeker.TargetKldbCodes)
        {
            if (wanted is { } v && MatchRules.ParseKldb(code) is { } p)
            {
                var fulfilment = MatchRules.Occupation(p.Group4, p.Level, v.Group4, v.Level);
                if (fulfilment > best)
                {
                    (best, bestCode) = (fulfilment, (p.Group4 * 10) + p.Level);
                }
            }
        }

        return new CriterionScore(MatchCriterion.Occupation, OutcomeOf(best), MatchRules.OccupationReason(best), best, weight,
            bestCode, wanted is { } w ? (w.Group4 * 10) + w.Level : null);
    }

    /// <summary>The person's skills by comparison key, each with the person's first wording of it.</summary>
    private static Dictionary<string, string> Held(Jobseeker jobseeker, SkillVocabulary vocabulary)
    {
        var held = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var skill in jobseeker.Skills.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            held.TryAdd(vocabulary.Key(skill), skill.Trim());
        }

        return held;
    }

    /// <param name="spelled">The vacancy's skills as the employer wrote them: the caseworker reads the gaps in these words.</param>
    private static CriterionScore SkillScore(MatchCriterion criterion, Dictionary<string, string> held, HashSet<string> asked, IEnumerable<string> spelled,
        int weight, SkillVocabulary vocabulary)
    {
        var wordings = spelled.Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => (Shown: s.Trim(), Key: vocabulary.Key(s)))
            .Where(s => asked.Contains(s.Key))
            .DistinctBy(s => s.Key)
            .ToList();
        var missing = wordings.Where(s => !held.ContainsKey(s.Key)).Select(s => s.Shown).ToList();
        var matched = wordings.Where(s => held.ContainsKey(s.Key)).Select(s => new SkillMatch(s.Shown, held[s.Key])).ToList();
        var covered = asked.Count - missing.Count;
        var fulfilment = MatchRules.Skills(covered, asked.Count);
        var outcome = asked.Count == 0 ? CriterionOutcome.NotApplicable : OutcomeOf(fulfilment);
        var reason = asked.Count == 0 ? MatchReason.NotRequired : MatchReason.SkillsCovered;
        return new CriterionScore(criterion, outcome, reason, fulfilment, weight, covered, asked.Count) { Missing = missing, Matched = matched };
    }

    private static HashSet<string> Keys(IEnumerable<string> skills, SkillVocabulary vocabulary) =>
        skills.Where(s => !string.IsNullOrWhiteSpace(s)).Select(vocabulary.Key).ToHashSet(StringComparer.Ordinal);

    private static CriterionScore MustHave(Dictionary<string, string> held, Vacancy vacancy, int weight, SkillVocabulary vocabulary, out HashSet<string> must)
    {
        must = Keys(vacancy.MustHaveSkills, vocabulary);
        return SkillScore(MatchCriterion.MustHaveSkills, held, must, vacancy.MustHaveSkills, weight, vocabulary);
    }

    private static CriterionScore NiceToHave(Dictionary<string, string> held, Vacancy vacancy, int weight, SkillVocabulary vocabulary, HashSet<string> must)
    {
        // A skill listed as both must-have and nice-to-have counts once, as must-have.
        var nice = Keys(vacancy.NiceToHaveSkills, vocabulary);
        nice.ExceptWith(must);
        return SkillScore(MatchCriterion.NiceToHaveSkills, held, nice, vacancy.NiceToHaveSkills, weight, vocabulary);
    }

    private static CriterionScore Distance(Jobseeker jobseeker, Vacancy vacancy, int weight, Func<string, PostcodeArea?> locate, List<MatchExclusion> exclusions)
    {
        var tenths = MatchRules.DistanceTenths(locate(jobseeker.Postcode), locate(vacancy.Postcode));
        var commute = MatchRules.CommuteTenths(jobseeker.MaxCommuteKm);
        var fulfilment = MatchRules.Distance(tenths, commute);
        if (tenths < 0)
        {
            return new CriterionScore(MatchCriterion.Distance, CriterionOutcome.Partly, MatchReason.DistanceUnknown, fulfilment, weight, null, commute);
        }

        if (fulfilment < 0)
        {
            exclusions.Add(new MatchExclusion(ExclusionReason.BeyondCommute, tenths, commute));
            return new CriterionScore(MatchCriterion.Distance, CriterionOutcome.Excluded, MatchReason.DistanceBeyondCommute, 0, weight, tenths, commute);
        }

        return new CriterionScore(MatchCriterion.Distance, OutcomeOf(fulfilment), MatchReason.DistanceWithinCommute, fulfilment, weight, tenths, commute);
    }

    private static CriterionScore WorkingTimeFit(Jobseeker jobseeker, Vacancy vacancy, int weight)
    {
        var fulfilment = MatchRules.WorkingTimeFit(MatchRules.WorkingTimeMask(jobseeker.WorkingTimeWishes), MatchRules.WorkingTimeMask(vacancy.WorkingTime));
        return new CriterionScore(MatchCriterion.WorkingTime, OutcomeOf(fulfilment),
            fulfilment > 0 ? MatchReason.WorkingTimeMatches : MatchReason.WorkingTimeDiffers, fulfilment, weight,
            (int)jobseeker.WorkingTimeWishes, (int)vacancy.WorkingTime);
    }

    private static CriterionScore Start(Jobseeker jobseeker, Vacancy vacancy, int weight)
    {
        var daysLate = MatchRules.StartDay(jobseeker.EarliestStart) - vacancy.StartDate.DayNumber;
        var fulfilment = MatchRules.StartDate(daysLate);
        return new CriterionScore(MatchCriterion.StartDate, OutcomeOf(fulfilment),
            daysLate <= 0 ? MatchReason.StartDateInTime : MatchReason.StartDateLater, fulfilment, weight,
            jobseeker.EarliestStart is null ? null : daysLate);
    }

    private static CriterionScore German(Jobseeker jobseeker, Vacancy vacancy, int weight)
    {
        var have = (int)jobseeker.GermanLevel;
        var need = (int)vacancy.GermanLevel;
        var fulfilment = MatchRules.German(have, need);
        if (vacancy.GermanLevel == CefrLevel.None)
        {
            return new CriterionScore(MatchCriterion.GermanLevel, CriterionOutcome.NotApplicable, MatchReason.NotRequired, fulfilment, weight, have, need);
        }

        var reason = fulfilment == MatchRules.Full ? MatchReason.GermanLevelSufficient
            : fulfilment > 0 ? MatchReason.GermanLevelOneBelow : MatchReason.GermanLevelTooLow;
        return new CriterionScore(MatchCriterion.GermanLevel, OutcomeOf(fulfilment), reason, fulfilment, weight, have, need);
    }

    private static CriterionScore Licence(Jobseeker jobseeker, Vacancy vacancy, List<MatchExclusion> exclusions)
    {
        if (!vacancy.DrivingLicenceRequired)
        {
            return new CriterionScore(MatchCriterion.DrivingLicence, CriterionOutcome.NotApplicable, MatchReason.NotRequired, MatchRules.Full, 0);
        }

        if (jobseeker.HasDrivingLicence)
        {
            return new CriterionScore(MatchCriterion.DrivingLicence, CriterionOutcome.Met, MatchReason.DrivingLicencePresent, MatchRules.Full, 0);
        }

        exclusions.Add(new MatchExclusion(ExclusionReason.DrivingLicenceMissing));
        return new CriterionScore(MatchCriterion.DrivingLicence, CriterionOutcome.Excluded, MatchReason.DrivingLicenceMissing, 0, 0);
    }

    private static CriterionScore Certificate(Jobseeker jobseeker, Vacancy vacancy, List<MatchExclusion> exclusions)
    {
        var minimum = MatchRules.MinimumCertificate(vacancy);
        var have = (int)jobseeker.SchoolCertificate;
        if (minimum == SchoolCertificate.None)
        {
            return new CriterionScore(MatchCriterion.SchoolCertificate, CriterionOutcome.NotApplicable, MatchReason.NotRequired, MatchRules.Full, 0, have);
        }

        if (jobseeker.SchoolCertificate >= minimum)
        {
            return new CriterionScore(MatchCriterion.SchoolCertificate, CriterionOutcome.Met, MatchReason.SchoolCertificateSufficient, MatchRules.Full, 0, have, (int)minimum);
        }

        exclusions.Add(new MatchExclusion(ExclusionReason.SchoolCertificateBelowMinimum, have, (int)minimum));
        return new CriterionScore(MatchCriterion.SchoolCertificate, CriterionOutcome.Excluded, MatchReason.SchoolCertificateBelowMinimum, 0, 0, have, (int)minimum);
    }

    private static CriterionScore Phase(Jobseeker jobseeker, Vacancy vacancy, List<MatchExclusion> exclusions)
    {
        var phase = jobseeker.TargetGroup.ToSet();
        if ((phase & vacancy.Phases) != 0)
        {
            return new CriterionScore(MatchCriterion.Phase, CriterionOutcome.Met, MatchReason.PhaseEligible, MatchRules.Full, 0, (int)phase, (int)vacancy.Phases);
        }

        exclusions.Add(new MatchExclusion(ExclusionReason.PhaseNotEligible, (int)phase, (int)vacancy.Phases));
        return new CriterionScore(MatchCriterion.Phase, CriterionOutcome.Excluded, MatchReason.PhaseNotEligible, 0, 0, (int)phase, (int)vacancy.Phases);
    }
}
