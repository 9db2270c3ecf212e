using System.Text.RegularExpressions;

namespace ThiDua.Plans.Standard;

/// <summary>
/// Roman numerals of the mục level (<c>I.</c>, <c>II.</c>, <c>III.</c>; Phụ lục I, Mục II.6đ): writing them, reading a
/// label's value, and reading the heading a section is inserted after.
/// </summary>
public static partial class RomanNumeral
{
    private static readonly (int Value, string Digits)[] Table =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    [GeneratedRegex(@"^\s*(?<roman>[IVXLCDM]+)\s*[.)]?(\s|$)|^\s*(?<arabic>\d{1,3})\s*[.)]?(\s|$)")]
    private static partial Regex Label();

    /// <summary>The numeral for 1–3999 (<c>3</c> → <c>III</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1–3999.</exception>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);
        var digits = new System.Text.StringBuilder();
        foreach (var (v, d) in Table)
            while (value >= v) { digits.Append(d); value -= v; }
        return digits.ToString();
    }

    /// <summary>The value of a numeral written exactly as <see cref="Format"/> writes it (<c>XIV</c> → 14), or 0 when malformed (<c>IIII</c>, <c>VX</c>).</summary>
    public static int Value(string roman)
    {
        var total = 0;
        var i = 0;
        foreach (var (v, d) in Table)
            while (roman.AsSpan(i).StartsWith(d)) { total += v; i += d.Length; }
        return i == roman.Length && total is >= 1 and <= 3999 && Format(total) == roman ? total : 0;
    }

    /// <summary>
    /// The value of a mục label or of a whole heading that starts with one: <c>II</c>, <c>II.</c>,
    /// <c>II. NỘI DUNG THI ĐUA</c> → 2; an Arabic number (<c>2</c>) is read as such. Null when the text starts with neither.
    /// </summary>
    public static int? Parse(string heading)
    {
        var m = Label().Match(heading.ToUpperInvariant());
        if (!m.Success) return null;
        if (m.Groups["arabic"].Success) return int.Parse(m.Groups["arabic"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return Value(m.Groups["roman"].Value) is > 0 and var value ? value : null;
    }
}
