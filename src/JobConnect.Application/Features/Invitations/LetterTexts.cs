using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using JobConnect.Domain.Jobseekers;

namespace JobConnect.Application.Features.Invitations;

/// <summary>
/// The wording of the letters, slips and e-mails in one language, read from <c>Features/Invitations/Texts/&lt;code&gt;.json</c>
/// (one file per language, so a translator reviews one file). Placeholders are written <c>{name}</c>.
/// The standard German wording is not here: it stays in the German letter, slips and e-mails, unchanged.
/// Here in Application, not with the PDFs, because the e-mails are written here too.
/// </summary>
public sealed class LetterTexts
{
    private static readonly ConcurrentDictionary<string, LetterTexts> s_loaded = new();

    private readonly Dictionary<string, string> _texts;
    private readonly string[] _weekdays;
    private readonly string[] _months;

    private LetterTexts(string code, JsonElement root)
    {
        Code = code;
        _texts = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);
        _weekdays = [.. root.GetProperty("weekdays").EnumerateArray().Select(e => e.GetString()!)];
        _months = [.. root.GetProperty("months").EnumerateArray().Select(e => e.GetString()!)];
    }

    /// <summary>The text keys of the file, for the test that every language has them all.</summary>
    internal IReadOnlyCollection<string> Keys => _texts.Keys;

    /// <summary>The file's name: "de-leicht", "en", "ar", "tr", "uk", "ru".</summary>
    public string Code { get; }

    /// <summary>The language tag the PDF declares (BCP 47).</summary>
    public string Language => this["language"];

    public bool RightToLeft => this["direction"] == "rtl";

    /// <summary>
    /// "in the morning", "in the afternoon" or "in the evening" for a phase starting then: the phase's own name is
    /// free German text the organizer chose, which a translated letter cannot carry over.
    /// </summary>
    public string PartOfDay(TimeOnly phaseStart) =>
        this[phaseStart.Hour < 12 ? "phase.morning" : phaseStart.Hour < 17 ? "phase.afternoon" : "phase.evening"];

    /// <summary>All variants there are files for, for tests and the review list in docs/accessibility.md.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["de-leicht", "en", "ar", "tr", "uk", "ru"];

    /// <summary>The texts for a person, or null for the standard German letter.</summary>
    public static LetterTexts? For(LetterLanguage language, bool easyLanguage) => language switch
    {
        LetterLanguage.German => easyLanguage ? Load("de-leicht") : null,
        LetterLanguage.English => Load("en"),
        LetterLanguage.Arabic => Load("ar"),
        LetterLanguage.Turkish => Load("tr"),
        LetterLanguage.Ukrainian => Load("uk"),
        LetterLanguage.Russian => Load("ru"),
        _ => null,
    };

    public static LetterTexts Load(string code) => s_loaded.GetOrAdd(code, c =>
    {
        var name = $"JobConnect.Letters.{c}.json";
        using var stream = typeof(LetterTexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Letter texts {name} are missing.");
        using var json = JsonDocument.Parse(stream);
        return new LetterTexts(c, json.RootElement.Clone());
    });

    public string this[string key] => _texts.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"Letter text '{key}' is missing in {Code}.json.");

    /// <summary>The text with its placeholders filled in.</summary>
    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>"Guten Tag Frau Apel," / "Dear Ms Apel,": every variant speaks formally, school leavers included (one register per file).</summary>
    public string Salutation(LetterRecipient recipient) => Format(recipient.Salutation switch
    {
        Domain.Jobseekers.Salutation.Frau => "salutation.female",
        Domain.Jobseekers.Salutation.Herr => "salutation.male",
        _ => "salutation.none",
    }, ("first", recipient.FirstName), ("last", recipient.LastName));

    /// <summary>Written out with the weekday, e.g. "Dienstag, 12. Mai 2026"; names from the file, not from the server's culture data.</summary>
    public string Date(DateOnly date) => Format("date",
        ("weekday", _weekdays[(int)date.DayOfWeek]),
        ("day", date.Day.ToString(CultureInfo.InvariantCulture)),
        ("month", _months[date.Month - 1]),
        ("year", date.Year.ToString(CultureInfo.InvariantCulture)));

    /// <summary>"9 Uhr 30" in Leichte Sprache, "9:30" elsewhere; a full hour is said as such ("9 Uhr").</summary>
    public string Time(TimeOnly time) => Format(time.Minute == 0 ? "time.fullHour" : "time",
        ("h", time.Hour.ToString(CultureInfo.InvariantCulture)),
        ("hh", time.Hour.ToString("00", CultureInfo.InvariantCulture)),
        ("mm", time.Minute.ToString("00", CultureInfo.InvariantCulture)));
}
