using System.Text.RegularExpressions;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// Cuts the label of a chỉ tiêu — the indicator as written — out of its clause: without framing verbs that govern it
/// directly (<c>duy trì xã đạt…</c> → <c>Xã đạt…</c>; but <c>Duy trì và nâng cao…</c> and <c>Duy trì, thực hiện
/// tốt…</c> keep theirs, the verb being part of a compound predicate), without time phrases (<c>giai đoạn đến năm
/// 2030</c>, <c>năm 2024</c>), without a group prefix (<c>Về kinh tế:</c>), first letter in upper case.
/// </summary>
internal static class TargetLabel
{
    private const string Punctuation = " \u00A0\t,;:.-–—()“”\"'‘’«»";

    /// <summary>Verbs that frame a numeric target rather than name it, stripped when they govern the label directly.</summary>
    private static readonly string[] framingVerbs =
    [
        "phấn đấu", "tiếp tục", "đảm bảo", "bảo đảm", "duy trì", "giữ vững", "nâng cao", "nâng", "hoàn thành", "cố gắng",
        "trong đó", "riêng", "bao gồm", "cụ thể",
    ];

    /// <summary>Verbs stripped from a qualitative label: only those that say "keep" or "strive" (the comparator).</summary>
    private static readonly string[] qualitativeFramingVerbs = ["phấn đấu", "tiếp tục", "duy trì", "giữ vững", "giữ ổn định"];

    private static readonly Regex leadingTime = new(
        @"^(?:(?:đến|trong|vào|tới)\s+)?(?:cuối\s+|đầu\s+)?năm\s+\d{4}\s*,?\s*|^(?:đến|vào|trong)\s+cuối\s+năm\s*,?\s*",
        RegexOptions.CultureInvariant);

    /// <summary>Words that link a clause to the one before it (<c>Trong đó, xã Vĩnh Ô</c>), never part of a name.</summary>
    private static readonly Regex leadingLink = new(
        @"^(?:trong\s+đó|riêng|cụ\s+thể|đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|theo\s+đó|qua\s+đó)\s*[,:]\s*",
        RegexOptions.CultureInvariant);

    private static readonly Regex trailingTime = new(
        // Alternatives are tried in order at each place; the longer phrases come first.
        @"[\s,]*(?:so\s+(?:với\s+)?(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+(?:trước|\d{4})|đầu\s+năm|kế\s+hoạch|(?:thời\s+kỳ|giai\s+đoạn)\s+\d{4}\s*[-–]\s*\d{4})" +
        @"|(?:giai\s+đoạn|nhiệm\s+kỳ)\s+(?:(?:đến|từ)\s+)?(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?" +
        @"|(?:(?:đến|trong|vào|tới|của)\s+)?(?:cuối\s+|đầu\s+)?năm\s+\d{4}(?:\s*[-–]\s*\d{4})?" +
        @"|\(?\d{4}\s*[-–]\s*\d{4}\)?|(?<=\p{L})\s+(?:19|20)\d{2}" +
        @"|(?:vào|đến|trong)\s+cuối\s+năm)$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft); // anchored at the end: right to left stays linear

    /// <summary>
    /// The label in <c>text[start..end)</c>; <paramref name="cutAfter"/> ≥ 0 ends it at the first comma at or after that
    /// index (the enumeration that follows an indicator is not part of it). Empty when nothing is left.
    /// </summary>
    /// <param name="text">The sentence, NFC.</param>
    /// <param name="lower">Its <see cref="KpiText.Lower"/> form.</param>
    /// <param name="start">First index of the label's clause.</param>
    /// <param name="end">Index after the label's clause.</param>
    /// <param name="qualitative">True for a target without a number: only "keep"/"strive" verbs are stripped.</param>
    /// <param name="cutAfter">Index after which the first comma ends the label, or -1.</param>
    public static string Cut(string text, string lower, int start, int end, bool qualitative, int cutAfter = -1)
    {
        (start, end) = Span(text, lower, start, end, qualitative, cutAfter);
        return start < end ? KpiText.UpperFirst(text[start..end]) : string.Empty;
    }

    /// <summary>Where <see cref="Cut"/>'s label lies in <paramref name="text"/>, as written (first letter not raised); empty span when nothing is left.</summary>
    public static (int Start, int End) Span(string text, string lower, int start, int end, bool qualitative, int cutAfter = -1)
    {
        if (cutAfter >= start && cutAfter < end)
        {
            var comma = text.IndexOf(',', cutAfter, end - cutAfter);
            if (comma >= 0) end = comma;
        }
        (start, end) = Trim(text, start, end);
        if (start >= end) return (start, start);

        var colon = text.LastIndexOf(':', Math.Max(start, end - 1), Math.Max(0, end - start));
        if (colon >= start && colon < end - 1) (start, end) = Trim(text, colon + 1, end);

        for (var changed = true; changed && start < end;)
        {
            changed = false;
            var m = leadingTime.Match(lower[start..end]);
            if (m.Success && m.Length > 0)
            {
                (start, end) = Trim(text, start + m.Length, end);
                changed = true;
            }
            var link = leadingLink.Match(lower[start..end]);
            if (link.Success && link.Length > 0)
            {
                (start, end) = Trim(text, start + link.Length, end);
                changed = true;
            }
            var verb = GoverningVerbAt(lower, start, end, qualitative ? qualitativeFramingVerbs : framingVerbs);
            if (verb > 0)
            {
                (start, end) = Trim(text, start + verb, end);
                changed = true;
            }
        }

        for (var changed = true; changed && start < end;)
        {
            var m = trailingTime.Match(lower[start..end]);
            changed = m.Success && m.Length > 0;
            if (changed) (start, end) = Trim(text, start, start + m.Index);
        }
        return start < end ? (start, end) : (start, start);
    }

    /// <summary>
    /// The length of a framing verb at <paramref name="start"/> that governs what follows directly (no comma, no
    /// <c>và</c> after it) or stands alone, with a following <c>để</c>/<c>cho</c>; 0 when there is none.
    /// </summary>
    private static int GoverningVerbAt(string lower, int start, int end, string[] verbs)
    {
        var rest = lower[start..end];
        foreach (var verb in verbs)
        {
            if (!KpiText.StartsWithWords(rest, verb)) continue;
            if (rest.Length == verb.Length) return verb.Length;
            var after = rest[verb.Length..];
            if (!after.StartsWith(' ')) return 0;
            var next = after.TrimStart();
            if (next.StartsWith("và ", StringComparison.Ordinal) || next.StartsWith(',')) return 0;
            var length = verb.Length + (after.Length - next.Length);
            foreach (var link in new[] { "để ", "cho " })
            {
                if (next.StartsWith(link, StringComparison.Ordinal)) length += link.Length;
            }
            return length;
        }
        return 0;
    }

    /// <summary>The span without punctuation at either end; a closing bracket stays when its opening one is in the span (<c>Tổng vốn đầu tư (5 năm)</c>).</summary>
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && Punctuation.Contains(text[start]) && !(text[start] == '(' && text.IndexOf(')', start, end - start) > start)) start++;
        while (end > start && Punctuation.Contains(text[end - 1]) && !(text[end - 1] == ')' && text.LastIndexOf('(', end - 1, end - start) >= start)) end--;
        return (start, end);
    }
}
