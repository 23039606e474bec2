using JobConnect.Testing;
using JobConnect.Domain.Agencies;
using JobConnect.Domain.Common;
using JobConnect.Domain.Employers;
using JobConnect.Domain.Fairs;
using JobConnect.Domain.Jobseekers;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Application.Tests.Infrastructure;

/// <summary>Entities with sensible defaults; tests change only what matters to them.</summary>
public static class TestData
{
    private static int _sequence;

    public static Fair Fair(DateOnly? date = null) => new()
    {
        Name = "job-connect Test",
        Date = date ?? new DateOnly(2027, 3, 18),
        Venue = "Ständehaus Kassel",
        VenueAddress = "Ständeplatz 8, 34117 Kassel",
        Phases =
        [
            new FairPhase { Name = TestPhases.Morning, TargetGroup = TargetGroup.Adult, Start = new(9, 0), End = new(12, 30), SeatCapacity = 350 },
            new FairPhase { Name = TestPhases.Afternoon, TargetGroup = TargetGroup.SchoolLeaver, Start = new(14, 0), End = new(16, 30), SeatCapacity = 120 },
        ],
    };

    public static Agency Agency(string name = "Agentur für Arbeit Kassel") => new() { Name = name, Kind = AgencyKind.Arbeitsagentur };

    public static Employer Employer(string name = "Nordhessen Metall GmbH") => new() { Name = name, Industry = "Metall" };

    public static Vacancy Vacancy(int fairId, int employerId, VacancyKind kind = VacancyKind.Job, int openings = 1) => new()
    {
        FairId = fairId,
        EmployerId = employerId,
        Kind = kind,
        Title = kind == VacancyKind.Job ? "Zerspanungsmechaniker/in" : "Ausbildung Industriemechaniker/in",
        KldbCode = "24232",
        Openings = openings,
        Postcode = "34117",
        StartDate = new DateOnly(2027, 8, 1),
        Phases = kind == VacancyKind.Job ? TargetGroups.Adults : TargetGroups.SchoolLeavers,
    };

    public static Jobseeker Jobseeker(int agencyId, TargetGroup group = TargetGroup.Adult) => new()
    {
        AgencyId = agencyId,
        ReferenceNumber = $"T-{Interlocked.Increment(ref _sequence):D6}",
        FirstName = "Alex",
        LastName = "Muster",
        Postcode = "34117",
        TargetGroup = group,
        TargetKldbCodes = ["24232"],
    };
}
