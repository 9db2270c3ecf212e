namespace ThiDua.Plans.Kpis;

/// <summary>
/// A number of a chỉ tiêu sentence that is a target value (<c>61 tạ/ha</c>, <c>03 trường</c>), with its unit — as
/// opposed to a year, a date, a document number, an ordinal or a place (<c>ở 3 nhà trường</c>).
/// </summary>
/// <param name="Token">The digits as found.</param>
/// <param name="Number">The number read.</param>
/// <param name="Unit">The unit after it, or null when none is recognised.</param>
/// <param name="End">Index just after the value and its unit (a rate suffix such as <c>/người/năm</c> included).</param>
internal sealed record TargetValue(NumberToken Token, VietnameseNumber Number, UnitReading? Unit, int End)
{
    /// <summary>Words after which a number is not a target value: time, ordinals, references, places.</summary>
    private static readonly string[] notValueAfter =
    [
        "năm", "tháng", "ngày", "quý", "tuần", "giai đoạn", "nhiệm kỳ", "khóa", "lần", "lần thứ", "thứ", "số", "lớp", "khối",
        "mức độ", "cấp độ", "độ", "hạng", "loại", "kỳ", "đợt", "điều", "khoản", "mục", "chương", "phụ lục", "quyết định",
        "nghị quyết", "chỉ thị", "kế hoạch", "thông tư", "nghị định", "công văn", "hướng dẫn", "quốc lộ", "tỉnh lộ", "lộ",
        "ở", "tại", "trong", "thuộc", "của", "sau", "trước", "theo", "covid",
    ];

    /// <summary>Words after a number that make it a qualifier, not a value (<c>dưới 5 tuổi</c>).</summary>
    private static readonly string[] qualifierNouns = ["tuổi"];

    /// <summary>
    /// The target values in <c>text[start..end)</c>; a share of a count (<c>3/5 thôn</c>) is its numerator, written
    /// <c>3/5</c>. A year, date, range (<c>2022-2025</c>), code (<c>34-CT/TW</c>),
    /// ordinal (<c>lần thứ 3</c>, <c>lớp 10</c>), place (<c>ở 3 nhà trường</c>), remark in brackets, "per" count
    /// (<c>trên 1 ha</c>), age (<c>dưới 5 tuổi</c>), duration without a comparator (<c>6 tháng đầu năm</c>) or bare
    /// number before a word that is no unit, without a comparator (<c>theo 4 hướng</c>, <c>Tổ chức 3 hội thi</c>) is not one.
    /// </summary>
    /// <param name="text">The sentence, NFC.</param>
    /// <param name="lower">Its <see cref="KpiText.Lower"/> form.</param>
    /// <param name="start">First index of the part read.</param>
    /// <param name="end">Index after the part read.</param>
    /// <param name="tokens">The digit runs of the whole sentence (<see cref="VietnameseNumber.FindAll"/>), read once per sentence.</param>
    public static List<TargetValue> Find(string text, string lower, int start, int end, IReadOnlyList<NumberToken> tokens)
    {
        var values = new List<TargetValue>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < start || token.End > end || token.Number is not { } number) continue;
            if (IsInBrackets(text, start, token.Start) || FollowsNonValueWord(lower, token.Start)) continue;
            if (i + 1 < tokens.Count && Fraction(text, lower, token, tokens[i + 1], end) is { } fraction)
            {
                values.Add(fraction);
                i++;
                continue;
            }
            if (IsPartOfCode(text, token)) continue;
            if (FollowedBy(lower, token.End, qualifierNouns)) continue;

            KpiUnits.TryReadAt(text, lower, token.End, out var unit);
            UnitReading? reading = unit.Unit is null ? null : unit;
            var hasComparator = ComparatorReader.HasComparatorBefore(lower, start, token.Start);
            if (reading is { Unit.Kind: KpiUnitKind.Time } && !hasComparator) continue;
            if (reading is not null && number.Value == 1 && IsPerUnit(lower, token.Start)) continue;
            if (reading is null && !hasComparator && IsYear(number)) continue;
            // A bare number before a word that is no unit, with no comparator (theo 4 hướng): not a target value.
            if (reading is null && ComparatorReader.ReadBefore(lower, start, token.Start) is null && FollowedByWord(lower, token.End, end)) continue;
            values.Add(new TargetValue(token, number, reading, reading?.End ?? token.End));
        }
        return values;
    }

    /// <summary><c>3/5 thôn</c>: a digit run, a slash, a digit run and a unit of things counted; null for anything else (dates, codes).</summary>
    private static TargetValue? Fraction(string text, string lower, NumberToken numerator, NumberToken denominator, int end)
    {
        if (denominator.Start != numerator.End + 1 || text[numerator.End] != '/' || denominator.End > end) return null;
        if (denominator.End < text.Length && text[denominator.End] is '/' or '-' or '–') return null;
        if (numerator.Number is not { } n || denominator.Number is null) return null;
        if (!KpiUnits.TryReadAt(text, lower, denominator.End, out var unit) || unit.Unit.Kind != KpiUnitKind.Count) return null;
        var written = text[numerator.Start..denominator.End];
        return new TargetValue(numerator with { Length = written.Length }, new VietnameseNumber(n.Value, written), unit, unit.End);
    }

    private static bool IsInBrackets(string text, int start, int at)
    {
        var depth = 0;
        for (var i = start; i < at; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && depth > 0) depth--;
        }
        return depth > 0;
    }

    /// <summary>Dates, ranges and codes: a digit run joined by <c>/</c> or a dash to another digit run or glued to letters.</summary>
    private static bool IsPartOfCode(string text, NumberToken token)
    {
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

    private static bool FollowsNonValueWord(string lower, int at)
    {
        var head = lower.AsSpan(0, at).TrimEnd(" \u00A0\t");
        foreach (var word in notValueAfter)
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
        while (at < end && lower[at] is ' ' or '\u00A0') at++;
        return at < end && char.IsLetter(lower[at]);
    }

    private static bool IsPerUnit(string lower, int at)
    {
        var head = lower.AsSpan(0, at).TrimEnd(" \u00A0");
        return head is [.., '/'] || KpiText.EndsWithWords(head, "trên") || KpiText.EndsWithWords(head, "mỗi");
    }

    private static bool IsYear(VietnameseNumber number) =>
        number.AsWritten.Length == 4 && number.Value is >= 1900 and <= 2100 && number.Value == decimal.Truncate(number.Value);
}
