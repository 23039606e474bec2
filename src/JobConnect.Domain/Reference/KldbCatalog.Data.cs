namespace JobConnect.Domain.Reference;

public static partial class KldbCatalog
{
    private const string Metall = "Metall und Maschinenbau";
    private const string Fahrzeug = "Fahrzeugtechnik";
    private const string Elektro = "Elektro und Mechatronik";
    private const string Produktion = "Produktion und Technik";
    private const string Lebensmittel = "Lebensmittel";
    private const string Gastro = "Gastronomie und Hotel";
    private const string Bau = "Bau und Ausbau";
    private const string Versorgung = "Gebäude- und Versorgungstechnik";
    private const string It = "IT";
    private const string Logistik = "Logistik und Verkehr";
    private const string Sicherheit = "Sicherheit und Reinigung";
    private const string Handel = "Handel und Verkauf";
    private const string Buero = "Büro und Verwaltung";
    private const string Pflege = "Gesundheit und Pflege";
    private const string Soziales = "Erziehung und Soziales";

    // Typed in from the BA's "Systematisches Verzeichnis KldB 2010 (Fassung 2020)"; each code exists there.
    // Occupations whose Berufsgattung could not be pinned down with confidence are left out on purpose.
    // A method, not a field: static field initializers of partial classes run in no defined file order.
    private static KldbOccupation[] CreateEntries() =>
    [
        new("22101", "Produktionshelfer/in Kunststoff und Kautschuk", Produktion),
        new("22102", "Verfahrensmechaniker/in Kunststoff- und Kautschuktechnik", Produktion),
        new("22212", "Fahrzeuglackierer/in", Fahrzeug),
        new("22301", "Helfer/in Holzverarbeitung", Produktion),
        new("22342", "Tischler/in", Produktion),

        new("24201", "Helfer/in Metallbearbeitung", Metall),
        new("24202", "Fachkraft für Metalltechnik", Metall),
        new("24232", "Zerspanungsmechaniker/in", Metall),
        new("24301", "Helfer/in Oberflächenbehandlung (Metall)", Metall),
        new("24302", "Oberflächenbeschichter/in", Metall),
        new("24411", "Helfer/in Metallbau", Metall),
        new("24412", "Metallbauer/in", Metall),
        new("24422", "Schweißer/in", Metall),
        new("24423", "Schweißfachmann/-frau", Metall),
        new("24512", "Feinwerkmechaniker/in", Metall),
        new("24522", "Werkzeugmechaniker/in", Metall),
        new("25101", "Helfer/in Maschinenbau (Montage, Produktion)", Metall),
        new("25102", "Industriemechaniker/in", Metall),
        new("25103", "Maschinenbautechniker/in", Metall),
        new("25112", "Maschinen- und Gerätezusammensetzer/in", Metall),
        new("25122", "Maschinen- und Anlagenführer/in", Metall),
        new("25131", "Helfer/in Wartung und Instandhaltung", Metall),
        new("25132", "Servicetechniker/in Wartung und Instandhaltung", Metall),
        new("25133", "Instandhaltungstechniker/in", Metall),

        new("25201", "Kfz-Helfer/in (Reifen- und Schnellservice)", Fahrzeug),
        new("25212", "Kfz-Mechatroniker/in", Fahrzeug),
        new("25213", "Kfz-Servicetechniker/in, Kfz-Techniker/in", Fahrzeug),
        new("25222", "Land- und Baumaschinenmechatroniker/in", Fahrzeug),
        new("25252", "Zweiradmechatroniker/in", Fahrzeug),

        new("26112", "Mechatroniker/in", Elektro),
        new("26122", "Elektroniker/in für Automatisierungstechnik", Elektro),
        new("26123", "Techniker/in Automatisierungstechnik", Elektro),
        new("26212", "Elektroniker/in Energie- und Gebäudetechnik", Elektro),
        new("26222", "Elektroniker/in für Maschinen und Antriebstechnik", Elektro),
        new("26242", "Fachkraft regenerative Energietechnik (Photovoltaik)", Elektro),
        new("26252", "Elektroniker/in für Betriebstechnik", Elektro),
        new("26301", "Helfer/in Elektrotechnik", Elektro),
        new("26302", "Elektroniker/in (Elektrotechnik allgemein)", Elektro),
        new("26303", "Elektrotechniker/in (staatlich geprüft)", Elektro),
        new("26304", "Elektroingenieur/in", Elektro),
        new("26312", "IT-System-Elektroniker/in", Elektro),

        new("27212", "Technische/r Produktdesigner/in", Produktion),
        new("27302", "Fachkraft Produktionsplanung und -steuerung", Produktion),
        new("27312", "Qualitätsprüfer/in", Produktion),
        new("27313", "Qualitätstechniker/in", Produktion),

        new("29201", "Produktionshelfer/in Lebensmittel", Lebensmittel),
        new("29222", "Bäcker/in, Konditor/in", Lebensmittel),
        new("29232", "Fleischer/in", Lebensmittel),
        new("29301", "Küchenhilfe", Gastro),
        new("29302", "Koch/Köchin", Gastro),

        new("31103", "Bautechniker/in", Bau),
        new("31104", "Bauingenieur/in", Bau),
        new("32101", "Bauhelfer/in (Hochbau)", Bau),
        new("32102", "Hochbaufacharbeiter/in", Bau),
        new("32112", "Beton- und Stahlbetonbauer/in", Bau),
        new("32122", "Maurer/in", Bau),
        new("32142", "Dachdecker/in", Bau),
        new("32162", "Gerüstbauer/in", Bau),
        new("32193", "Polier/in (Aufsicht Hochbau)", Bau),
        new("32201", "Helfer/in Tiefbau", Bau),
        new("32202", "Tiefbaufacharbeiter/in", Bau),
        new("32222", "Straßenbauer/in", Bau),
        new("33112", "Fliesen-, Platten- und Mosaikleger/in", Bau),
        new("33211", "Helfer/in Maler- und Lackierarbeiten", Bau),
        new("33212", "Maler/in und Lackierer/in", Bau),
        new("33222", "Stuckateur/in", Bau),
        new("33301", "Helfer/in Innenausbau und Trockenbau", Bau),
        new("33302", "Trockenbaumonteur/in", Bau),
        new("33322", "Zimmerer/Zimmerin", Bau),
        new("33342", "Glaser/in", Bau),

        new("34201", "Helfer/in Sanitär, Heizung, Klima", Versorgung),
        new("34202", "Klempner/in", Versorgung),
        new("34212", "Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik", Versorgung),
        new("34213", "Techniker/in Sanitär-, Heizungs- und Klimatechnik", Versorgung),
        new("34301", "Helfer/in Ver- und Entsorgung", Versorgung),
        new("34312", "Fachkraft für Wasserversorgungs- und Abwassertechnik", Versorgung),
        new("34322", "Rohrleitungsbauer/in", Versorgung),
        new("34332", "Fachkraft für Kreislauf- und Abfallwirtschaft", Versorgung),

        new("41312", "Chemikant/in", Produktion),
        new("41322", "Chemielaborant/in", Produktion),

        new("43102", "Fachinformatiker/in Systemintegration, IT-Support", It),
        new("43112", "Kaufmann/-frau für Digitalisierungsmanagement", It),
        new("43232", "Kaufmann/-frau für IT-System-Management", It),
        new("43312", "IT-Netzwerktechniker/in", It),
        new("43343", "IT-Systemadministrator/in", It),
        new("43412", "Fachinformatiker/in Anwendungsentwicklung", It),
        new("43413", "Softwareentwickler/in", It),

        new("51311", "Lagerhelfer/in, Kommissionierer/in", Logistik),
        new("51312", "Fachkraft für Lagerlogistik, Fachlagerist/in", Logistik),
        new("51321", "Zusteller/in (Post und Paket)", Logistik),
        new("51322", "Fachkraft für Kurier-, Express- und Postdienstleistungen", Logistik),
        new("51393", "Lagermeister/in, Schichtleitung Lager", Logistik),
        new("51622", "Kaufmann/-frau für Spedition und Logistikdienstleistung", Logistik),
        new("52112", "Berufskraftfahrer/in Personenverkehr (Taxi, Mietwagen)", Logistik),
        new("52122", "Berufskraftfahrer/in Güterverkehr (Lkw)", Logistik),
        new("52132", "Busfahrer/in", Logistik),
        new("52522", "Baumaschinenführer/in", Bau),
        new("52532", "Kranführer/in", Bau),

        new("53111", "Sicherheitsmitarbeiter/in", Sicherheit),
        new("53112", "Fachkraft für Schutz und Sicherheit", Sicherheit),
        new("54101", "Reinigungskraft", Sicherheit),
        new("54112", "Gebäudereiniger/in", Sicherheit),
        new("54193", "Objektleiter/in Gebäudereinigung", Sicherheit),

        new("61112", "Einkäufer/in", Handel),
        new("61122", "Vertriebsmitarbeiter/in, Außendienst", Handel),
        new("61212", "Kaufmann/-frau im Groß- und Außenhandelsmanagement", Handel),
        new("62101", "Verkaufshilfe, Warenverräumer/in", Handel),
        new("62102", "Verkäufer/in, Kaufmann/-frau im Einzelhandel", Handel),
        new("62112", "Kassierer/in", Handel),
        new("62193", "Abteilungsleiter/in Verkauf", Handel),
        new("62194", "Filialleiter/in, Marktleiter/in", Handel),
        new("62212", "Verkäufer/in Bekleidung, Schuhe, Sport", Handel),
        new("62242", "Verkäufer/in Elektro- und Haushaltswaren", Handel),
        new("62262", "Verkäufer/in Bau- und Gartenmarkt", Handel),
        new("62301", "Verkaufshilfe Lebensmittel", Handel),
        new("62302", "Fachverkäufer/in Lebensmittel", Handel),
        new("62312", "Fachverkäufer/in Lebensmittelhandwerk (Bäckerei, Konditorei)", Handel),
        new("62322", "Fachverkäufer/in Lebensmittelhandwerk (Fleischerei)", Handel),
        new("62412", "Drogist/in", Handel),

        new("63221", "Housekeeping, Zimmerreinigung", Gastro),
        new("63222", "Hotelfachmann/-frau", Gastro),
        new("63301", "Servicehilfe Gastronomie", Gastro),
        new("63302", "Fachmann/-frau für Restaurants und Veranstaltungsgastronomie", Gastro),
        new("63312", "Fachmann/-frau für Systemgastronomie", Gastro),

        new("71302", "Industriekaufmann/-frau", Buero),
        new("71401", "Bürohilfskraft", Buero),
        new("71402", "Kaufmann/-frau für Büromanagement", Buero),
        new("71512", "Personaldienstleistungskaufmann/-frau, Personalsachbearbeiter/in", Buero),
        new("71513", "Personalreferent/in", Buero),
        new("72212", "Buchhalter/in", Buero),
        new("72213", "Bilanzbuchhalter/in", Buero),
        new("72233", "Controller/in", Buero),
        new("72302", "Steuerfachangestellte/r", Buero),
        new("73112", "Rechtsanwaltsfachangestellte/r", Buero),
        new("73202", "Verwaltungsfachangestellte/r", Buero),
        new("73222", "Kaufmann/-frau im Gesundheitswesen", Buero),
        new("92122", "Kaufmann/-frau für Dialogmarketing, Kundenservice", Buero),

        new("81102", "Medizinische/r Fachangestellte/r (MFA)", Pflege),
        new("81112", "Zahnmedizinische/r Fachangestellte/r (ZFA)", Pflege),
        new("81212", "Medizinisch-technische/r Laboratoriumsassistent/in", Pflege),
        new("81301", "Gesundheits- und Krankenpflegehelfer/in", Pflege),
        new("81302", "Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger/in", Pflege),
        new("81313", "Fachkrankenpfleger/in (z. B. Intensiv, Anästhesie)", Pflege),
        new("81332", "Operationstechnische/r Assistent/in (OTA)", Pflege),
        new("81393", "Stationsleitung Pflege", Pflege),
        new("81712", "Physiotherapeut/in", Pflege),
        new("81722", "Ergotherapeut/in", Pflege),
        new("81822", "Pharmazeutisch-technische/r Assistent/in (PTA)", Pflege),
        new("82101", "Altenpflegehelfer/in", Pflege),
        new("82102", "Altenpfleger/in, Pflegefachkraft Altenpflege", Pflege),
        new("82312", "Friseur/in", "Körperpflege"),

        new("83111", "Helfer/in Kinderbetreuung", Soziales),
        new("83112", "Erzieher/in, Kinderpfleger/in", Soziales),
        new("83132", "Heilerziehungspfleger/in", Soziales),
        new("83211", "Hauswirtschaftshelfer/in", Soziales),
        new("83212", "Hauswirtschafter/in", Soziales),
    ];
}
