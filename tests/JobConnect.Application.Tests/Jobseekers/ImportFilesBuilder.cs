using System.Text;

namespace JobConnect.Application.Tests.Jobseekers;

/// <summary>Builds import files the way German Excel and other tools write them.</summary>
public static class ImportFilesBuilder
{
    public const string Header = "Kundennummer;Anrede;Vorname;Nachname;PLZ;Ort;Geburtsdatum;Zielgruppe;Zielberufe (KldB);Kenntnisse;Deutschniveau;Führerschein;Einwilligung Profil";

    static ImportFilesBuilder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Row(string reference, string lastName = "Muster", string postcode = "34117", string birth = "24.12.1990",
        string group = "Erwachsene", string kldb = "24232", string firstName = "Alex") =>
        $"{reference};Frau;{firstName};{lastName};{postcode};Kassel;{birth};{group};{kldb};CNC-Fräsen;B2;ja;ja";

    public static byte[] Utf8(string text, bool bom) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static byte[] Windows1252(string text) => Encoding.GetEncoding(1252).GetBytes(text);

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}
