using System.Globalization;
using System.Text;

namespace ThiDua.Docx.Numbering;

/// <summary>Formats a counter value in a numbering format (<c>w:numFmt/@w:val</c>, ECMA-376 §17.18.59).</summary>
public static class NumberFormatter
{
    /// <summary>
    /// Renders <paramref name="value"/> as Word does for <paramref name="numFmt"/>: <c>decimal</c> 3, <c>decimalZero</c> 03,
    /// <c>upperRoman</c> III, <c>lowerRoman</c> iii, <c>upperLetter</c> C (then AA, BB…), <c>lowerLetter</c> c, <c>ordinal</c> 3rd,
    /// <c>none</c> empty. Unknown formats fall back to decimal.
    /// </summary>
    public static string Format(int value, string numFmt) => numFmt switch
    {
        "none" => "",
        "bullet" => "",
        "decimalZero" => value < 10 && value >= 0 ? "0" + value : value.ToString(CultureInfo.InvariantCulture),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letter(value),
        "lowerLetter" => Letter(value).ToLowerInvariant(),
        "ordinal" => value + OrdinalSuffix(value),
        "decimalEnclosedParen" => $"({value})",
        "decimalEnclosedFullstop" => value + ".",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Roman numerals for 1–3999 (<c>IV</c>, <c>XIV</c>); other values as decimals.</summary>
    public static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (value >= values[i]) { sb.Append(symbols[i]); value -= values[i]; }
        return sb.ToString();
    }

    /// <summary>Word's letter numbering: A…Z, then AA…ZZ, AAA… (the letter repeated, not base 26).</summary>
    public static string Letter(int value)
    {
        if (value <= 0) return value.ToString(CultureInfo.InvariantCulture);
        var letter = (char)('A' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string OrdinalSuffix(int v) => (v % 100) is 11 or 12 or 13 ? "th" : (v % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
