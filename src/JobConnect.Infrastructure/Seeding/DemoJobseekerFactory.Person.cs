using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Infrastructure.Seeding;

internal sealed partial class DemoJobseekerFactory
{
    private static readonly string[] YouthOffTargetCodes = ["82312", "83112", "81102", "73202", "81112", "22342"];

    private DemoJobseeker CreateSchoolLeaver(Agency agency, DemoCaseload caseload)
    {
        var origin = DemoText.Weighted(DemoOrigins.SchoolLeavers, _random);
        var female = DemoText.Chance(_random, 0.47);
        var german = DemoText.One(origin.YouthGerman, _random);
        var person = NewPerson(caseload, origin, female, TargetGroup.SchoolLeaver, german);

        // The certificate they expect next summer; it also fixes the usual age.
        var certificate = DemoText.Weighted(
            [(SchoolCertificate.Hauptschulabschluss, 28), (SchoolCertificate.MittlererAbschluss, 50),
             (SchoolCertificate.Fachhochschulreife, 10), (SchoolCertificate.Abitur, 12)], _random);
        var birthYear = certificate switch
        {
            SchoolCertificate.Abitur => 2009,
            SchoolCertificate.Fachhochschulreife => _random.Next(2009, 2011),
            _ => _random.Next(2010, 2012),
        };

        // Every apprenticeship place is equally likely to be the one a caseworker has in mind.
        var first = DemoText.Chance(_random, 0.85)
            ? DemoText.One(_vacancies.Where(v => v.Kind == VacancyKind.Apprenticeship).Select(v => v.KldbCode).ToList(), _random)
            : DemoText.One(YouthOffTargetCodes, _random);
        var targets = new List<string> { first };
        if (DemoText.Chance(_random, 0.55))
        {
            targets.Add(DemoText.Weighted(_apprenticeshipCodes, _random));
        }
        targets = [.. targets.Distinct(StringComparer.Ordinal)];

        person.DateOfBirth = DemoDates.DayIn(birthYear, _random);
        person.TargetKldbCodes = targets;
        person.Skills = SkillsFor(targets, trainee: true, fitChance: 0.7);
        person.SchoolCertificate = certificate;
        person.QualificationLevel = QualificationLevel.None;
        person.HasDrivingLicence = birthYear == 2009 && DemoText.Chance(_random, 0.15);
        person.WorkingTimeWishes = WorkingTime.FullTime;
        person.MaxCommuteKm = _random.Next(2, 7) * 5;
        person.EarliestStart = DemoDates.ApprenticeshipStart(_fairDate);
        person.NeedsAccessibility = DemoText.Chance(_random, 0.02);
        person.CreatedUtc = _nowUtc.AddDays(-_random.Next(10, 120));
        person.UpdatedUtc = _nowUtc.AddDays(-_random.Next(0, 10));
        // Minors give their phone number less often; the letter goes to the home address anyway.
        if (DemoText.Chance(_random, 0.4))
        {
            person.Phone = null;
        }
        AddConsents(person, 0.85);

        return new DemoJobseeker(agency, person, PickExclusions(targets, 0.01));
    }

    /// <summary>Identity, contact and language data; the caller fills in the placement profile.</summary>
    private Jobseeker NewPerson(DemoCaseload caseload, DemoOrigin origin, bool female, TargetGroup group, CefrLevel german)
    {
        var firstName = DemoText.One(female ? origin.FemaleNames : origin.MaleNames, _random);
        var lastName = origin.LastNameFor(DemoText.One(origin.LastNames, _random), female);
        var area = DemoResidences.PickArea(caseload.Districts, _random);
        var isSchoolLeaver = group == TargetGroup.SchoolLeaver;

        return new Jobseeker
        {
            ReferenceNumber = caseload.NextReferenceNumber(_random),
            // A few people ask not to be addressed as Frau or Herr.
            Salutation = DemoText.Chance(_random, 0.01) ? Salutation.None : female ? Salutation.Frau : Salutation.Herr,
            FirstName = firstName,
            LastName = lastName,
            Email = DemoText.Chance(_random, isSchoolLeaver ? 0.85 : 0.7) ? DemoText.PrivateEmail(firstName, lastName, _random) : null,
            Phone = DemoText.Chance(_random, 0.85) ? DemoText.Phone(area.Postcode, _random) : null,
            Street = DemoResidences.Street(_random),
            Postcode = area.Postcode,
            City = DemoResidences.City(area),
            Nationality = DemoText.One(origin.Nationalities, _random),
            TargetGroup = group,
            Languages = Languages(origin, isSchoolLeaver),
            GermanLevel = german,
            InterpreterLanguage = german <= CefrLevel.A2 && origin.Key != "de" && DemoText.Chance(_random, isSchoolLeaver ? 0.2 : 0.25)
                ? origin.Languages[0]
                : null,
            LetterLanguage = LetterLanguageFor(origin, german),
            // People who read some German but not officialese get the German letter in Leichte Sprache.
            EasyLanguage = origin.Key != "de" && german == CefrLevel.B1,
        };
    }

    /// <summary>
    /// Letters in the first language when German is still weak (A1/A2) and we have letters in it; English for
    /// origins whose first language we do not print. Derived, not drawn, so the demo's random sequence stays as it was.
    /// </summary>
    private static LetterLanguage LetterLanguageFor(DemoOrigin origin, CefrLevel german)
    {
        if (german is not (CefrLevel.A1 or CefrLevel.A2) || origin.Key == "de")
        {
            return LetterLanguage.German;
        }
        return origin.Languages[0] switch
        {
            "Arabisch" => LetterLanguage.Arabic,
            "Türkisch" => LetterLanguage.Turkish,
            "Ukrainisch" => LetterLanguage.Ukrainian,
            "Russisch" => LetterLanguage.Russian,
            _ when origin.Languages.Contains("Englisch") => LetterLanguage.English,
            _ => LetterLanguage.German,
        };
    }

    private List<LanguageSkill> Languages(DemoOrigin origin, bool isSchoolLeaver)
    {
        var languages = new List<LanguageSkill>();
        if (origin.Key != "de")
        {
            languages.Add(new LanguageSkill { Language = origin.Languages[0], Level = DemoText.One([CefrLevel.C1, CefrLevel.C2, CefrLevel.C2], _random) });
        }

        foreach (var language in origin.Languages.Skip(origin.Key == "de" ? 0 : 1))
        {
            var english = language == "Englisch";
            // Everyone leaving a German school has had English lessons.
            var chance = english ? (isSchoolLeaver ? 1.0 : 0.55) : 0.3;
            if (languages.Any(l => l.Language == language) || !DemoText.Chance(_random, chance))
            {
                continue;
            }
            languages.Add(new LanguageSkill
            {
                Language = language,
                Level = english
                    ? DemoText.One([CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2], _random)
                    : DemoText.One([CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C2], _random),
            });
        }
        return languages;
    }

    private void AddConsents(Jobseeker person, double shareChance)
    {
        if (!DemoText.Chance(_random, shareChance))
        {
            return;
        }

        var given = _nowUtc.AddDays(-_random.Next(1, 45)).AddMinutes(-_random.Next(0, 600));
        person.Consents.Add(new Consent
        {
            Scope = ConsentScope.ShareProfileWithEmployers,
            GivenUtc = given,
            TextVersion = ConsentTextVersion,
            // Now and then someone changes their mind; the record stays, marked withdrawn.
            WithdrawnUtc = DemoText.Chance(_random, 0.02) ? given.AddHours(_random.Next(2, 24)) : null,
        });

        if (person.Email is not null && DemoText.Chance(_random, 0.5))
        {
            person.Consents.Add(new Consent { Scope = ConsentScope.EmailContact, GivenUtc = given, TextVersion = ConsentTextVersion });
        }
    }
}
