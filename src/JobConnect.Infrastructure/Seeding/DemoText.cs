using System.Globalization;
using System.Text;

namespace JobConnect.Infrastructure.Seeding;

/// <summary>Small helpers for believable yet harmless contact data and random picks.</summary>
internal static class DemoText
{
    private static readonly string[] MailDomains = ["example.org", "example.com", "example.net"];

    /// <summary>"Özlem Yıldız" becomes "oezlem.yildiz": German transliteration first, then accents dropped.</summary>
    public static string EmailLocalPart(string name)
    {
        var text = name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace("ı", "i", StringComparison.Ordinal)
            .Replace("ł", "l", StringComparison.Ordinal)
            .Replace("đ", "d", StringComparison.Ordinal);

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is ' ' or '-' && builder.Length > 0 && builder[^1] != '.')
            {
                builder.Append('.');
            }
        }
        return builder.ToString().Trim('.');
    }

    /// <summary>A private address on a reserved example domain, so no demo e-mail can ever reach a real person.</summary>
    public static string PrivateEmail(string firstName, string lastName, Random random)
    {
        var local = EmailLocalPart($"{firstName} {lastName}");
        var suffix = random.Next(4) == 0 ? random.Next(70, 100).ToString(CultureInfo.InvariantCulture) : "";
        return $"{local}{suffix}@{MailDomains[random.Next(MailDomains.Length)]}";
    }

    /// <summary>
    /// A phone number with the place's area code whose subscriber part starts with 0. German subscriber
    /// numbers never start with 0, so the number looks familiar but cannot ring anyone.
    /// </summary>
    public static string Phone(string postcode, Random random)
    {
        var areaCode = postcode[..2] switch
        {
            "37" when postcode.StartsWith("370", StringComparison.Ordinal) => "0551",
            "37" => "05651",
            "36" => "06621",
            _ => "0561",
        };
        var digits = areaCode.Length == 4 ? 6 : 5;
        return $"{areaCode} 0{random.Next((int)Math.Pow(10, digits - 2), (int)Math.Pow(10, digits - 1))}";
    }

    /// <summary>Up to <paramref name="count"/> distinct items in random order (partial Fisher–Yates).</summary>
    public static List<T> Pick<T>(IReadOnlyList<T> items, int count, Random random)
    {
        var copy = items.ToList();
        var take = Math.Clamp(count, 0, copy.Count);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, copy.Count);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy.GetRange(0, take);
    }

    /// <summary>One item by integer weights.</summary>
    public static T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items, Random random)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }
            roll -= weight;
        }
        return items[^1].Item;
    }

    public static T One<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    public static bool Chance(Random random, double probability) => random.NextDouble() < probability;
}
