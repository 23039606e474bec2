namespace JobConnect.Domain.Reference;

public static partial class PostcodeDirectory
{
    private const string Kassel = "Stadt Kassel";
    private const string LkKassel = "Landkreis Kassel";
    private const string WerraMeissner = "Werra-Meißner-Kreis";
    private const string SchwalmEder = "Schwalm-Eder-Kreis";
    private const string LkGoettingen = "Landkreis Göttingen";
    private const string WaldeckFrankenberg = "Landkreis Waldeck-Frankenberg";
    private const string HersfeldRotenburg = "Landkreis Hersfeld-Rotenburg";
    private const string Hoexter = "Kreis Höxter";

    // Centroids are rounded town-centre coordinates, typed in by hand: fine for commuting estimates, not for routing.
    // A method, not a field: static field initializers of partial classes run in no defined file order.
    private static PostcodeArea[] CreateEntries() =>
    [
        new("34117", "Kassel (Mitte)", Kassel, 51.315, 9.495),
        new("34119", "Kassel (Vorderer Westen)", Kassel, 51.318, 9.465),
        new("34121", "Kassel (Süd, Wehlheiden)", Kassel, 51.300, 9.470),
        new("34123", "Kassel (Bettenhausen, Forstfeld, Waldau)", Kassel, 51.300, 9.530),
        new("34125", "Kassel (Wesertor, Wolfsanger, Fasanenhof)", Kassel, 51.330, 9.515),
        new("34127", "Kassel (Nord-Holland, Philippinenhof)", Kassel, 51.332, 9.490),
        new("34128", "Kassel (Harleshausen, Jungfernkopf)", Kassel, 51.345, 9.430),
        new("34130", "Kassel (Kirchditmold, Rothenditmold)", Kassel, 51.325, 9.450),
        new("34131", "Kassel (Bad Wilhelmshöhe)", Kassel, 51.310, 9.420),
        new("34132", "Kassel (Brasselsberg, Nordshausen, Dönche)", Kassel, 51.285, 9.430),
        new("34134", "Kassel (Niederzwehren, Oberzwehren)", Kassel, 51.275, 9.465),

        new("34225", "Baunatal", LkKassel, 51.252, 9.413),
        new("34233", "Fuldatal", LkKassel, 51.355, 9.520),
        new("34246", "Vellmar", LkKassel, 51.356, 9.470),
        new("34253", "Lohfelden", LkKassel, 51.270, 9.533),
        new("34260", "Kaufungen", LkKassel, 51.281, 9.617),
        new("34266", "Niestetal", LkKassel, 51.310, 9.560),
        new("34270", "Schauenburg", LkKassel, 51.280, 9.345),
        new("34277", "Fuldabrück", LkKassel, 51.245, 9.505),
        new("34289", "Zierenberg", LkKassel, 51.369, 9.300),
        new("34292", "Ahnatal", LkKassel, 51.365, 9.400),
        new("34298", "Helsa", LkKassel, 51.260, 9.690),
        new("34308", "Bad Emstal", LkKassel, 51.250, 9.260),
        new("34311", "Naumburg", LkKassel, 51.249, 9.168),
        new("34314", "Espenau", LkKassel, 51.390, 9.470),
        new("34317", "Habichtswald", LkKassel, 51.315, 9.320),
        new("34320", "Söhrewald", LkKassel, 51.220, 9.575),
        new("34329", "Nieste", LkKassel, 51.312, 9.670),
        new("34359", "Reinhardshagen", LkKassel, 51.492, 9.608),
        new("34369", "Hofgeismar", LkKassel, 51.496, 9.385),
        new("34376", "Immenhausen", LkKassel, 51.427, 9.480),
        new("34379", "Calden", LkKassel, 51.408, 9.400),
        new("34385", "Bad Karlshafen", LkKassel, 51.645, 9.450),
        new("34388", "Trendelburg", LkKassel, 51.573, 9.422),
        new("34393", "Grebenstein", LkKassel, 51.447, 9.413),
        new("34396", "Liebenau", LkKassel, 51.498, 9.280),
        new("34399", "Wesertal (Oberweser)", LkKassel, 51.596, 9.565),
        new("37194", "Wesertal (Wahlsburg)", LkKassel, 51.620, 9.560),
        new("34466", "Wolfhagen", LkKassel, 51.327, 9.170),
        new("34479", "Breuna", LkKassel, 51.415, 9.185),

        new("36205", "Sontra", WerraMeissner, 51.065, 9.937),
        new("37213", "Witzenhausen", WerraMeissner, 51.341, 9.857),
        new("37235", "Hessisch Lichtenau", WerraMeissner, 51.199, 9.720),
        new("37242", "Bad Sooden-Allendorf", WerraMeissner, 51.271, 9.970),
        new("37247", "Großalmerode", WerraMeissner, 51.258, 9.784),
        new("37249", "Neu-Eichenberg", WerraMeissner, 51.375, 9.910),
        new("37269", "Eschwege", WerraMeissner, 51.188, 10.053),
        new("37276", "Meinhard", WerraMeissner, 51.210, 10.040),
        new("37281", "Wanfried", WerraMeissner, 51.180, 10.175),
        new("37284", "Waldkappel", WerraMeissner, 51.145, 9.877),
        new("37287", "Wehretal", WerraMeissner, 51.150, 9.990),
        new("37290", "Meißner", WerraMeissner, 51.220, 9.930),
        new("37293", "Herleshausen", WerraMeissner, 51.003, 10.163),
        new("37296", "Ringgau", WerraMeissner, 51.080, 10.080),
        new("37297", "Berkatal", WerraMeissner, 51.232, 9.907),
        new("37299", "Weißenborn", WerraMeissner, 51.120, 10.120),

        new("34212", "Melsungen", SchwalmEder, 51.130, 9.549),
        new("34281", "Gudensberg", SchwalmEder, 51.177, 9.368),
        new("34286", "Spangenberg", SchwalmEder, 51.117, 9.663),
        new("34295", "Edermünde", SchwalmEder, 51.210, 9.420),
        new("34305", "Niedenstein", SchwalmEder, 51.237, 9.310),
        new("34302", "Guxhagen", SchwalmEder, 51.201, 9.476),
        new("34327", "Körle", SchwalmEder, 51.165, 9.515),
        new("34560", "Fritzlar", SchwalmEder, 51.132, 9.276),
        new("34576", "Homberg (Efze)", SchwalmEder, 51.030, 9.404),
        new("34582", "Borken (Hessen)", SchwalmEder, 51.046, 9.284),
        new("34323", "Malsfeld", SchwalmEder, 51.090, 9.540),
        new("34587", "Felsberg", SchwalmEder, 51.137, 9.421),
        new("34590", "Wabern", SchwalmEder, 51.100, 9.350),
        new("34613", "Schwalmstadt", SchwalmEder, 50.935, 9.220),

        new("34346", "Hann. Münden", LkGoettingen, 51.416, 9.650),
        new("34355", "Staufenberg", LkGoettingen, 51.370, 9.620),
        new("37073", "Göttingen (Innenstadt)", LkGoettingen, 51.533, 9.935),
        new("37075", "Göttingen (Ost)", LkGoettingen, 51.545, 9.965),
        new("37079", "Göttingen (Grone)", LkGoettingen, 51.545, 9.890),
        new("37081", "Göttingen (Weststadt)", LkGoettingen, 51.525, 9.905),
        new("37083", "Göttingen (Süd, Geismar)", LkGoettingen, 51.515, 9.955),

        new("34414", "Warburg", Hoexter, 51.490, 9.140),
        new("34454", "Bad Arolsen", WaldeckFrankenberg, 51.380, 9.020),
        new("34471", "Volkmarsen", WaldeckFrankenberg, 51.405, 9.118),
        new("34497", "Korbach", WaldeckFrankenberg, 51.275, 8.873),
        new("34537", "Bad Wildungen", WaldeckFrankenberg, 51.118, 9.125),
        new("36199", "Rotenburg an der Fulda", HersfeldRotenburg, 50.996, 9.727),
        new("36251", "Bad Hersfeld", HersfeldRotenburg, 50.868, 9.707),
    ];
}
