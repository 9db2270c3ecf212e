namespace ThiDua.Plans.Kpis;

/// <summary>
/// Numbers written in words — <em>số viết bằng chữ</em>: <c>mười lăm</c> → 15, <c>hai mươi mốt</c> → 21, <c>một trăm
/// linh năm</c> → 105, <c>ba nghìn</c> → 3000, <c>hai triệu rưỡi</c> is not read (nothing after a scale word but another
/// number). Digits (0–9), <c>mười</c> (10), <c>mươi</c> (tens), <c>trăm</c>, <c>nghìn</c>/<c>ngàn</c>, <c>triệu</c>,
/// <c>tỷ</c>/<c>tỉ</c>, the fillers <c>linh</c>/<c>lẻ</c>, and the spoken forms <c>mốt</c> (1 after a ten), <c>tư</c>
/// (4), <c>lăm</c>/<c>nhăm</c> (5 after a ten).
/// </summary>
/// <remarks>
/// Words are ambiguous in running text (<c>năm</c> is also "year", <c>ba</c> a name, <c>tư</c> "private"), so this only
/// says where a run of number words stands and what it reads as; whether it is a value is for the caller to decide (a
/// unit must follow, an ordinal <c>lần thứ mười một</c> is none).
/// </remarks>
internal static class VietnameseNumberWords
{
    private static readonly Dictionary<string, int> digits = new(StringComparer.Ordinal)
    {
        ["không"] = 0, ["một"] = 1, ["mốt"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["tư"] = 4, ["năm"] = 5, ["lăm"] = 5,
        ["nhăm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    private static readonly Dictionary<string, long> scales = new(StringComparer.Ordinal)
    {
        ["nghìn"] = 1_000, ["ngàn"] = 1_000, ["triệu"] = 1_000_000, ["tỷ"] = 1_000_000_000, ["tỉ"] = 1_000_000_000,
    };

    /// <summary>True when <paramref name="word"/> (lower case) is a word of a written number.</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) =>
        digitWords.ContainsKey(word) || scaleWords.ContainsKey(word) || word is "mười" or "mươi" or "trăm" or "linh" or "lẻ";

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> digitWords = digits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> scaleWords = scales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The runs of number words in <paramref name="lower"/> (<see cref="KpiText.Lower"/> form), each as a token whose
    /// <see cref="NumberToken.Number"/> holds the value and the words as written; a run that does not read as one number
    /// (<c>mười mười</c>) is left out.
    /// </summary>
    public static IReadOnlyList<NumberToken> FindAll(string text, string lower)
    {
        List<NumberToken>? found = null;
        List<string>? words = null; // the words of the current run, built only when a run starts
        var i = 0;
        while (i < lower.Length)
        {
            if (!KpiText.IsWordChar(lower[i])) { i++; continue; }
            var start = i;
            var end = -1;
            var j = i;
            while (j < lower.Length)
            {
                var wordEnd = j;
                while (wordEnd < lower.Length && KpiText.IsWordChar(lower[wordEnd])) wordEnd++;
                if (wordEnd == j || !IsNumberWord(lower.AsSpan(j, wordEnd - j))) break;
                if (end < 0) (words ??= []).Clear();
                words!.Add(lower[j..wordEnd]);
                end = wordEnd;
                var next = wordEnd;
                while (next < lower.Length && lower[next] == ' ') next++;
                if (next == wordEnd || next >= lower.Length || !KpiText.IsWordChar(lower[next])) { j = wordEnd; break; }
                j = next;
            }
            if (end < 0)
            {
                while (i < lower.Length && KpiText.IsWordChar(lower[i])) i++;
                continue;
            }
            if (Read(words!) is { } value)
                (found ??= []).Add(new NumberToken(start, end - start, new VietnameseNumber(value, text[start..end])) { Words = true });
            i = end;
        }
        return found ?? (IReadOnlyList<NumberToken>)[];
    }

    /// <summary>The value of a run of number words, or null when they do not read as one number.</summary>
    internal static decimal? Read(IReadOnlyList<string> words)
    {
        if (words is ["không"]) return null; // "không còn", "không quá": a negation, not zero
        long total = 0;
        int? hundreds = null, tens = null, units = null;
        var any = false;
        var lastScale = long.MaxValue;
        foreach (var word in words)
        {
            if (scales.TryGetValue(word, out var scale))
            {
                var part = Part(hundreds, tens, units);
                if (part is null || scale >= lastScale) return null;
                total += part.Value * scale;
                (hundreds, tens, units) = (null, null, null);
                lastScale = scale;
                continue;
            }
            any = true;
            switch (word)
            {
                case "trăm":
                    if (hundreds is not null || tens is not null || units is null) return null;
                    (hundreds, units) = (units, null);
                    break;
                case "mười":
                    if (tens is not null || units is not null) return null;
                    tens = 1;
                    break;
                case "mươi":
                    if (tens is not null || units is null or < 2) return null;
                    (tens, units) = (units, null);
                    break;
                case "linh" or "lẻ":
                    if (hundreds is null || tens is not null || units is not null) return null;
                    tens = 0;
                    break;
                default:
                    var digit = digits[word];
                    if (units is not null) return null;
                    if (word is "mốt" or "lăm" or "nhăm" && tens is null or 0) return null;
                    if (word == "tư" && tens is null && hundreds is null) return null; // "tư" alone is "private", not 4
                    units = digit;
                    break;
            }
        }
        if (!any && total == 0) return null;
        var last = Part(hundreds, tens, units) ?? 0;
        return total + last;
    }

    private static long? Part(int? hundreds, int? tens, int? units)
    {
        if (hundreds is null && tens is null && units is null) return null;
        return (hundreds ?? 0) * 100L + (tens ?? 0) * 10L + (units ?? 0);
    }
}
