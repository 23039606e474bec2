using SkiaSharp;

namespace JobConnect.Infrastructure.Documents;

public enum TextAlign { Left, Center, Right, Justify }

public enum HorizontalAlign { Left, Center, Right }

/// <summary>Font size in points, weight, colour and line height (a multiple of the size).</summary>
public sealed record TextStyle
{
    public float Size { get; init; } = 10;
    public bool Bold { get; init; }
    public SKColor Color { get; init; } = SKColors.Black;
    public float LineHeight { get; init; } = 1.3f;

    public static TextStyle Body { get; } = new();
    public static TextStyle Strong { get; } = new() { Bold = true };
    public static TextStyle Small { get; } = new() { Size = 8 };

    public static TextStyle Heading(int level) => level switch
    {
        1 => new TextStyle { Size = 16, Bold = true, LineHeight = 1.2f },
        2 => new TextStyle { Size = 13, Bold = true, LineHeight = 1.2f },
        _ => new TextStyle { Size = 11, Bold = true, LineHeight = 1.2f },
    };

    public TextStyle AsBold() => this with { Bold = true };
}

/// <summary>A piece of text in one style; a paragraph is a sequence of spans.</summary>
public sealed record TextSpan(string Text, TextStyle Style)
{
    public TextSpan(string text) : this(text, TextStyle.Body) { }

    public static TextSpan Bold(string text) => new(text, TextStyle.Strong);
}
