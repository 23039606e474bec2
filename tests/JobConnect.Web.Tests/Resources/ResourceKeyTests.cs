using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using JobConnect.Application.Common;
using JobConnect.Application.Features.Invitations;
using JobConnect.Application.Ports;
using JobConnect.Domain.Invitations;
using JobConnect.Domain.Common;
using JobConnect.Domain.Matching;

namespace JobConnect.Web.Tests.Resources;

/// <summary>
/// Every text the UI looks up exists in German and in English: the enum names (one scheme,
/// "Enum.{Type}.{Value}"), the per-value messages, and every message key the Application returns.
/// </summary>
public sealed class ResourceKeyTests
{
    private static readonly ResourceManager Resources = new("JobConnect.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
    private static readonly Assembly[] Inner = [typeof(TargetGroup).Assembly, typeof(UseCaseException).Assembly];

    /// <summary>The texts of one language only (no fallback to German), so a missing English text shows.</summary>
    private static HashSet<string> KeysOf(string culture) =>
        [.. Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    public static TheoryData<string> Languages() => ["de-DE", "en"];

    [Fact]
    public void Both_languages_have_the_same_keys()
    {
        var german = KeysOf("de-DE");
        var english = KeysOf("en");
        Assert.Empty(german.Except(english));
        Assert.Empty(english.Except(german));
    }

    /// <summary>Every enum with any "Enum.{Type}." text has one for each value; every such type is a real enum.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_enum_shown_by_name_has_a_text_for_every_value(string culture)
    {
        var keys = KeysOf(culture);
        var named = keys.Where(k => k.StartsWith("Enum.", StringComparison.Ordinal)).Select(k => k.Split('.')[1]).ToHashSet();
        var enums = Inner.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).ToDictionary(t => t.Name);

        Assert.Empty(named.Except(enums.Keys));
        Assert.Superset(new HashSet<string> { nameof(CefrLevel), nameof(InvitationStatus), nameof(SchoolCertificate),
            nameof(TargetGroup), nameof(WorkingTime), nameof(MatchCriterion), nameof(ExclusionReason) }, named);
        var missing = named.SelectMany(type => Values(enums[type]).Select(value => $"Enum.{type}.{value}")).Where(k => !keys.Contains(k));
        Assert.Empty(missing);
    }

    /// <summary>Enums whose values each have a sentence of their own (with placeholders) rather than a name.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_enum_value_with_a_message_of_its_own_has_one(string culture)
    {
        var keys = KeysOf(culture);
        var missing = Values(typeof(MatchReason)).Select(v => $"Matching.Reason.{v}")
            .Concat(Values(typeof(InviteOutcome)).Select(v => $"Invite.{v}"))
            .Where(k => !keys.Contains(k));
        Assert.Empty(missing);
    }

    /// <summary>The keys the Application layer returns: constants of its *Keys / *Messages classes and of its refusals.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_message_key_the_Application_returns_has_a_text(string culture)
    {
        var keys = KeysOf(culture);
        var returned = typeof(UseCaseException).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Keys", StringComparison.Ordinal) || t.Name.EndsWith("Messages", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Append(new MailServerException("", new IOException()).MessageKey)
            .ToList();

        Assert.True(returned.Count > 50, $"only {returned.Count} keys found");
        Assert.DoesNotContain(returned, k => !keys.Contains(k));
    }

    private static IEnumerable<string> Values(Type type) =>
        Enum.GetValues(type).Cast<Enum>()
            .Where(v => !type.IsDefined(typeof(FlagsAttribute)) || Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0)
            .Select(v => v.ToString());
}
