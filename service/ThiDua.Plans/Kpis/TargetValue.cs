namespace ThiDua.Plans.Kpis;

/// <summary>
/// A number of a chỉ tiêu sentence that is a target value (<c>61 tạ/ha</c>, <c>03 trường</c>, <c>7,5 - 8,0%</c>,
/// <c>04/09 thôn</c>, <c>mười lăm đảng viên</c>), with its unit — as opposed to a year, a date, a document number, an
/// ordinal, an age or a place (<c>ở 3 nhà trường</c>).
/// </summary>
/// <param name="Token">The digits (or number words) as found; for a span, its lower end.</param>
/// <param name="Number">The number read (the lower end of a span; the numerator of a fraction, written <c>3/5</c>).</param>
/// <param name="Unit">The unit after it, or null when none is recognised.</param>
/// <param name="End">Index just after the value and its unit (a rate suffix such as <c>/người/năm</c> included).</param>
internal sealed record TargetValue(NumberToken Token, VietnameseNumber Number, UnitReading? Unit, int End)
{
    /// <summary>The upper end of a span (<c>7,5 - 8,0%</c> → 8), else null.</summary>
    public VietnameseNumber? Max { get; init; }

    /// <summary>The whole of a fraction (<c>04/09 thôn</c> → 9), else null.</summary>
    public decimal? Total { get; init; }

    /// <summary>Words after which a number is not a target value: time, ordinals, references, places.</summary>
    private static readonly string[] notValueAfter =
    [
        "năm", "tháng", "ngày", "quý", "tuần", "giai đoạn", "nhiệm kỳ", "khóa", "lần", "lần thứ", "thứ", "số", "lớp", "khối",
        "mức độ", "cấp độ", "độ", "hạng", "loại", "kỳ", "đợt", "điều", "khoản", "mục", "chương", "phụ lục", "quyết định",
        "nghị quyết", "chỉ thị", "kế hoạch", "thông tư", "nghị định", "công văn", "hướng dẫn", "quốc lộ", "tỉnh lộ", "lộ",
        "ở", "tại", "trong", "thuộc", "của", "sau", "trước", "theo", "covid", "mục tiêu", "tiêu chí", "phần",
    ];

    /// <summary>
    /// Of <see cref="notValueAfter"/>, the words a rate or amount may still follow (<c>tăng dân số tự nhiên hàng năm 1,1%</c>,
    /// <c>so với dân số 42%</c>): a value there has a unit of share, money or measure, and is not shaped like a year.
    /// </summary>
    private static readonly string[] measuredAfter = ["năm", "số", "tháng", "quý"];

    /// <summary>Words that never precede a value in words, whatever follows (<c>lần thứ mười một</c>).</summary>
    private static readonly string[] ordinalBefore = ["thứ", "lần thứ"];

    /// <summary>Words after a number that make it a qualifier of who is counted, not a value (<c>trẻ em dưới 5 tuổi</c>, <c>trẻ sơ
    /// sinh nhẹ cân dưới 2.500 gram</c>).</summary>
    private static readonly string[] qualifierNouns = ["tuổi", "gram", "gam"];

    /// <summary>Words joining the two ends of a span: <c>7,5 - 8%</c>, <c>từ 08 đến 10 đường</c>.</summary>
    private static readonly string[] spanJoiners = ["-", "–", "—", "đến", "tới", "~"];

    /// <summary>Words after a start value that head for the target value: <c>từ 80% lên 90%</c> (80% is where it starts).</summary>
    private static readonly string[] towards = ["lên", "xuống còn", "xuống", "còn"];

    /// <summary>
    /// The target values in <c>text[start..end)</c>: a span (<c>7,5 - 8,0%</c>, <c>từ 3 – 5%/năm</c>) is one value with its
    /// upper end; a share of a count (<c>3/5 thôn</c>) is its numerator, with the whole as <see cref="Total"/>. A year,
    /// date, period of years (<c>2022-2025</c>), code (<c>34-CT/TW</c>), ordinal (<c>lần thứ 3</c>, <c>lớp 10</c>), place
    /// (<c>ở 3 nhà trường</c>), "per" count (<c>trên 1 ha</c>), age (<c>dưới 5 tuổi</c>), duration without a comparator
    /// (<c>6 tháng đầu năm</c>), the start of a from–to (<c>từ 80% lên 90%</c>), a number in words without a unit, or a
    /// bare number before a word that is no unit, without a comparator (<c>theo 4 hướng</c>, <c>Tổ chức 3 hội thi</c>) is
    /// not one. After <c>năm</c> or <c>số</c> only a share, amount or measure is (<c>hàng năm 1,1%</c>).
    /// </summary>
    /// <param name="text">The sentence, NFC.</param>
    /// <param name="lower">Its <see cref="KpiText.Lower"/> form.</param>
    /// <param name="start">First index of the part read.</param>
    /// <param name="end">Index after the part read.</param>
    /// <param name="tokens">The numbers of the whole sentence, digits and words, in order (read once per sentence).</param>
    public static List<TargetValue> Find(string text, string lower, int start, int end, IReadOnlyList<NumberToken> tokens)
    {
        var values = new List<TargetValue>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < start || token.End > end || token.Number is not { } number) continue;
            if (FollowsWords(lower, token.Start, ordinalBefore)) continue;
            if (i + 1 < tokens.Count && !token.Words && Fraction(text, lower, token, tokens[i + 1], end) is { } fraction)
            {
                if (!FollowsWords(lower, token.Start, notValueAfter)) values.Add(fraction);
                i++;
                continue;
            }
            if (!IsCodeBefore(text, token) && i + 1 < tokens.Count && Span(text, lower, start, token, tokens[i + 1], end) is { } span)
            {
                values.Add(span);
                i++;
                continue;
            }
            if (IsCodeBefore(text, token) || IsCodeAfter(text, token)) continue;
            if (FollowedBy(lower, token.End, qualifierNouns)) continue;

            KpiUnits.TryReadAt(text, lower, token.End, out var unit);
            UnitReading? reading = unit.Unit is null ? null : unit;
            if (FollowsWords(lower, token.Start, notValueAfter) && !IsMeasuredAfterWord(lower, token, number, reading)) continue;
            if (token.Words && reading is not { Unit.Kind: KpiUnitKind.Count or KpiUnitKind.Measure or KpiUnitKind.Money or KpiUnitKind.Ratio }) continue;
            var hasComparator = ComparatorReader.HasComparatorBefore(lower, start, token.Start);
            if (reading is { Unit.Kind: KpiUnitKind.Time } && !hasComparator) continue;
            if (reading is not null && number.Value == 1 && IsPerUnit(lower, token.Start)) continue;
            if (reading is null && !hasComparator && IsYear(number)) continue;
            // A bare number before a word that is no unit, with no comparator (theo 4 hướng): not a target value.
            if (reading is null && ComparatorReader.ReadBefore(lower, start, token.Start) is null && FollowedByWord(lower, token.End, end)) continue;
            var valueEnd = reading?.End ?? token.End;
            if (IsFromStart(lower, token.Start, valueEnd, end)) continue;
            values.Add(new TargetValue(token, number, reading, valueEnd));
        }
        return values;
    }

    /// <summary>
    /// <c>7,5 - 8,0%</c>, <c>90% - 92%</c>, <c>từ 08 đến 10 đường</c>, <c>58-60 triệu đồng</c>: two numbers joined by a dash
    /// or <c>đến</c>, the second not below the first, neither shaped like a year, with a unit after either (a span of
    /// ages, <c>từ 12 đến 17 tuổi</c>, is no value); null for anything else.
    /// </summary>
    private static TargetValue? Span(string text, string lower, int start, NumberToken low, NumberToken high, int end)
    {
        if (high.End > end || low.Number is not { } a || high.Number is not { } b || low.Words != high.Words) return null;
        if (IsYear(a) || IsYear(b) || b.Value < a.Value) return null;
        KpiUnits.TryReadAt(text, lower, low.End, out var first);
        UnitReading? lowUnit = first.Unit is null || first.End > high.Start ? null : first;
        var joinStart = lowUnit?.End ?? low.End;
        var join = lower.AsSpan(joinStart, high.Start - joinStart).Trim(" \u00A0\t");
        if (!IsSpanJoiner(join)) return null;
        if (IsCodeAfter(text, high)) return null;
        if (FollowedBy(lower, high.End, qualifierNouns)) return null;
        KpiUnits.TryReadAt(text, lower, high.End, out var second);
        UnitReading? unit = second.Unit is null ? lowUnit : second;
        if (unit is null) return null;
        if (unit is { Unit.Kind: KpiUnitKind.Time } && !ComparatorReader.HasComparatorBefore(lower, start, low.Start)) return null;
        if (FollowsWords(lower, low.Start, notValueAfter) && unit is not { Unit.Kind: KpiUnitKind.Ratio or KpiUnitKind.Money or KpiUnitKind.Measure }) return null;
        return new TargetValue(low, a, unit, second.Unit is null ? high.End : second.End) { Max = b };
    }

    /// <summary><c>3/5 thôn</c>: a digit run, a slash, a digit run and a unit of things counted; null for anything else (dates, codes).</summary>
    private static bool IsSpanJoiner(ReadOnlySpan<char> join)
    {
        foreach (var joiner in spanJoiners)
            if (join.SequenceEqual(joiner)) return true;
        return false;
    }

    private static TargetValue? Fraction(string text, string lower, NumberToken numerator, NumberToken denominator, int end)
    {
        if (denominator.Words || denominator.Start != numerator.End + 1 || text[numerator.End] != '/' || denominator.End > end) return null;
        if (denominator.End < text.Length && text[denominator.End] is '/' or '-' or '–') return null;
        if (numerator.Number is not { } n || denominator.Number is not { } d || d.Value <= 0) return null;
        if (!KpiUnits.TryReadAt(text, lower, denominator.End, out var unit) || unit.Unit.Kind != KpiUnitKind.Count) return null;
        var written = text[numerator.Start..denominator.End];
        return new TargetValue(numerator with { Length = written.Length }, new VietnameseNumber(n.Value, written), unit, unit.End) { Total = d.Value };
    }

    /// <summary>After <c>năm</c>, <c>số</c>…: a value only with a unit of share, money or measure, and not shaped like a year.</summary>
    private static bool IsMeasuredAfterWord(string lower, NumberToken token, VietnameseNumber number, UnitReading? unit)
    {
        if (!FollowsWords(lower, token.Start, measuredAfter) || IsYear(number)) return false;
        if (unit is not { Unit.Kind: KpiUnitKind.Ratio or KpiUnitKind.Money or KpiUnitKind.Measure }) return false;
        // "năm 2,5 tỷ" is an amount; "số 12 ha" too; but the word must be the last of its phrase, not "năm thứ".
        return true;
    }

    /// <summary><c>từ 80% lên 90%</c>: the value after <c>từ</c> is where a change starts when a second value follows <c>lên</c>/<c>xuống</c>/<c>còn</c>.</summary>
    private static bool IsFromStart(string lower, int at, int valueEnd, int end)
    {
        if (!FollowsWords(lower, at, ["từ"])) return false;
        var rest = lower.AsSpan(valueEnd, end - valueEnd).TrimStart(" \u00A0\t");
        foreach (var word in towards)
        {
            if (!KpiText.StartsWithWords(rest, word)) continue;
            var after = rest[word.Length..].TrimStart(" \u00A0\t");
            return after.Length > 0 && char.IsDigit(after[0]);
        }
        return false;
    }

    /// <summary>Dates, periods and codes: a digit run joined by <c>/</c> or a dash to a digit run or letters before it.</summary>
    private static bool IsCodeBefore(string text, NumberToken token)
    {
        if (token.Words) return false;
        var before = token.Start - 1;
        if (before >= 0 && text[before] is '/' or '-' or '–')
        {
            if (before >= 1 && char.IsLetterOrDigit(text[before - 1])) return true;
            var b = before - 1;
            while (b >= 0 && text[b] == ' ') b--;
            if (b >= 0 && char.IsDigit(text[b])) return true;
        }
        if (before >= 1 && text[before] == ' ' && text[before - 1] is '-' or '–')
        {
            var b = before - 2;
            while (b >= 0 && text[b] == ' ') b--;
            if (b >= 0 && char.IsDigit(text[b])) return true;
        }
        return false;
    }

    /// <summary>Dates, periods and codes: a digit run joined by <c>/</c> or a dash to a digit run or letters after it.</summary>
    private static bool IsCodeAfter(string text, NumberToken token)
    {
        if (token.Words) return false;
        var after = token.End;
        var a = after;
        while (a < text.Length && text[a] == ' ' && a - after < 1) a++;
        if (a < text.Length && text[a] is '/' or '-' or '–')
        {
            var n = a + 1;
            if (a == after && n < text.Length && char.IsLetter(text[n])) return true;
            while (n < text.Length && text[n] == ' ' && n - a <= 1) n++;
            if (n < text.Length && char.IsDigit(text[n])) return true;
        }
        return false;
    }

    private static bool FollowsWords(string lower, int at, IEnumerable<string> words)
    {
        var head = lower.AsSpan(0, at).TrimEnd(" \u00A0\t");
        foreach (var word in words)
            if (KpiText.EndsWithWords(head, word)) return true;
        return false;
    }

    private static bool FollowedBy(string lower, int at, IEnumerable<string> words)
    {
        var tail = lower.AsSpan(at).TrimStart(" \u00A0\t");
        foreach (var word in words)
            if (KpiText.StartsWithWords(tail, word)) return true;
        return false;
    }

    private static bool FollowedByWord(string lower, int at, int end)
    {
        while (at < end && lower[at] is ' ' or '\u00A0' or '\t') at++;
        return at < end && char.IsLetter(lower[at]);
    }

    private static bool IsPerUnit(string lower, int at)
    {
        var head = lower.AsSpan(0, at).TrimEnd(" \u00A0");
        return head is [.., '/'] || KpiText.EndsWithWords(head, "trên") || KpiText.EndsWithWords(head, "mỗi");
    }

    /// <summary>True for a four-digit whole number between 1900 and 2100 written as digits (<c>2025</c>).</summary>
    internal static bool IsYear(VietnameseNumber number) =>
        number.AsWritten.Length == 4 && number.Value is >= 1900 and <= 2100 && number.Value == decimal.Truncate(number.Value);
}
