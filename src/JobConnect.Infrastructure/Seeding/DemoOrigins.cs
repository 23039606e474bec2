using JobConnect.Domain.Common;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>
/// Name and language pools for the demo caseload, grouped by family background so that first name,
/// last name, nationality and languages of one person fit together. Background is never scored;
/// it only keeps the demo believable for caseworkers from North Hesse.
/// </summary>
internal sealed record DemoOrigin(
    string Key,
    string[] FemaleNames,
    string[] MaleNames,
    string[] LastNames,
    string[] Nationalities,
    string[] Languages,
    CefrLevel[] AdultGerman,
    CefrLevel[] YouthGerman,
    bool RecentArrival)
{
    /// <summary>Slavic surnames change with gender (Kowalski/Kowalska, Petrov/Petrova).</summary>
    public string LastNameFor(string lastName, bool female)
    {
        if (!female)
        {
            return lastName;
        }

        if (lastName.EndsWith("ski", StringComparison.Ordinal) || lastName.EndsWith("cki", StringComparison.Ordinal))
        {
            return lastName[..^1] + "a";
        }

        return Key == "bg" && (lastName.EndsWith("ov", StringComparison.Ordinal) || lastName.EndsWith("ev", StringComparison.Ordinal))
            ? lastName + "a"
            : lastName;
    }
}

internal static class DemoOrigins
{
    private static readonly CefrLevel[] Native = [CefrLevel.C2];
    private static readonly CefrLevel[] NativeOrNear = [CefrLevel.C1, CefrLevel.C2, CefrLevel.C2, CefrLevel.C2];

    public static readonly DemoOrigin German = new(
        "de",
        ["Anna", "Julia", "Lena", "Laura", "Sarah", "Katharina", "Sabine", "Petra", "Claudia", "Andrea", "Stefanie", "Nicole",
         "Melanie", "Sandra", "Jessica", "Jennifer", "Christina", "Kerstin", "Birgit", "Monika", "Tanja", "Daniela", "Nadine",
         "Janina", "Michelle", "Vanessa", "Lisa", "Marie", "Sophie", "Lea", "Jana", "Carina", "Heike", "Silke", "Anja", "Yvonne",
         "Emily", "Hannah", "Mia", "Leonie", "Celine", "Chantal"],
        ["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Jürgen", "Dirk", "Sven", "Tobias", "Daniel",
         "Jan", "Patrick", "Kevin", "Dennis", "Marcel", "Florian", "Lukas", "Niklas", "Jonas", "Tim", "Maximilian", "Philipp",
         "Sebastian", "Matthias", "Uwe", "Ralf", "Holger", "Oliver", "Benjamin", "Felix", "Leon", "Finn", "Justin", "Luca"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
         "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange",
         "Werner", "Krause", "Lehmann", "Köhler", "Herrmann", "König", "Fuchs", "Schäfer", "Siebert", "Wiegand", "Ruppert",
         "Vaupel", "Fehr", "Dippel", "Heinemann", "Wettlaufer", "Bierwirth", "Stück", "Kördel", "Sinning", "Gonnermann",
         "Hupfeld", "Umbach", "Döring", "Apel", "Brandau", "Landgrebe", "Nolte", "Pfeiffer", "Henkel", "Rudolph", "Gerlach"],
        ["deutsch"],
        ["Englisch", "Englisch", "Englisch", "Französisch"],
        Native, Native, RecentArrival: false);

    public static readonly DemoOrigin Turkish = new(
        "tr",
        ["Ayşe", "Elif", "Fatma", "Zeynep", "Emine", "Hatice", "Merve", "Esra", "Büşra", "Derya", "Selin", "Sibel", "Özlem", "Gül", "Melek"],
        ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "Murat", "Emre", "Burak", "Kemal", "Serkan", "Yusuf", "Cem", "Okan", "Tolga"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
         "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Polat"],
        ["deutsch", "deutsch", "deutsch", "türkisch", "türkisch"],
        ["Türkisch", "Englisch"],
        NativeOrNear, NativeOrNear, RecentArrival: false);

    public static readonly DemoOrigin RussianGerman = new(
        "ru-de",
        ["Olga", "Natalia", "Elena", "Swetlana", "Irina", "Tatjana", "Ljudmila", "Jelena", "Viktoria", "Anastasia"],
        ["Alexander", "Sergej", "Andrej", "Viktor", "Dmitri", "Wladimir", "Eugen", "Waldemar", "Artur", "Maxim"],
        ["Friesen", "Janzen", "Penner", "Wiebe", "Klassen", "Neufeld", "Dick", "Reimer", "Harder", "Enns", "Schmidt", "Becker"],
        ["deutsch"],
        ["Russisch", "Englisch"],
        NativeOrNear, Native, RecentArrival: false);

    public static readonly DemoOrigin Arabic = new(
        "ar",
        ["Fatima", "Aya", "Rania", "Hiba", "Noor", "Lina", "Amira", "Rasha", "Samira", "Yasmin", "Dima", "Hala", "Reem", "Mariam"],
        ["Mohammed", "Ahmad", "Omar", "Khaled", "Mahmoud", "Hussein", "Yousef", "Ibrahim", "Samer", "Bilal", "Tarek", "Rami", "Hamza", "Abdullah"],
        ["Al-Hassan", "Khalil", "Haddad", "Ibrahim", "Al-Ahmad", "Mansour", "Saleh", "Darwish", "Hamoud", "Al-Khatib", "Nasser",
         "Aziz", "Othman", "Suleiman", "Kassem", "Jaber", "Hamdan"],
        ["syrisch", "syrisch", "syrisch", "irakisch", "deutsch"],
        ["Arabisch", "Kurdisch", "Englisch"],
        [CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2, CefrLevel.B2, CefrLevel.C1],
        [CefrLevel.B1, CefrLevel.B2, CefrLevel.B2, CefrLevel.C1],
        RecentArrival: true);

    public static readonly DemoOrigin Afghan = new(
        "af",
        ["Mariam", "Zahra", "Sakina", "Nazanin", "Shabnam", "Parwana", "Mursal", "Freshta", "Mahbooba"],
        ["Ahmad", "Mohammad", "Reza", "Hamid", "Farid", "Jawad", "Mustafa", "Sayed", "Rahim", "Naweed", "Elias"],
        ["Ahmadi", "Rahimi", "Hashimi", "Karimi", "Hosseini", "Sultani", "Amiri", "Noori", "Stanikzai", "Popal", "Wardak", "Haidari"],
        ["afghanisch"],
        ["Dari", "Paschtu", "Englisch"],
        [CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2],
        [CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2],
        RecentArrival: true);

    public static readonly DemoOrigin Eritrean = new(
        "er",
        ["Helen", "Senait", "Selam", "Mebrat", "Ruta", "Saba", "Winta", "Lidia"],
        ["Yonas", "Dawit", "Tesfay", "Filmon", "Samuel", "Merhawi", "Robel", "Kidane", "Mehari"],
        ["Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Berhane", "Ghebreyesus", "Weldemichael", "Abraha", "Habte"],
        ["eritreisch"],
        ["Tigrinya", "Englisch", "Arabisch"],
        [CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B1],
        [CefrLevel.A2, CefrLevel.B1, CefrLevel.B2],
        RecentArrival: true);

    public static readonly DemoOrigin Ukrainian = new(
        "ua",
        ["Olena", "Iryna", "Oksana", "Tetiana", "Natalia", "Yulia", "Anastasiia", "Kateryna", "Svitlana", "Daria", "Viktoriia"],
        ["Oleksandr", "Serhii", "Andrii", "Dmytro", "Mykola", "Volodymyr", "Yurii", "Bohdan", "Maksym", "Vitalii"],
        ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Kovalchuk", "Oliinyk",
         "Lysenko", "Marchenko", "Savchenko"],
        ["ukrainisch"],
        ["Ukrainisch", "Russisch", "Englisch"],
        [CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2],
        [CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2],
        RecentArrival: true);

    public static readonly DemoOrigin Polish = new(
        "pl",
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Monika", "Ewa", "Aleksandra"],
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Łukasz", "Michał", "Grzegorz", "Jakub"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak"],
        ["polnisch", "polnisch", "deutsch"],
        ["Polnisch", "Englisch"],
        [CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1],
        [CefrLevel.B2, CefrLevel.C1, CefrLevel.C2],
        RecentArrival: false);

    public static readonly DemoOrigin Bulgarian = new(
        "bg",
        ["Desislava", "Ivelina", "Petya", "Maria", "Elena", "Gergana", "Radka"],
        ["Georgi", "Dimitar", "Ivan", "Nikolay", "Stoyan", "Plamen", "Hristo"],
        ["Georgiev", "Dimitrov", "Petrov", "Ivanov", "Nikolov", "Stoyanov", "Todorov"],
        ["bulgarisch"],
        ["Bulgarisch", "Türkisch"],
        [CefrLevel.A1, CefrLevel.A2, CefrLevel.A2, CefrLevel.B1],
        [CefrLevel.A2, CefrLevel.B1, CefrLevel.B2],
        RecentArrival: false);

    public static readonly DemoOrigin Romanian = new(
        "ro",
        ["Ioana", "Andreea", "Mihaela", "Gabriela", "Elena", "Alina", "Cristina"],
        ["Ion", "Andrei", "Mihai", "Florin", "Constantin", "Ionuț", "Adrian", "Marius"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Munteanu", "Constantin", "Moldovan"],
        ["rumänisch"],
        ["Rumänisch", "Englisch", "Italienisch"],
        [CefrLevel.A2, CefrLevel.A2, CefrLevel.B1, CefrLevel.B1, CefrLevel.B2],
        [CefrLevel.B1, CefrLevel.B2, CefrLevel.C1],
        RecentArrival: false);

    public static readonly DemoOrigin Balkan = new(
        "balkan",
        ["Arta", "Blerta", "Edona", "Vjosa", "Amra", "Lejla", "Jasmina", "Mirela"],
        ["Arben", "Besnik", "Driton", "Fatmir", "Adnan", "Emir", "Dragan", "Nenad"],
        ["Krasniqi", "Gashi", "Berisha", "Morina", "Hodžić", "Begić", "Jovanović", "Petrović"],
        ["kosovarisch", "deutsch", "bosnisch-herzegowinisch", "serbisch"],
        ["Albanisch", "Bosnisch", "Englisch"],
        [CefrLevel.B1, CefrLevel.B2, CefrLevel.C1, CefrLevel.C2],
        NativeOrNear,
        RecentArrival: false);

    public static readonly DemoOrigin Italian = new(
        "it",
        ["Giulia", "Francesca", "Chiara", "Sofia", "Alessia"],
        ["Giuseppe", "Marco", "Luca", "Antonio", "Salvatore", "Davide"],
        ["Russo", "Esposito", "Romano", "Bianchi", "Ferrara", "Greco", "Lombardi"],
        ["italienisch", "deutsch"],
        ["Italienisch", "Englisch"],
        NativeOrNear, Native, RecentArrival: false);

    /// <summary>Backgrounds of adults with weights, roughly like a North-Hessian caseload.</summary>
    public static readonly (DemoOrigin Origin, int Weight)[] Adults =
    [
        (German, 46), (Turkish, 10), (RussianGerman, 6), (Arabic, 10), (Afghan, 5), (Eritrean, 3),
        (Ukrainian, 8), (Polish, 4), (Bulgarian, 2), (Romanian, 3), (Balkan, 3), (Italian, 1),
    ];

    /// <summary>Backgrounds of school leavers with weights.</summary>
    public static readonly (DemoOrigin Origin, int Weight)[] SchoolLeavers =
    [
        (German, 54), (Turkish, 14), (RussianGerman, 4), (Arabic, 10), (Afghan, 5), (Eritrean, 1),
        (Ukrainian, 5), (Polish, 2), (Bulgarian, 1), (Romanian, 1), (Balkan, 3),
    ];
}
