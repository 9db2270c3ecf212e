namespace ThiDua.Plans.Kpis;

/// <summary>One clause of a chỉ tiêu sentence, holding at most one target value.</summary>
/// <param name="Start">First index in the sentence.</param>
/// <param name="End">Index after the clause.</param>
/// <param name="Segment">Index of the segment (part between <c>;</c> or sentence ends) the clause belongs to.</param>
/// <param name="Value">The target value, or null for a clause without a number.</param>
/// <param name="Bracketed">True for a clause inside round brackets (<c>(0,7 lần)</c>, <c>(trong đó: đàn heo: 1.220 con</c>).</param>
internal sealed record TargetClause(int Start, int End, int Segment, TargetValue? Value, bool Bracketed = false);

/// <summary>
/// Splits a chỉ tiêu sentence into clauses that hold one target each: always at <c>;</c> and at sentence ends; between
/// two values at the first comma after the first value (else the first <c>và</c>): <c>Hoàn thành 100% diện tích…
/// Chiêm Xuân, 80% diện tích lúa vụ Mùa</c>; before a comma or <c>và</c> that opens a new predicate (<c>…, duy
/// trì 03 trường đạt chuẩn…, duy trì xã đạt…</c>); and around round brackets that hold a value, which are clauses of
/// their own (a breakdown <c>(trong đó: đàn heo: 1.220 con; …)</c> or a restatement <c>(0,7 lần)</c>).
/// </summary>
internal static class TargetClauses
{
    /// <summary>Verbs that open a new target when a comma or <c>và</c> comes before them.</summary>
    private static readonly string[] clauseVerbs =
        ["duy trì", "giữ vững", "giữ ổn định", "phấn đấu", "hoàn thành", "đảm bảo", "bảo đảm", "tiếp tục"];

    /// <summary>The comparator phrases and the clause verbs, longest first (in list order among equals): what a part made only of verbs holds.</summary>
    private static readonly string[] verbPhrasesLongestFirst =
        KpiComparator.Phrases.Select(p => p.Text).Concat(clauseVerbs).OrderByDescending(p => p.Length).ToArray();

    /// <summary>The clauses of <paramref name="text"/> (a sentence without its list label), in order.</summary>
    /// <param name="text">The sentence, NFC.</param>
    /// <param name="lower">Its <see cref="KpiText.Lower"/> form.</param>
    /// <param name="numbers">The digit runs of <paramref name="text"/> (<see cref="VietnameseNumber.FindAll"/>).</param>
    public static List<TargetClause> Split(string text, string lower, IReadOnlyList<NumberToken> numbers)
    {
        var clauses = new List<TargetClause>();
        var segment = 0;
        foreach (var (start, end) in Segments(text))
        {
            var values = TargetValue.Find(text, lower, start, end, numbers);
            var cuts = new SortedDictionary<int, int>(); // separator index → separator length
            var brackets = Brackets(text, start, end);
            for (var b = brackets.Count - 1; b >= 0; b--)
                if (!HoldsValue(values, brackets[b].Open, brackets[b].Close)) brackets.RemoveAt(b);
            foreach (var (open, close) in brackets)
            {
                cuts[open] = 1;
                if (close < end) cuts[close] = 1;
            }
            for (var i = 0; i + 1 < values.Count; i++)
            {
                if (OpensBetween(brackets, values[i].Token.Start, values[i + 1].Token.Start)) continue; // cut at the bracket
                var from = ComparatorReader.ReadAfter(lower, values[i].End, end)?.End ?? values[i].End;
                var cut = BetweenValues(text, from, values[i + 1].Token.Start);
                cuts[cut.At] = cut.Length;
            }
            foreach (var (at, length) in PredicateStarts(text, lower, start, end, values)) cuts.TryAdd(at, length);

            var clauseStart = start;
            foreach (var (at, length) in cuts.Append(new KeyValuePair<int, int>(end, 0)))
            {
                if (at < clauseStart) continue;
                var value = FirstValue(values, clauseStart, at);
                var bracketed = Encloses(brackets, clauseStart, at);
                if (HasWords(text, clauseStart, at)) clauses.Add(new TargetClause(clauseStart, at, segment, value, bracketed));
                clauseStart = at + length;
            }
            segment++;
        }
        return clauses;
    }

    /// <summary>
    /// The parts of the sentence between <c>;</c>, line breaks and sentence ends: <c>. </c> before a capital, or before a
    /// small letter when the word before the period is no abbreviation (<c>250 hộ. trong đó: …</c>, not <c>70 Tr. đồng</c>).
    /// </summary>
    internal static IEnumerable<(int Start, int End)> Segments(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var boundary = text[i] is ';' or '\n' or '\r'
                || (text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' '
                    && (char.IsUpper(text[i + 2]) || (char.IsLower(text[i + 2]) && !AfterAbbreviation(text, i))));
            if (!boundary) continue;
            yield return (start, i);
            start = i + 1;
        }
        yield return (start, text.Length);
    }

    /// <summary>
    /// True when the period at <paramref name="dot"/> ends no sentence: after an abbreviation (one letter, or two starting
    /// with a capital: <c>Tr.</c>, <c>TP.</c>, <c>đ.</c>; not <c>hộ.</c>) or after anything but a word (<c>...</c>).
    /// </summary>
    private static bool AfterAbbreviation(string text, int dot)
    {
        var b = dot;
        while (b > 0 && char.IsLetter(text[b - 1])) b--;
        return dot - b is 0 or 1 || (dot - b == 2 && char.IsUpper(text[b]));
    }

    /// <summary>The round brackets of <c>text[start..end)</c> at the outer depth: index of <c>(</c> and of its <c>)</c> (or <paramref name="end"/> when unclosed).</summary>
    private static List<(int Open, int Close)> Brackets(string text, int start, int end)
    {
        var found = new List<(int Open, int Close)>();
        var open = -1;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0) open = i;
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                found.Add((open, i));
            }
        }
        if (depth > 0) found.Add((open, end));
        return found;
    }

    /// <summary>Where the clause of one value ends and the next begins: first comma, else first <c>và</c>, else right after the first value.</summary>
    private static (int At, int Length) BetweenValues(string text, int from, int to)
    {
        if (to <= from) return (from, 0);
        var comma = text.IndexOf(',', from, to - from);
        if (comma >= 0) return (comma, 1);
        var and = text.IndexOf(" và ", from, to - from, StringComparison.Ordinal);
        return and >= 0 ? (and, 4) : (from, 0);
    }

    /// <summary>Commas and <c>và</c> followed by a verb that opens a new target, when the part before says more than a verb.</summary>
    private static IEnumerable<(int At, int Length)> PredicateStarts(string text, string lower, int start, int end, List<TargetValue> values)
    {
        for (var i = start; i < end; i++)
        {
            int length;
            if (text[i] == ',') length = 1;
            else if (string.CompareOrdinal(lower, i, " và ", 0, 4) == 0 && i + 4 <= end) length = 4;
            else continue;
            if (InsideValue(values, i)) continue;
            var next = lower.AsSpan(i + length, end - i - length).TrimStart();
            if (!StartsWithClauseVerb(next)) continue;
            if (!SaysMoreThanAVerb(lower, start, i)) continue;
            yield return (i, length);
        }
    }

    private static bool StartsWithClauseVerb(ReadOnlySpan<char> text)
    {
        foreach (var verb in clauseVerbs)
            if (KpiText.StartsWithWords(text, verb)) return true;
        return false;
    }

    private static bool SaysMoreThanAVerb(string lower, int start, int end)
    {
        var words = lower[start..end].Trim(edge).Replace(",", " ", StringComparison.Ordinal);
        foreach (var phrase in verbPhrasesLongestFirst)
        {
            words = words.Replace(phrase, " ", StringComparison.Ordinal);
        }
        return words.Any(char.IsLetter);
    }

    private static readonly char[] edge = [' ', ',', '.'];

    // Loops rather than lambdas: Split runs on every sentence read, and a lambda capturing the loop's indices is an allocation each time.

    private static bool HoldsValue(List<TargetValue> values, int open, int close)
    {
        foreach (var v in values)
            if (v.Token.Start > open && v.Token.Start < close) return true;
        return false;
    }

    private static bool OpensBetween(List<(int Open, int Close)> brackets, int from, int to)
    {
        foreach (var b in brackets)
            if (b.Open > from && b.Open < to) return true;
        return false;
    }

    private static TargetValue? FirstValue(List<TargetValue> values, int from, int to)
    {
        foreach (var v in values)
            if (v.Token.Start >= from && v.Token.Start < to) return v;
        return null;
    }

    private static bool Encloses(List<(int Open, int Close)> brackets, int from, int to)
    {
        foreach (var b in brackets)
            if (b.Open < from && b.Close >= to) return true;
        return false;
    }

    private static bool InsideValue(List<TargetValue> values, int at)
    {
        foreach (var v in values)
            if (at > v.Token.Start && at < v.End) return true;
        return false;
    }

    private static bool HasWords(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return true;
        }
        return false;
    }
}
