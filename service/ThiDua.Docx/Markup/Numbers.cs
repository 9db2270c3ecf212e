using System.Globalization;
using DocumentFormat.OpenXml;

namespace ThiDua.Docx.Markup;

/// <summary>
/// Reads numeric attributes from the text as written, never through the SDK's typed <c>.Value</c>, which throws
/// <see cref="FormatException"/> or <see cref="OverflowException"/> on what other writers put there (<c>2.0</c>, a
/// content-control id above 2³¹, a universal measure such as <c>21cm</c>). A value that cannot be read is null: the
/// caller falls back to Word's default, as Word does.
/// </summary>
public static class Numbers
{
    private const double TwipsPerPoint = 20;

    /// <summary>The integer <paramref name="value"/> holds (a whole decimal such as <c>2.0</c> included); null when it holds none or it is out of range.</summary>
    public static int? Int(OpenXmlSimpleType? value) => Int(value?.InnerText);

    /// <summary>The integer <paramref name="text"/> holds (a whole decimal such as <c>2.0</c> included); null when none or out of range.</summary>
    public static int? Int(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)) return i;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && Math.Abs(d) <= int.MaxValue
            ? (int)Math.Round(d)
            : null;
    }

    /// <summary>
    /// A length in twips (1/20 pt) from a <c>ST_TwipsMeasure</c>/<c>ST_SignedTwipsMeasure</c> attribute: a number of twips,
    /// or a universal measure (<c>mm</c>, <c>cm</c>, <c>in</c>, <c>pt</c>, <c>pc</c>, <c>pi</c>; ECMA-376 Part 1 §22.9.2.15).
    /// Null when unreadable.
    /// </summary>
    public static int? Twips(OpenXmlSimpleType? value) => Twips(value?.InnerText);

    /// <inheritdoc cref="Twips(OpenXmlSimpleType?)"/>
    public static int? Twips(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length > 2 && char.IsAsciiLetter(t[^1]) && char.IsAsciiLetter(t[^2]))
        {
            var points = t[^2..].ToLowerInvariant() switch
            {
                "mm" => 72 / 25.4,
                "cm" => 72 / 2.54,
                "in" => 72.0,
                "pt" => 1.0,
                "pc" or "pi" => 12.0,
                _ => double.NaN,
            };
            if (double.IsNaN(points) || !double.TryParse(t[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return null;
            var twips = n * points * TwipsPerPoint;
            return double.IsFinite(twips) && Math.Abs(twips) <= int.MaxValue ? (int)Math.Round(twips) : null;
        }
        return Int(t);
    }

    /// <summary>
    /// A font size in half-points from a <c>ST_HpsMeasure</c> attribute (<c>w:sz/@w:val</c>): a number of half-points, or a
    /// universal measure (<c>12pt</c> = 24). Null when unreadable.
    /// </summary>
    public static int? HalfPoints(OpenXmlSimpleType? value)
    {
        var text = value?.InnerText;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return char.IsAsciiLetter(t[^1]) ? Twips(t) is { } twips ? (int)Math.Round(twips / 10.0) : null : Int(t);
    }
}
