using JobConnect.Domain.Matching.Skills;
using JobConnect.Domain.Reference;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>
/// The skill vocabulary of the demo: what employers ask for per occupation, and what school leavers
/// bring per field. Vacancies and jobseekers draw from the same words so that matching has overlap.
/// </summary>
internal static class DemoSkills
{
    private static readonly string[] General = ["MS Office", "Kundenorientierung", "Englisch im Beruf"];

    private static readonly Dictionary<string, string[]> ByCode = new(StringComparer.Ordinal)
    {
        ["22101"] = ["Maschinenbedienung", "Sichtprüfung", "Verpackung", "Entgraten"],
        ["22102"] = ["Spritzgießen", "Werkzeugwechsel und Rüsten", "Prozessoptimierung", "Qualitätskontrolle"],
        ["24201"] = ["Entgraten", "Maschinenbedienung", "Sichtprüfung", "Bohren und Sägen", "Messschieber"],
        ["24232"] = ["CNC-Fräsen", "CNC-Drehen", "Heidenhain-Steuerung", "Siemens Sinumerik", "Technische Zeichnungen lesen", "Messtechnik"],
        ["24411"] = ["Schleifen und Entgraten", "Zuschnitt", "Schweißen (Grundkenntnisse)", "Materialtransport"],
        ["24412"] = ["MAG-Schweißen", "Blechbearbeitung", "Montage auf Baustellen", "Technische Zeichnungen lesen", "Brennschneiden"],
        ["24422"] = ["MAG-Schweißen", "WIG-Schweißen", "Schweißerprüfung DIN EN ISO 9606", "Edelstahlverarbeitung", "Schweißnahtprüfung"],
        ["25101"] = ["Montage nach Arbeitsanweisung", "Schrauben und Fügen", "Sichtprüfung", "Scannen und Buchen am Terminal"],
        ["25102"] = ["Montage", "Instandhaltung", "Pneumatik und Hydraulik", "Technische Zeichnungen lesen", "Drehen und Fräsen (konventionell)"],
        ["25122"] = ["Anlagenbedienung", "Rüsten von Maschinen", "Qualitätskontrolle", "SPS-Grundkenntnisse", "Störungsbehebung"],
        ["25132"] = ["Instandhaltung", "Störungsbehebung", "Pneumatik und Hydraulik", "Elektrofachkraft für festgelegte Tätigkeiten"],
        ["25201"] = ["Reifenwechsel", "Ölwechsel", "Fahrzeugaufbereitung", "Werkstattorganisation"],
        ["25212"] = ["Fahrzeugdiagnose", "Hochvolt-Qualifikation (Elektrofahrzeuge)", "Inspektion und Wartung", "Bremsen- und Fahrwerkstechnik", "Klimaservice"],
        ["26112"] = ["SPS (Siemens S7, TIA Portal)", "Elektropneumatik", "Fehlersuche an Anlagen", "Montage", "Schaltpläne lesen"],
        ["26122"] = ["SPS (Siemens S7, TIA Portal)", "Schaltpläne lesen", "Fehlersuche an Anlagen", "Robotik", "Elektropneumatik"],
        ["26212"] = ["Elektroinstallation", "Prüfung ortsveränderlicher Geräte (DGUV V3)", "Photovoltaik", "KNX-Gebäudeautomation", "Zählerschrankbau"],
        ["26252"] = ["Schaltanlagen", "Mittelspannung", "SPS (Siemens S7, TIA Portal)", "Instandhaltung", "Messtechnik"],
        ["26301"] = ["Kabelverlegung", "Schlitze und Durchbrüche", "Materialvorbereitung", "Elektro-Grundkenntnisse"],
        ["27312"] = ["Messtechnik", "Koordinatenmessmaschine", "Prüfprotokolle", "Erstmusterprüfung", "Qualitätsmanagement (ISO 9001)"],
        ["29201"] = ["Maschinenbedienung", "Verpackung", "Hygienestandards (HACCP)", "Reinigung nach Plan"],
        ["29222"] = ["Teigherstellung", "Brot und Brötchen", "Feingebäck", "Ofenbedienung", "Hygienestandards (HACCP)"],
        ["29301"] = ["Spülküche", "Gemüsevorbereitung", "Hygienestandards (HACCP)", "Frühstücksbuffet"],
        ["29302"] = ["À-la-carte-Küche", "Bankettküche", "Hygienestandards (HACCP)", "Warenbestellung", "Regionale Küche"],
        ["32101"] = ["Baustelleneinrichtung", "Erdarbeiten", "Materialtransport", "Rüttelplatte und Kleingeräte"],
        ["32122"] = ["Mauerwerksbau", "Betonarbeiten", "Schalungsbau", "Bauzeichnungen lesen", "Putzarbeiten"],
        ["32222"] = ["Pflasterarbeiten", "Asphalteinbau", "Erdarbeiten", "Vermessung (Grundlagen)"],
        ["34212"] = ["Heizungsinstallation", "Sanitärinstallation", "Wärmepumpen", "Kundendienst", "Rohrverbindungstechnik"],
        ["34312"] = ["Rohrnetzbetrieb", "Pumpen- und Anlagentechnik", "Wasserproben", "Rufbereitschaft"],
        ["43102"] = ["Windows-Client-Administration", "Active Directory", "Netzwerktechnik", "Ticketsystem", "Microsoft 365", "Hardware-Installation"],
        ["43343"] = ["Windows Server", "Linux", "Virtualisierung (VMware, Hyper-V)", "Backup und Recovery", "Firewall", "PowerShell"],
        ["43412"] = ["C#/.NET", "Java", "SQL", "Git", "Webentwicklung (HTML, CSS, JavaScript)", "Scrum"],
        ["51311"] = ["Kommissionierung", "Staplerschein", "Handscanner", "Verpackung", "Wareneingangskontrolle"],
        ["51312"] = ["Staplerschein", "SAP (Lagerverwaltung)", "Wareneingang und Warenausgang", "Inventur", "Gefahrgut (Grundlagen)"],
        ["51622"] = ["Disposition", "Transportmanagement-Software", "Frachtabrechnung", "Englisch im Beruf", "Zollabwicklung"],
        ["52122"] = ["Führerschein CE", "Fahrerkarte und Modul 95", "Ladungssicherung", "ADR-Schein", "Ladekran"],
        ["52522"] = ["Bagger", "Radlader", "Erdarbeiten", "Führerschein C"],
        ["54101"] = ["Unterhaltsreinigung", "Sanitärreinigung", "Reinigungsmaschinen", "Hygienestandards"],
        ["54112"] = ["Glasreinigung", "Grundreinigung", "Reinigungsmaschinen", "Desinfektion"],
        ["54193"] = ["Personaleinsatzplanung", "Qualitätskontrollen", "Kundenkontakt", "MS Office"],
        ["62101"] = ["Warenverräumung", "Regalpflege", "MHD-Kontrolle", "Handscanner"],
        ["62102"] = ["Kundenberatung", "Kassieren", "Warenpräsentation", "Warenwirtschaftssystem", "Warenverräumung"],
        ["62112"] = ["Kassieren", "Kassenabrechnung", "Kundenservice", "Leergutannahme"],
        ["62312"] = ["Kundenberatung", "Kassieren", "Snacks belegen", "Hygienestandards (HACCP)", "Kaffeespezialitäten"],
        ["63221"] = ["Zimmerreinigung", "Wäschewechsel", "Minibar-Kontrolle", "Hygienestandards"],
        ["63222"] = ["Rezeption", "Service am Gast", "Hotelsoftware", "Englisch im Beruf"],
        ["63301"] = ["Service am Gast", "Kassensystem", "Bankettservice", "Getränkekunde", "Englisch im Beruf"],
        ["71302"] = ["SAP", "MS Excel", "Auftragsbearbeitung", "Einkauf", "Rechnungswesen"],
        ["71402"] = ["MS Office", "Korrespondenz", "Terminplanung", "Ablage und Dokumentenmanagement", "Telefonzentrale"],
        ["72212"] = ["DATEV", "Kreditorenbuchhaltung", "Debitorenbuchhaltung", "Zahlungsverkehr", "Monatsabschluss", "MS Excel"],
        ["81102"] = ["Patientenempfang", "Terminorganisation", "Blutabnahme", "Praxissoftware", "Abrechnung (EBM, GOÄ)"],
        ["81301"] = ["Grundpflege", "Vitalzeichenkontrolle", "Mobilisation", "Pflegedokumentation"],
        ["81302"] = ["Behandlungspflege", "Pflegedokumentation", "Wundversorgung", "Medikamentenmanagement", "Notfallmanagement"],
        ["81332"] = ["Instrumentieren", "Sterilgutaufbereitung", "Hygiene im OP"],
        ["82101"] = ["Grundpflege", "Mobilisation", "Essen anreichen", "Pflegedokumentation", "Umgang mit Demenz"],
        ["82102"] = ["Behandlungspflege", "Pflegedokumentation", "Expertenstandards", "Umgang mit Demenz", "Wundversorgung", "Medikamentenmanagement"],
        ["83211"] = ["Wäschepflege", "Speisenverteilung", "Hygienestandards (HACCP)", "Reinigung nach Plan"],

        // Occupations jobseekers aim for that no exhibitor offers this year.
        ["53112"] = ["Sachkunde § 34a GewO", "Objektschutz", "Empfangsdienst", "Brandschutzhelfer"],
        ["73202"] = ["Verwaltungsverfahren", "MS Office", "Bürgerservice", "Aktenführung"],
        ["82312"] = ["Haarschnitt", "Färben und Strähnen", "Kundenberatung"],
        ["83112"] = ["Kinderbetreuung", "Elternarbeit", "Sprachförderung", "Dokumentation"],
        ["92122"] = ["Telefonischer Kundenservice", "CRM-Systeme", "Beschwerdemanagement", "Englisch im Beruf"],
        ["61122"] = ["Kundenakquise", "Angebotserstellung", "CRM-Systeme", "Führerschein B"],
        ["22342"] = ["Möbelbau", "Holzbearbeitungsmaschinen", "Montage beim Kunden", "Technische Zeichnungen lesen"],
        ["33212"] = ["Streichen und Tapezieren", "Fassadenarbeiten", "Spachteltechnik", "Gerüstarbeiten"],
        ["51321"] = ["Paketzustellung", "Tourenplanung", "Handscanner", "Führerschein B"],
    };

    private static readonly Dictionary<string, string[]> TraineeByArea = new(StringComparer.Ordinal)
    {
        ["Metall und Maschinenbau"] = ["Technisches Verständnis", "Handwerkliches Geschick", "Mathematik", "Praktikum im Berufsfeld"],
        ["Fahrzeugtechnik"] = ["Technisches Verständnis", "Handwerkliches Geschick", "Interesse an Fahrzeugen", "Praktikum im Berufsfeld"],
        ["Elektro und Mechatronik"] = ["Technisches Verständnis", "Mathematik", "Physik", "Praktikum im Berufsfeld"],
        ["Produktion und Technik"] = ["Technisches Verständnis", "Sorgfalt", "Mathematik", "Praktikum im Berufsfeld"],
        ["Lebensmittel"] = ["Handwerkliches Geschick", "Hygienebewusstsein", "Frühes Aufstehen", "Praktikum im Berufsfeld"],
        ["Gastronomie und Hotel"] = ["Freundliches Auftreten", "Teamfähigkeit", "Englisch", "Praktikum in der Gastronomie"],
        ["Bau und Ausbau"] = ["Handwerkliches Geschick", "Körperliche Belastbarkeit", "Mathematik", "Praktikum im Berufsfeld"],
        ["Gebäude- und Versorgungstechnik"] = ["Technisches Verständnis", "Handwerkliches Geschick", "Physik", "Praktikum im Berufsfeld"],
        ["IT"] = ["Mathematik", "Programmieren (Grundlagen)", "Englisch", "Logisches Denken"],
        ["Logistik und Verkehr"] = ["Organisationstalent", "Mathematik", "Körperliche Belastbarkeit", "Praktikum im Berufsfeld"],
        ["Sicherheit und Reinigung"] = ["Sorgfalt", "Zuverlässigkeit", "Körperliche Belastbarkeit"],
        ["Handel und Verkauf"] = ["Kundenorientierung", "Mathematik", "Freundliches Auftreten", "Praktikum im Einzelhandel"],
        ["Büro und Verwaltung"] = ["MS Office", "Deutsch", "Mathematik", "Organisationstalent"],
        ["Gesundheit und Pflege"] = ["Einfühlungsvermögen", "Biologie", "Praktikum in der Pflege", "Belastbarkeit"],
        ["Erziehung und Soziales"] = ["Einfühlungsvermögen", "Teamfähigkeit", "Praktikum im Berufsfeld"],
    };

    /// <summary>
    /// The skill as an agency system or an employer might write it: usually the term itself, now and then
    /// one of the vocabulary's synonyms (only readable ones, not short codes like "135"), so the demo shows
    /// matching across wordings.
    /// </summary>
    public static string AsWritten(string skill, Random random)
    {
        var synonyms = SkillVocabulary.Shipped.Find(skill)?.Synonyms.Where(s => s.Length >= 6 && !s.Any(char.IsDigit)).ToList() ?? [];
        return synonyms.Count > 0 && DemoText.Chance(random, 0.3) ? DemoText.One(synonyms, random) : skill;
    }

    /// <summary>Skills employers ask for in this occupation; a generic set when the demo has none for it.</summary>
    public static IReadOnlyList<string> ForJob(string kldbCode) =>
        ByCode.TryGetValue(kldbCode, out var skills) ? skills : General;

    /// <summary>What a school leaver interested in this occupation typically brings along.</summary>
    public static IReadOnlyList<string> ForTrainee(string kldbCode)
    {
        var area = KldbCatalog.Find(kldbCode)?.Area;
        return area is not null && TraineeByArea.TryGetValue(area, out var skills) ? skills : ["Teamfähigkeit", "Zuverlässigkeit"];
    }
}
