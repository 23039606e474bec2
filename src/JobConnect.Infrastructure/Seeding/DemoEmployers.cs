using JobConnect.Domain.Common;
using JobConnect.Domain.Vacancies;

namespace JobConnect.Infrastructure.Seeding;

internal sealed record DemoContact(string Name, string Role);

internal sealed record DemoVacancy(
    VacancyKind Kind,
    string Title,
    string KldbCode,
    int Openings,
    WorkingTime WorkingTime,
    CefrLevel GermanLevel,
    SchoolCertificate? MinimumSchoolCertificate = null,
    bool Licence = false,
    TargetGroups? Phases = null,
    string? Postcode = null,
    string? Description = null)
{
    /// <summary>Jobs are offered in the morning, apprenticeships in the afternoon, unless stated otherwise.</summary>
    public TargetGroups EffectivePhases => Phases ?? (Kind == VacancyKind.Apprenticeship ? TargetGroups.SchoolLeavers : TargetGroups.Adults);
}

internal sealed record DemoEmployer(
    string Name,
    string Industry,
    string Street,
    string Postcode,
    string City,
    string Domain,
    string Description,
    int Tables,
    DemoContact[] Contacts,
    DemoVacancy[] Vacancies);

/// <summary>
/// Seventeen fictional member companies of North Hesse. Names, streets and web domains are invented
/// (domains use the reserved <c>.example</c> top-level domain so no demo mail can reach anyone).
/// </summary>
internal static class DemoEmployers
{
    private const WorkingTime Shift = WorkingTime.FullTime | WorkingTime.Shifts;
    private const WorkingTime FullOrPart = WorkingTime.FullTime | WorkingTime.PartTime;
    private const WorkingTime Care = WorkingTime.FullTime | WorkingTime.PartTime | WorkingTime.Shifts;
    private const WorkingTime Full = WorkingTime.FullTime;
    private const WorkingTime Part = WorkingTime.PartTime;

    private static DemoVacancy Job(string title, string code, int openings, WorkingTime time, CefrLevel german,
        bool licence = false, string? postcode = null, string? description = null) =>
        new(VacancyKind.Job, title, code, openings, time, german, null, licence, null, postcode, description);

    private static DemoVacancy Apprenticeship(string title, string code, int openings, SchoolCertificate minimum,
        CefrLevel german = CefrLevel.B1, TargetGroups phases = TargetGroups.SchoolLeavers, string? description = null) =>
        new(VacancyKind.Apprenticeship, title, code, openings, Full, german, minimum, false, phases, null, description);

    public static readonly DemoEmployer[] All =
    [
        new("Nordhessische Präzisionstechnik GmbH", "Metall- und Elektroindustrie (Zerspanung)",
            "Industriestraße 14", "34225", "Baunatal", "np-technik.example",
            "Lohnfertiger für Präzisionsdreh- und -frästeile für Fahrzeug- und Anlagenbau, rund 180 Beschäftigte, tarifgebunden.",
            3,
            [new("Sandra Wettlaufer", "Personalleiterin"), new("Thomas Dippel", "Ausbildungsleiter")],
            [
                Job("Zerspanungsmechaniker/in CNC-Fräsen", "24232", 3, Shift, CefrLevel.B1,
                    description: "5-Achs-Fräsen von Einzelteilen und Kleinserien, Zweischichtbetrieb, Einarbeitung im Team."),
                Job("Maschinen- und Anlagenführer/in im Zweischichtbetrieb", "25122", 2, Shift, CefrLevel.A2),
                Job("Produktionshelfer/in Metallbearbeitung", "24201", 4, Shift, CefrLevel.A2,
                    description: "Entgraten, Prüfen und Verpacken von Drehteilen; Anlernen am Arbeitsplatz, auch für Quereinsteiger."),
                Apprenticeship("Ausbildung Zerspanungsmechaniker/in", "24232", 2, SchoolCertificate.Hauptschulabschluss),
            ]),
        new("Fuldatal Antriebssysteme GmbH", "Automobilzulieferer (Getriebe- und Antriebskomponenten)",
            "Sandershäuser Straße 40", "34123", "Kassel", "fuldatal-antriebe.example",
            "Fertigt Getriebe- und Antriebskomponenten für Nutzfahrzeuge und E-Mobilität, rund 420 Beschäftigte im Dreischichtbetrieb.",
            3,
            [new("Melanie Hupfeld", "Recruiting"), new("Cem Aydın", "Ausbildungsleiter")],
            [
                Job("Montagemitarbeiter/in Getriebefertigung", "25101", 6, Shift, CefrLevel.A2,
                    description: "Montage nach Arbeitsanweisung an getakteten Linien; Schichtzulagen nach Tarif."),
                Job("Qualitätsprüfer/in Wareneingang und Serie", "27312", 2, Shift, CefrLevel.B1),
                Job("Elektroniker/in für Automatisierungstechnik (Instandhaltung)", "26122", 2, Shift, CefrLevel.B2),
                Apprenticeship("Ausbildung Mechatroniker/in", "26112", 3, SchoolCertificate.MittlererAbschluss),
            ]),
        new("Habichtswald Metallbau GmbH & Co. KG", "Metall- und Stahlbau",
            "Am Bahnhof 9", "34289", "Zierenberg", "habichtswald-metallbau.example",
            "Stahl- und Metallbau für Hallen, Treppen und Geländer, rund 45 Beschäftigte, Montage in ganz Nordhessen.",
            2,
            [new("Jürgen Siebert", "Geschäftsführer"), new("Kerstin Siebert", "Personal und Büro")],
            [
                Job("Metallbauer/in Konstruktionstechnik", "24412", 2, Full, CefrLevel.B1, licence: true),
                Job("Schweißer/in MAG/WIG", "24422", 2, Full, CefrLevel.A2),
                Apprenticeship("Ausbildung Metallbauer/in Konstruktionstechnik", "24412", 2, SchoolCertificate.Hauptschulabschluss),
            ]),
        new("Elektro Lossetal GmbH", "Elektrohandwerk (Gebäudetechnik, Photovoltaik)",
            "Gewerbestraße 3", "34260", "Kaufungen", "elektro-lossetal.example",
            "Elektroinstallation, Photovoltaik und Gebäudeautomation für Privat- und Gewerbekunden, rund 30 Beschäftigte.",
            2,
            [new("Dirk Gonnermann", "Elektromeister, Geschäftsführer"), new("Nadine Apel", "Büroleitung")],
            [
                Job("Elektroniker/in Energie- und Gebäudetechnik", "26212", 3, Full, CefrLevel.B1, licence: true),
                Job("Helfer/in Elektroinstallation", "26301", 2, Full, CefrLevel.A2),
                Apprenticeship("Ausbildung Elektroniker/in Energie- und Gebäudetechnik", "26212", 2, SchoolCertificate.MittlererAbschluss),
            ]),
        new("Autozentrum Dönche GmbH", "Kfz-Handel und Werkstatt",
            "Frankfurter Straße 250", "34134", "Kassel", "autozentrum-doenche.example",
            "Markenvertragswerkstatt mit Verkauf, Service und Reifenhotel, rund 60 Beschäftigte.",
            2,
            [new("Markus Landgrebe", "Serviceleiter"), new("Jessica Nolte", "Personal")],
            [
                Job("Kfz-Mechatroniker/in PKW", "25212", 2, Full, CefrLevel.B1, licence: true),
                Job("Mitarbeiter/in Reifen- und Schnellservice", "25201", 2, Full, CefrLevel.A2, licence: true),
                Apprenticeship("Ausbildung Kfz-Mechatroniker/in PKW-Technik", "25212", 3, SchoolCertificate.Hauptschulabschluss),
            ]),
        new("LogiNord Kassel GmbH", "Kontraktlogistik",
            "Otto-Hahn-Straße 8", "34253", "Lohfelden", "loginord.example",
            "Lager, Kommissionierung und Versand für Handel und Industrie, rund 350 Beschäftigte, Früh- und Spätschicht.",
            3,
            [new("Patrick Umbach", "Niederlassungsleiter"), new("Derya Kaya", "Personalreferentin")],
            [
                Job("Lagerhelfer/in Kommissionierung", "51311", 8, Shift, CefrLevel.A2,
                    description: "Kommissionieren mit Handscanner, Früh- und Spätschicht; Staplerschein kann im Betrieb erworben werden."),
                Job("Fachkraft für Lagerlogistik Wareneingang", "51312", 3, Shift, CefrLevel.B1),
                Apprenticeship("Ausbildung Fachkraft für Lagerlogistik", "51312", 3, SchoolCertificate.Hauptschulabschluss,
                    phases: TargetGroups.Both, description: "Auch für Erwachsene, die eine Ausbildung nachholen möchten."),
            ]),
        new("Werratal Spedition & Transport GmbH", "Spedition und Transport",
            "Am Güterbahnhof 4", "37235", "Hessisch Lichtenau", "werratal-spedition.example",
            "Nah- und Regionalverkehr mit 40 Lkw, Standorte Hessisch Lichtenau und Eschwege.",
            2,
            [new("Holger Bierwirth", "Fuhrparkleiter"), new("Anja Kördel", "Personal")],
            [
                Job("Berufskraftfahrer/in CE Nahverkehr", "52122", 4, Shift, CefrLevel.B1, licence: true,
                    description: "Tagestouren in Nordhessen, abends zu Hause; Module 95 werden bezahlt."),
                Job("Disponent/in Nahverkehr", "51622", 1, Full, CefrLevel.B2),
                Apprenticeship("Ausbildung Berufskraftfahrer/in", "52122", 2, SchoolCertificate.Hauptschulabschluss, phases: TargetGroups.Both),
            ]),
        new("Seniorenstift Am Fuldaufer gGmbH", "Stationäre Altenpflege",
            "Am Fuldaufer 12", "34125", "Kassel", "seniorenstift-fuldaufer.example",
            "Drei Pflegeeinrichtungen in Kassel, Vellmar und Hofgeismar mit zusammen 260 Plätzen.",
            3,
            [new("Andrea Heinemann", "Pflegedienstleitung"), new("Yusuf Demir", "Personalreferent")],
            [
                Job("Pflegefachkraft Altenpflege", "82102", 4, Care, CefrLevel.B2,
                    description: "Voll- oder Teilzeit, verlässliche Dienstpläne, Anerkennung ausländischer Abschlüsse wird begleitet."),
                Job("Pflegehelfer/in Altenpflege", "82101", 5, Care, CefrLevel.B1, postcode: "34246"),
                Job("Hauswirtschaftshelfer/in Wohnbereich", "83211", 2, Part, CefrLevel.A2, postcode: "34369"),
                Apprenticeship("Ausbildung Pflegefachfrau/Pflegefachmann", "81302", 4, SchoolCertificate.MittlererAbschluss,
                    CefrLevel.B2, TargetGroups.Both, "Generalistische Ausbildung, auch in Teilzeit und für Erwachsene."),
            ]),
        new("Lindenberg-Klinikum gGmbH", "Krankenhaus",
            "Lindenbergstraße 30", "34121", "Kassel", "lindenberg-klinikum.example",
            "Krankenhaus der Regelversorgung mit 320 Betten, Notaufnahme und eigenem MVZ.",
            3,
            [new("Katharina Sinning", "Pflegedirektorin"), new("Florian Stück", "Personalabteilung")],
            [
                Job("Pflegefachfrau/-mann Innere Medizin und Chirurgie", "81302", 5, Care, CefrLevel.B2),
                Job("Gesundheits- und Krankenpflegehelfer/in", "81301", 3, Care, CefrLevel.B1),
                Job("Medizinische/r Fachangestellte/r Notaufnahme und Ambulanz", "81102", 2, Care, CefrLevel.B2),
                Job("Buchhalter/in Kreditoren", "72212", 1, FullOrPart, CefrLevel.C1),
                Apprenticeship("Ausbildung Operationstechnische/r Assistent/in (OTA)", "81332", 2, SchoolCertificate.MittlererAbschluss, CefrLevel.B2),
            ]),
        new("Frischkauf Handels GmbH – Filiale Kassel-Wilhelmshöhe", "Lebensmitteleinzelhandel",
            "Wilhelmshöher Allee 300", "34131", "Kassel", "frischkauf.example",
            "Supermarkt mit Bedienungstheken und 45 Beschäftigten, Filiale einer regionalen Handelskette.",
            2,
            [new("Sven Brandau", "Marktleiter"), new("Özlem Yıldız", "Ausbildungsbeauftragte")],
            [
                Job("Verkäufer/in Frische und Bedienungstheke", "62102", 2, FullOrPart, CefrLevel.B1),
                Job("Kassierer/in in Teilzeit", "62112", 3, Part, CefrLevel.B1),
                Job("Mitarbeiter/in Warenverräumung (Frühschicht)", "62101", 3, Part | WorkingTime.Shifts, CefrLevel.A2,
                    description: "Arbeitsbeginn 5:30 Uhr, 20 bis 25 Stunden pro Woche."),
                Apprenticeship("Ausbildung Kaufmann/-frau im Einzelhandel", "62102", 3, SchoolCertificate.MittlererAbschluss),
            ]),
        new("Datenwerk Nordhessen GmbH", "IT-Dienstleistungen (Systemhaus, Softwareentwicklung)",
            "Friedrich-Ebert-Straße 140", "34119", "Kassel", "datenwerk-nordhessen.example",
            "Systemhaus und Softwareentwicklung für Mittelstand und Kommunen, rund 70 Beschäftigte.",
            2,
            [new("Jan Pfeiffer", "Teamleiter Entwicklung"), new("Lisa Otto", "Personal")],
            [
                Job("Fachinformatiker/in Anwendungsentwicklung (.NET)", "43412", 2, FullOrPart, CefrLevel.B2),
                Job("IT-Support Mitarbeiter/in 1st/2nd Level", "43102", 2, Full, CefrLevel.B2, licence: true,
                    description: "Telefon- und Vor-Ort-Support bei Kunden in Kassel und Umgebung, Dienstwagen."),
                Apprenticeship("Ausbildung Fachinformatiker/in Anwendungsentwicklung", "43412", 2, SchoolCertificate.MittlererAbschluss, CefrLevel.B2),
                Apprenticeship("Ausbildung Fachinformatiker/in Systemintegration", "43102", 2, SchoolCertificate.MittlererAbschluss, CefrLevel.B2),
            ]),
        new("Regionalwerke Nordhessen-West GmbH", "Energie- und Wasserversorgung",
            "Brüder-Grimm-Straße 20", "34246", "Vellmar", "regionalwerke-nhw.example",
            "Kommunaler Versorger für Strom, Gas, Wasser und Wärme in sieben Gemeinden, rund 150 Beschäftigte.",
            2,
            [new("Stefan Vaupel", "Technischer Leiter"), new("Claudia Fehr", "Personal")],
            [
                Job("Elektroniker/in für Betriebstechnik Netzbetrieb", "26252", 2, Full, CefrLevel.B2, licence: true),
                Job("Fachkraft für Wasserversorgungstechnik", "34312", 1, Full, CefrLevel.B1, licence: true),
                Job("Kaufmann/-frau für Büromanagement Kundenservice", "71402", 1, Part, CefrLevel.C1),
                Apprenticeship("Ausbildung Industriekaufmann/-frau", "71302", 1, SchoolCertificate.MittlererAbschluss, CefrLevel.B2),
            ]),
        new("Landbäckerei Ehlenberg GmbH", "Bäckerhandwerk",
            "Kasseler Straße 3", "34292", "Ahnatal", "landbaeckerei-ehlenberg.example",
            "Familienbäckerei mit 24 Filialen in Kassel und Umgebung, Backstube in Ahnatal.",
            2,
            [new("Heike Ehlenberg", "Geschäftsführerin"), new("Marcel Gerlach", "Produktionsleiter")],
            [
                Job("Bäcker/in Nachtschicht", "29222", 2, Shift, CefrLevel.A2),
                Job("Fachverkäufer/in Bäckerei (Teilzeit)", "62312", 4, Part | WorkingTime.Shifts, CefrLevel.B1, postcode: "34117"),
                Job("Produktionshelfer/in Backstube", "29201", 2, Shift, CefrLevel.A2),
                Apprenticeship("Ausbildung Bäcker/in", "29222", 2, SchoolCertificate.Hauptschulabschluss),
                Apprenticeship("Ausbildung Fachverkäufer/in im Lebensmittelhandwerk (Bäckerei)", "62312", 2, SchoolCertificate.Hauptschulabschluss),
            ]),
        new("Bauunternehmung Kaufunger Wald GmbH", "Bauhauptgewerbe (Hoch-, Tief- und Straßenbau)",
            "Industriestraße 5", "34298", "Helsa", "bau-kaufunger-wald.example",
            "Hoch-, Tief- und Straßenbau für öffentliche und private Auftraggeber, rund 90 Beschäftigte.",
            2,
            [new("Ralf Henkel", "Bauleiter"), new("Monika Rudolph", "Personal")],
            [
                Job("Maurer/in", "32122", 2, Full, CefrLevel.A2),
                Job("Bauhelfer/in Hoch- und Tiefbau", "32101", 4, Full, CefrLevel.A2,
                    description: "Baustellen im Landkreis Kassel, Abholung am Betriebshof möglich."),
                Job("Baumaschinenführer/in Bagger und Radlader", "52522", 1, Full, CefrLevel.A2, licence: true),
                Apprenticeship("Ausbildung Straßenbauer/in", "32222", 2, SchoolCertificate.Hauptschulabschluss, CefrLevel.A2),
            ]),
        new("Nordhessen Facility Services GmbH", "Gebäudereinigung und Facility-Services",
            "Mattenbergstraße 40", "34134", "Kassel", "nh-facility.example",
            "Unterhalts-, Glas- und Sonderreinigung für Büros, Schulen und Praxen, rund 400 Beschäftigte.",
            2,
            [new("Tanja Kurt", "Objektleiterin"), new("Oliver Schwarz", "Niederlassungsleiter")],
            [
                Job("Reinigungskraft Unterhaltsreinigung (früh oder abends)", "54101", 6, Part | WorkingTime.Shifts, CefrLevel.A1,
                    description: "Objekte in Kassel, Baunatal und Vellmar; Einsatz wohnortnah nach Absprache."),
                Job("Gebäudereiniger/in Glas- und Sonderreinigung", "54112", 2, Full, CefrLevel.A2, licence: true),
                Job("Objektleiter/in Gebäudereinigung", "54193", 1, Full, CefrLevel.B2, licence: true),
            ]),
        new("Tagungshotel Druselblick GmbH", "Hotellerie und Gastronomie",
            "Im Druseltal 20", "34131", "Kassel", "hotel-druselblick.example",
            "Tagungshotel mit 140 Zimmern, Restaurant und Veranstaltungsbereich.",
            2,
            [new("Philipp Lange", "Hoteldirektor"), new("Sabine Köhler", "Personal und Ausbildung")],
            [
                Job("Koch/Köchin À-la-carte und Bankett", "29302", 2, Shift, CefrLevel.B1),
                Job("Küchenhilfe / Spülkraft", "29301", 2, Care, CefrLevel.A1),
                Job("Servicekraft Restaurant und Bankett", "63301", 3, Care, CefrLevel.B1),
                Job("Mitarbeiter/in Housekeeping", "63221", 3, Part, CefrLevel.A1),
                Apprenticeship("Ausbildung Hotelfachmann/-frau", "63222", 2, SchoolCertificate.MittlererAbschluss),
            ]),
        new("Reinhardswald Kunststofftechnik GmbH", "Kunststoffverarbeitung (Spritzguss)",
            "Carlsdorfer Straße 11", "34369", "Hofgeismar", "reinhardswald-kunststoff.example",
            "Spritzgussteile für Automobil- und Medizintechnik, rund 130 Beschäftigte im Dreischichtbetrieb.",
            2,
            [new("Benjamin Hildebrandt", "Produktionsleiter"), new("Agnieszka Nowak", "Personal")],
            [
                Job("Maschinen- und Anlagenführer/in Spritzguss", "25122", 2, Shift, CefrLevel.A2),
                Job("Produktionshelfer/in Kunststoff (Dreischicht)", "22101", 4, Shift, CefrLevel.A1),
                Apprenticeship("Ausbildung Verfahrensmechaniker/in Kunststoff- und Kautschuktechnik", "22102", 2, SchoolCertificate.Hauptschulabschluss),
            ]),
    ];
}
