namespace ThiDua.Plans.Kpis;

/// <summary>A comparator read just before a value.</summary>
/// <param name="Comparator">One of <see cref="KpiComparator.All"/>.</param>
/// <param name="Start">Index where the comparator words (or the colon) begin; the label ends before it.</param>
/// <param name="End">Index just after the comparator words.</param>
/// <param name="Delta">True for <c>tăng</c>/<c>giảm</c> (a change): the label keeps the word.</param>
/// <param name="DeltaEnd">Index just after the <c>tăng</c>/<c>giảm</c> word, where a change's label ends; -1 when not a change.</param>
internal readonly record struct ComparatorReading(string Comparator, int Start, int End, bool Delta, int DeltaEnd);

/// <summary>Reads the comparator words of a chỉ tiêu (<c>đạt</c>, <c>giảm còn</c>, <c>duy trì dưới</c>…) around a value.</summary>
internal static class ComparatorReader
{
    /// <summary>
    /// The comparator that ends the zone <c>lower[start..end)</c> (the words between a label and its value), skipping
    /// fillers (<c>đạt tỷ lệ 95%</c>); a final colon is <c>=</c>. Comparator words written in a row count as one, the
    /// one nearest the value giving the bound (<c>giảm còn dưới 3%</c> → <c>&lt;</c>, <c>đạt ≥ 95%</c> → <c>&gt;=</c>).
    /// A zone typed without any diacritic is compared without them (<c>giam con 2%</c>). Null when the zone ends with
    /// no comparator word.
    /// </summary>
    public static ComparatorReading? ReadBefore(string lower, int start, int end)
    {
        var zoneEnd = TrimEnd(lower, start, end);
        if (zoneEnd > start && lower[zoneEnd - 1] == ':') return new ComparatorReading(KpiComparator.Equal, zoneEnd - 1, zoneEnd, false, zoneEnd);

        var zone = lower[start..zoneEnd];
        var plain = zone == KpiText.Fold(zone);
        var text = plain ? KpiText.Fold(lower) : lower;
        var at = SkipFillersBackward(text, start, zoneEnd, plain);

        ComparatorReading? reading = null;
        while (LastPhrase(text, start, at, plain) is { } phrase)
        {
            var from = at - Form(phrase, plain).Length;
            reading = reading is { } nearer
                ? nearer with { Start = from, Delta = nearer.Delta || phrase.Delta, DeltaEnd = phrase.Delta ? at : nearer.DeltaEnd }
                : new ComparatorReading(phrase.Comparator, from, at, phrase.Delta, phrase.Delta ? at : -1);
            at = TrimEnd(lower, start, from);
        }
        return reading;
    }

    /// <summary>True when a comparator word stands right before the value at <paramref name="valueStart"/>.</summary>
    public static bool HasComparatorBefore(string lower, int start, int valueStart) =>
        ReadBefore(lower, start, valueStart) is { Comparator: not KpiComparator.Equal };

    /// <summary>The comparator of a phrase written after a value (<c>95% trở lên</c>), with the index after it; null when none.</summary>
    public static (string Comparator, int End)? ReadAfter(string lower, int at, int end)
    {
        var i = at;
        while (i < end && lower[i] is ' ' or '\u00A0') i++;
        foreach (var postfix in KpiComparator.Postfixes)
        {
            if (i + postfix.Text.Length > end) continue;
            if (KpiText.StartsWithWords(lower.AsSpan(i, end - i), postfix.Text)) return (postfix.Comparator, i + postfix.Text.Length);
        }
        return null;
    }

    /// <summary>
    /// The first strong comparator (<c>đạt trên</c>, <c>giảm còn</c>) in <c>lower[start..end)</c> that no number follows,
    /// as the phrase written; null when every one has its number.
    /// </summary>
    public static string? FindStrongWithoutNumber(string lower, int start, int end)
    {
        var text = lower[start..end];
        var seen = new List<(int Start, int End)>();
        foreach (var phrase in KpiComparator.Phrases)
        {
            for (var at = KpiText.IndexOfWords(text, phrase.Text); at >= 0; at = KpiText.IndexOfWords(text, phrase.Text, at + 1))
            {
                var stop = at + phrase.Text.Length;
                if (seen.Any(s => at < s.End && stop > s.Start)) continue; // inside a longer phrase already judged
                seen.Add((at, stop));
                if (!phrase.Strong) continue;
                var next = SkipFillers(text, stop);
                if (next < text.Length && (char.IsDigit(text[next]) || StartsWithNumberWord(text, next))) continue;
                return phrase.Text;
            }
        }
        return null;
    }

    private static readonly string[] numberWords = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn", "triệu", "tỷ"];

    private static bool StartsWithNumberWord(string text, int at)
    {
        foreach (var word in numberWords)
            if (KpiText.StartsWithWords(text.AsSpan(at), word)) return true;
        return false;
    }

    private static int SkipFillers(string text, int at)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            while (at < text.Length && text[at] is ' ' or '\u00A0') at++;
            foreach (var filler in KpiComparator.Fillers)
            {
                if (!KpiText.StartsWithWords(text.AsSpan(at), filler)) continue;
                at += filler.Length;
                changed = true;
                break;
            }
        }
        return at;
    }

    private static ComparatorPhrase? LastPhrase(string text, int start, int end, bool plain) =>
        KpiComparator.Phrases.FirstOrDefault(p => EndsWithWordsAt(text, start, end, Form(p, plain)));

    private static string Form(ComparatorPhrase phrase, bool plain) => plain ? phrase.Folded : phrase.Text;

    private static int SkipFillersBackward(string text, int start, int end, bool plain)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var filler in KpiComparator.Fillers)
            {
                var form = plain ? KpiText.Fold(filler) : filler;
                if (end - form.Length <= start || !EndsWithWordsAt(text, start, end, form)) continue;
                end = TrimEnd(text, start, end - form.Length);
                changed = true;
                break;
            }
        }
        return end;
    }

    private static int TrimEnd(string lower, int start, int end)
    {
        while (end > start && lower[end - 1] is ' ' or '\u00A0' or '\t') end--;
        return end;
    }

    private static bool EndsWithWordsAt(string lower, int start, int end, string phrase)
    {
        var at = end - phrase.Length;
        if (at < start || string.CompareOrdinal(lower, at, phrase, 0, phrase.Length) != 0) return false;
        return at == start || !KpiText.IsWordChar(lower[at - 1]) || !KpiText.IsWordChar(phrase[0]);
    }
}
