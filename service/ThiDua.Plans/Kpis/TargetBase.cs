using System.Text.RegularExpressions;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// The time words of a chỉ tiêu clause: what a change is measured against — <em>mốc so sánh</em> (<c>so với năm
/// 2015</c>, <c>so với cùng kỳ</c>, <c>so với giai đoạn 2010 - 2015</c>, <c>bình quân hàng năm</c>) — and the year the
/// target is for (<c>đến năm 2025</c>, <c>năm 2020</c>, <c>giai đoạn 2021 - 2025</c>), never the year of the base.
/// </summary>
internal static partial class TargetBase
{
    /// <summary>What a change is measured against when the text names nothing (plan-schema.md).</summary>
    public const string PreviousYear = "năm trước";

    /// <summary>The base of a yearly rate (<c>tăng bình quân 5%/năm</c>, <c>giảm mỗi năm 1,5%</c>).</summary>
    public const string PerYear = "bình quân/năm";

    [GeneratedRegex(@"\b(?:so(?:\s+với)?|bằng)\s+(?<base>cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+(?:trước|\d{4})|đầu\s+năm|kế\s+hoạch(?:\s+năm\s+\d{4})?|(?:thời\s+kỳ|giai\s+đoạn|nhiệm\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4}|(?:thời\s+kỳ|giai\s+đoạn|nhiệm\s+kỳ)\s+trước|mức\s+[^,;.()]{1,40})", RegexOptions.CultureInvariant)]
    private static partial Regex BasePhrase();

    [GeneratedRegex(@"\b(?:bình\s+quân\s+)?(?:hàng|hằng|mỗi)\s+năm\b|/\s*năm\b|\bbình\s+quân/năm\b", RegexOptions.CultureInvariant)]
    private static partial Regex PerYearPhrase();

    [GeneratedRegex(@"(?<lead>\b(?:so\s+với|so|bằng|từ|của|kế\s+hoạch)\s+)?(?<phrase>(?:(?:đến|vào|trong|tới|hết)\s+)?(?:cuối\s+)?năm\s+(?<year>(?:19|20)\d{2})(?!\s*[-–/]\s*\d))\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearPhrase();

    [GeneratedRegex(@"(?<lead>\b(?:so\s+với|so|bằng)\s+)?(?<phrase>(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?:(?:19|20)\d{2})\s*[-–]\s*(?<year>(?:19|20)\d{2}))", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPhrase();

    /// <summary>
    /// The base named in <c>lower[from..to)</c> (<c>so với năm 2015</c> → <c>năm 2015</c>), with where its words stand;
    /// null when none is named.
    /// </summary>
    public static (string Base, int Start, int End)? Find(string text, string lower, int from, int to)
    {
        if (to <= from) return null;
        var m = BasePhrase().Match(lower, from, to - from);
        if (!m.Success) return null;
        var group = m.Groups["base"];
        return (Squeeze(text.Substring(group.Index, group.Length)), m.Index, m.Index + m.Length);
    }

    /// <summary>True when <c>lower[from..to)</c> says the value is per year (<c>hàng năm</c>, <c>mỗi năm</c>, <c>%/năm</c>).</summary>
    public static bool IsPerYear(string lower, int from, int to) => to > from && PerYearPhrase().IsMatch(lower.AsSpan(from, to - from));

    /// <summary>
    /// The year a target is for, named in <c>lower[from..to)</c>: the last <c>(đến|vào|trong) năm YYYY</c> that is not a
    /// base (<c>so với năm 2015</c>) nor a reference (<c>của năm</c>), else the end of a period (<c>giai đoạn 2021 - 2025</c>);
    /// with the words that say it. Null when none is named.
    /// </summary>
    public static (int Year, string Words)? TargetYear(string text, string lower, int from, int to)
    {
        if (to <= from) return null;
        (int, string)? found = null;
        for (var m = YearPhrase().Match(lower, from, to - from); m.Success; m = m.NextMatch())
        {
            if (m.Groups["lead"].Success) continue;
            var phrase = m.Groups["phrase"];
            found = (int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), Squeeze(text.Substring(phrase.Index, phrase.Length)));
        }
        if (found is not null) return found;
        for (var m = PeriodPhrase().Match(lower, from, to - from); m.Success; m = m.NextMatch())
        {
            if (m.Groups["lead"].Success) continue;
            var phrase = m.Groups["phrase"];
            found = (int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), Squeeze(text.Substring(phrase.Index, phrase.Length)));
        }
        return found;
    }

    private static string Squeeze(string words) => string.Join(' ', words.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
