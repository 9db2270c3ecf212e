using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>A comparator read just before a value.</summary>
/// <param name="Comparator">One of <see cref="KpiComparator.All"/>.</param>
/// <param name="Start">Index where the comparator words (or the colon) begin; the label ends before it.</param>
/// <param name="End">Index just after the comparator words.</param>
/// <param name="Delta">True when a change word (<c>tăng</c>, <c>giảm</c>, <c>gấp</c>) is among the words read.</param>
/// <param name="DeltaEnd">Index just after the change word; -1 when there is none.</param>
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
        var colon = zoneEnd > start && lower[zoneEnd - 1] == ':';
        if (colon) zoneEnd = TrimEnd(lower, start, zoneEnd - 1);

        var zone = lower[start..zoneEnd];
        var plain = zone == TextKey.FoldLower(zone);
        var text = plain ? TextKey.FoldLower(lower) : lower;
        // "đạt: 396,1 tỷ.đ" is "đạt"; any other colon after the indicator is "=" (plan-schema.md).
        var at = colon ? zoneEnd : SkipFillersBackward(text, start, zoneEnd, plain);

        ComparatorReading? reading = null;
        string? nearest = null;
        while (LastPhrase(text, start, at, plain) is { } phrase)
        {
            var from = at - Form(phrase, plain).Length;
            if (reading is { } nearer)
            {
                // "tăng trên 10%", "tăng từ 11% trở lên": a change word governs the bound after it.
                var governs = IsChangeWord(phrase) && !KpiComparator.IsChange(nearer.Comparator)
                    && nearer.Comparator is KpiComparator.AtLeast or KpiComparator.Above or KpiComparator.Equal
                    && nearest is not ("lên" or "xuống" or "còn" or "bằng" or "là" or "chiếm");
                reading = nearer with
                {
                    Comparator = governs ? phrase.Comparator : nearer.Comparator,
                    Start = from,
                    Delta = nearer.Delta || phrase.Delta,
                    DeltaEnd = phrase.Delta && nearer.DeltaEnd < 0 ? at : nearer.DeltaEnd,
                };
            }
            else
            {
                reading = new ComparatorReading(phrase.Comparator, from, colon ? end : at, phrase.Delta, phrase.Delta ? at : -1);
                nearest = phrase.Text;
            }
            at = TrimEnd(lower, start, from);
            if (colon) break; // only the words right before the colon
        }
        if (reading is null && colon) return new ComparatorReading(KpiComparator.Equal, zoneEnd, TrimEnd(lower, start, end), false, -1);
        return reading;
    }

    private static bool IsChangeWord(ComparatorPhrase phrase) => phrase.Delta && KpiComparator.IsChange(phrase.Comparator);

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

    private static bool StartsWithNumberWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && KpiText.IsWordChar(text[end])) end++;
        return end > at && VietnameseNumberWords.IsNumberWord(text.AsSpan(at, end - at));
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
                var form = plain ? TextKey.FoldLower(filler) : filler;
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
