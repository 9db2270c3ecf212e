using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// A number written in Vietnamese notation — <em>số viết theo cách Việt Nam</em>: <c>.</c> groups thousands and
/// <c>,</c> marks decimals (TCVN / Nghị định 30/2020/NĐ-CP, Phụ lục I write numbers this way): <c>10.129.300.000</c> →
/// 10129300000, <c>99,6</c> → 99.6, <c>1,06</c> → 1.06, <c>03</c> → 3.
/// </summary>
/// <remarks>
/// Ambiguity rules, in order:
/// <list type="number">
/// <item>no-break spaces (U+00A0, U+202F) between digit groups are thousands separators, like <c>.</c>;</item>
/// <item>when both <c>.</c> and <c>,</c> occur, the one written last is the decimal mark and must occur once; the other
/// groups thousands (<c>1.234,5</c> and <c>1,234.5</c> both → 1234.5);</item>
/// <item>several <c>.</c> → thousands, every group after the first exactly three digits (<c>60.500.000</c>);</item>
/// <item>a single <c>.</c> with exactly three digits after it and at most three before → thousands (<c>5.350</c> →
/// 5350); any other single <c>.</c> is a decimal point typed the English way (<c>1.06</c> → 1.06);</item>
/// <item>several <c>,</c> → thousands typed the English way, groups of three (<c>10,129,300</c>);</item>
/// <item>a single <c>,</c> is the decimal mark (<c>99,6</c>; also <c>5,350</c> → 5.35, as Vietnamese reads it).</item>
/// </list>
/// Anything else (<c>1.2.3</c>, <c>12.34.567</c>, <c>1,,2</c>) is not a number.
/// </remarks>
/// <param name="Value">The value read.</param>
/// <param name="AsWritten">The digits and separators exactly as written (<c>60.500.000</c>, <c>03</c>).</param>
public readonly record struct VietnameseNumber(decimal Value, string AsWritten)
{
    private static readonly Regex token = new(
        @"(?<![\p{L}\p{N}\p{Mn}])\d+(?:[.,\u00A0\u202F]\d+)*(?![\p{N}])",
        RegexOptions.CultureInvariant);

    /// <summary>Reads <paramref name="text"/> (surrounding white space ignored) as one number.</summary>
    /// <returns>False, with <paramref name="number"/> default, when the text is not a number in any accepted notation.</returns>
    public static bool TryParse(string? text, out VietnameseNumber number)
    {
        number = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return false;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '\u00A0' or '\u202F')) return false;
        }

        var hasNbsp = s.Contains('\u00A0') || s.Contains('\u202F');
        var normalized = s.Replace('\u00A0', '.').Replace('\u202F', '.');
        var dots = normalized.Count(c => c == '.');
        var commas = normalized.Count(c => c == ',');

        string integerPart, fractionPart = string.Empty;
        char? groupSeparator = null;
        if (dots > 0 && commas > 0)
        {
            var decimalMark = normalized.LastIndexOf('.') > normalized.LastIndexOf(',') ? '.' : ',';
            if (normalized.Count(c => c == decimalMark) != 1) return false;
            var at = normalized.LastIndexOf(decimalMark);
            integerPart = normalized[..at];
            fractionPart = normalized[(at + 1)..];
            groupSeparator = decimalMark == '.' ? ',' : '.';
            if (hasNbsp && decimalMark == '.') return false;
        }
        else if (dots > 1 || (dots == 1 && hasNbsp))
        {
            integerPart = normalized;
            groupSeparator = '.';
        }
        else if (dots == 1)
        {
            var at = normalized.IndexOf('.');
            var isThousands = normalized.Length - at - 1 == 3 && at <= 3;
            integerPart = isThousands ? normalized : normalized[..at];
            fractionPart = isThousands ? string.Empty : normalized[(at + 1)..];
            groupSeparator = isThousands ? '.' : null;
        }
        else if (commas > 1)
        {
            integerPart = normalized;
            groupSeparator = ',';
        }
        else if (commas == 1)
        {
            var at = normalized.IndexOf(',');
            integerPart = normalized[..at];
            fractionPart = normalized[(at + 1)..];
        }
        else
        {
            integerPart = normalized;
        }

        if (groupSeparator is { } sep && !IsGrouped(integerPart, sep)) return false;
        var digits = groupSeparator is { } g ? integerPart.Replace(g.ToString(), string.Empty, StringComparison.Ordinal) : integerPart;
        var invariant = fractionPart.Length > 0 ? digits + "." + fractionPart : digits;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        number = new VietnameseNumber(value, s);
        return true;
    }

    /// <summary>
    /// Every digit run of <paramref name="text"/> with its separators, in order, whether or not it reads as a number
    /// (<see cref="NumberToken.Number"/> is null for <c>1.2.3</c>). A run glued to the letter before it (<c>m2</c>,
    /// <c>Covid19</c>) is left out; a final <c>.</c> or <c>,</c> (end of sentence) is not part of the run.
    /// </summary>
    public static IReadOnlyList<NumberToken> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text) || !HasDigit(text)) return []; // most lines of a plan hold no number
        var found = new List<NumberToken>();
        foreach (var m in token.EnumerateMatches(text))
        {
            found.Add(new NumberToken(m.Index, m.Length, TryParse(text.Substring(m.Index, m.Length), out var n) ? n : null));
        }
        return found;
    }

    /// <inheritdoc/>
    public override string ToString() => AsWritten;

    /// <summary>True when <paramref name="text"/> holds a decimal digit of any script (what <c>\d</c> matches).</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    private static bool IsGrouped(string integerPart, char separator)
    {
        var groups = integerPart.Split(separator);
        if (groups[0].Length is < 1 or > 3) return false;
        return groups.Skip(1).All(g => g.Length == 3);
    }
}

/// <summary>A digit run found in a text by <see cref="VietnameseNumber.FindAll"/>.</summary>
/// <param name="Start">Index of the first digit (UTF-16 code units).</param>
/// <param name="Length">Length of the run, separators included.</param>
/// <param name="Number">The number read, or null when the run is not valid notation (<c>1.2.3</c>).</param>
public readonly record struct NumberToken(int Start, int Length, VietnameseNumber? Number)
{
    /// <summary>Index just after the run.</summary>
    public int End => Start + Length;

    /// <summary>True for a number written in words (<c>mười lăm</c>, <see cref="VietnameseNumberWords"/>) rather than digits.</summary>
    internal bool Words { get; init; }
}
