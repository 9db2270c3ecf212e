using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// Reads the KPI records — <em>chỉ tiêu</em> — of ONE line of a chỉ tiêu list or one table row (plan-schema.md § KPI
/// record): <c>Năng suất lúa đạt 61 tạ/ha; sản lượng ước đạt 5.350 tấn</c> gives two records.
/// </summary>
/// <remarks>
/// <para>The line is split into clauses holding one target each (<see cref="TargetClauses"/>). In a clause with a value,
/// the label is the text before the comparator (<c>Tỷ lệ hộ nghèo theo chuẩn mới</c> giảm còn 1,06%), or, when the
/// value comes first, the text after it — with the unit word when the unit counts things (<c>duy trì 03 trường đạt
/// chuẩn Quốc gia</c> → <c>Trường đạt chuẩn Quốc gia</c>). A clause without a comparator word takes that of the clause
/// before it in the same part of the sentence (<c>Hoàn thành 100% diện tích…, 80% diện tích lúa vụ Mùa</c>: both
/// <c>&gt;=</c>), else <c>=</c>.</para>
/// <para>A clause without a number is a qualitative target when the catalogue knows its indicator; when the line holds
/// nothing else, the whole line is one qualitative target. Its comparator is <c>maintain</c> when it says duy trì /
/// giữ vững, else empty; its label ends at the first comma after the indicator's words (the enumeration after it is
/// not part of it: <c>An ninh trật tự, an toàn xã hội được giữ vững</c>, không có tệ nạn…). A clause that restates an
/// indicator already read in the line adds nothing.</para>
/// <para>A clause that announces a value it does not give (<c>đạt trên</c> with no number, <c>…%</c>, <c>1.2.3%</c>,
/// a value with no unit where the indicator has one) is returned as <see cref="KpiUnparsed"/>.</para>
/// </remarks>
public sealed class TargetExtractor
{
    /// <summary>Longest line read, in characters; a chỉ tiêu line is a sentence or two, far shorter.</summary>
    public const int MaxLineLength = 4000;

    private static readonly Regex placeholder = new(
        @"(?:\.{2,}|…+|_{2,}|(?<![\p{L}\p{N}])x(?![\p{L}\p{N}]))\s*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private readonly KpiCatalogue catalogue;

    /// <summary>What a line's end loses before it is read: spaces and final punctuation.</summary>
    private static readonly char[] lineEnd = [' ', '.', ';', ':', '…', '\u00A0'];

    /// <summary>An extractor using <see cref="KpiCatalogue.Default"/>.</summary>
    public TargetExtractor() : this(KpiCatalogue.Default) { }

    /// <summary>An extractor matching labels against <paramref name="catalogue"/>.</summary>
    public TargetExtractor(KpiCatalogue catalogue) => this.catalogue = catalogue;

    /// <summary>Reads one line; the records' <see cref="TargetSource"/> gets the line (list label removed) and the given place.</summary>
    /// <param name="line">The line or row text, with or without its list label (<c>2.1.</c>, <c>-</c>), any normalisation form.</param>
    /// <param name="paragraph">Zero-based body paragraph index, or -1.</param>
    /// <param name="location">Human-readable place (<c>đoạn 33</c>), or empty.</param>
    /// <param name="row">1-based line number in its list or table, or 0.</param>
    public TargetExtraction Extract(string? line, int paragraph = -1, string location = "", int row = 0) =>
        Extract(new TargetSource(line ?? string.Empty, paragraph, location, row));

    /// <summary>
    /// Reads the line in <see cref="TargetSource.Sentence"/> as an item of a chỉ tiêu list (<see cref="TargetReading.ListItem"/>);
    /// records carry <paramref name="source"/> with the sentence NFC and without its list label. Only the first
    /// <see cref="MaxLineLength"/> characters of a longer line are read.
    /// </summary>
    public TargetExtraction Extract(TargetSource source) => Extract(source, TargetReading.ListItem);

    /// <summary>
    /// Reads the line in <see cref="TargetSource.Sentence"/> the way <paramref name="reading"/> says: an item of a chỉ tiêu
    /// list (a value needs no wording of its own, a line without one may be a qualitative target), or a sentence of running
    /// text (only values stated with target wording: a comparator, a colon after the indicator, a value opening its
    /// clause, a change word).
    /// </summary>
    public TargetExtraction Extract(TargetSource source, TargetReading reading) => Read(source, reading, unparsedOnly: false);

    /// <summary>
    /// What <see cref="Extract(TargetSource, TargetReading)"/> gives as <see cref="TargetExtraction.Unparsed"/> (for
    /// KPI-UNPARSED), reading less: the line's qualitative targets are not read (they never report one), and a line that
    /// cannot announce a value (<see cref="MayAnnounceValue"/>) is not read at all.
    /// </summary>
    internal IReadOnlyList<KpiUnparsed> ReadUnparsed(TargetSource source, TargetReading reading) =>
        reading.ReportUnparsed ? Read(source, reading with { Qualitative = false }, unparsedOnly: true).Unparsed : [];

    private TargetExtraction Read(TargetSource source, TargetReading reading, bool unparsedOnly)
    {
        var sentence = StripListLabel(KpiText.Nfc(source.Sentence ?? string.Empty)).Trim();
        if (sentence.Length == 0) return TargetExtraction.Empty;
        source = source with { Sentence = sentence };

        var text = (sentence.Length > MaxLineLength ? sentence[..MaxLineLength] : sentence).TrimEnd(lineEnd);
        var lower = KpiText.Lower(text);
        var numbers = Numbers(text, lower); // read once: every segment and clause looks at them
        if (unparsedOnly && !MayAnnounceValue(text, lower, numbers)) return TargetExtraction.Empty;
        var clauses = TargetClauses.Split(text, lower, numbers);
        var segments = TargetClauses.Segments(text).ToList();

        var targets = new List<(int Order, Target Target)>();
        var qualitative = new List<(int Order, Target Target)>();
        var unparsed = new List<KpiUnparsed>();
        Target? previous = null;
        Target? previousInLine = null;
        var previousSegment = -1;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var inherited = clause.Segment == previousSegment ? previous : null;
            var line = new LineContext(text, lower, source, reading, inherited, previousInLine, segments[Math.Min(clause.Segment, segments.Count - 1)].End, clauses);
            if (clause.Value is { } value)
            {
                var labelStart = clause.Start;
                if (i > 0 && clauses[i - 1] is { Value: null } before && before.Segment == clause.Segment && !HasOwnLabel(text, lower, clause, value))
                {
                    labelStart = before.Start; // "Tỷ lệ X, phấn đấu đạt 95%": the clause before names the indicator
                    qualitative.RemoveAll(q => q.Order == i - 1);
                }
                var read = ReadValueClause(line, clause with { Start = labelStart }, value);
                if (read.Target is not null) targets.Add((i, read.Target));
                if (read.Unparsed is not null && reading.ReportUnparsed) unparsed.Add(read.Unparsed);
                previous = read.Target ?? previous;
                previousInLine = read.Target ?? previousInLine;
            }
            else if (ReadZeroClause(line, clause) is { } zero)
            {
                targets.Add((i, zero));
                previous = previousInLine = zero;
            }
            else
            {
                var problem = reading.ReportUnparsed ? FindUnparsed(text, lower, clause, numbers) : null;
                if (problem is not null)
                {
                    unparsed.Add(new KpiUnparsed(Quote(text, clause), problem, source));
                    continue;
                }
                var target = reading.Qualitative ? ReadQualitativeClause(text, lower, clause, source) : null;
                if (target is not null) qualitative.Add((i, target));
            }
            previousSegment = clause.Segment;
        }

        var codes = targets.Select(t => t.Target.Code).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var (order, target) in qualitative)
        {
            if (!codes.Add(target.Code)) continue;
            targets.Add((order, target));
        }
        if (targets.Count == 0 && unparsed.Count == 0)
            return reading.Qualitative ? new TargetExtraction([WholeLine(text, lower, source)], []) : TargetExtraction.Empty;
        return new TargetExtraction(
            targets.OrderBy(t => t.Order).Select(t => t.Target).ToList(),
            unparsed.DistinctBy(u => (u.Quote, u.Reason)).ToList());
    }

    /// <summary>
    /// True when <paramref name="text"/> states a target value anywhere (a number with a unit or a comparator, not a year,
    /// date, code or ordinal): such a line is no title.
    /// </summary>
    internal static bool HoldsValue(string text)
    {
        var nfc = KpiText.Nfc(text);
        var lower = KpiText.Lower(nfc);
        return TargetValue.Find(nfc, lower, 0, nfc.Length, Numbers(nfc, lower)).Count > 0;
    }

    /// <summary>The numbers of a line: digit runs and numbers written in words, in order.</summary>
    private static List<NumberToken> Numbers(string text, string lower)
    {
        var digits = VietnameseNumber.FindAll(text);
        var words = VietnameseNumberWords.FindAll(text, lower);
        if (words.Count == 0) return digits as List<NumberToken> ?? [.. digits];
        var merged = new List<NumberToken>(digits.Count + words.Count); // both in text order: merged, digits first on a tie
        int d = 0, w = 0;
        while (d < digits.Count || w < words.Count)
            merged.Add(w >= words.Count || (d < digits.Count && digits[d].Start <= words[w].Start) ? digits[d++] : words[w++]);
        return merged;
    }

    /// <summary>What a clause is read with: the line, how it is read, and the records read before it.</summary>
    /// <param name="Text">The line, NFC, without its list label.</param>
    /// <param name="Lower">Its <see cref="KpiText.Lower"/> form.</param>
    /// <param name="Source">Where the line was read.</param>
    /// <param name="Reading">How the line is read.</param>
    /// <param name="Inherited">The record read last in the same part of the sentence (between <c>;</c>), or null.</param>
    /// <param name="Previous">The record read last in the line, or null.</param>
    /// <param name="SegmentEnd">Index after the part of the sentence the clause stands in.</param>
    /// <param name="Clauses">Every clause of the line.</param>
    private sealed record LineContext(
        string Text, string Lower, TargetSource Source, TargetReading Reading, Target? Inherited, Target? Previous, int SegmentEnd,
        IReadOnlyList<TargetClause> Clauses);

    private (Target? Target, KpiUnparsed? Unparsed) ReadValueClause(LineContext line, TargetClause clause, TargetValue value)
    {
        var (text, lower, source) = (line.Text, line.Lower, line.Source);
        var reading = ComparatorReader.ReadBefore(lower, clause.Start, value.Token.Start);
        var labelEnd = reading?.Start ?? value.Token.Start;
        var before = TargetLabel.Span(text, lower, clause.Start, labelEnd, qualitative: false);
        var colon = reading is { } r && r.Start < text.Length && text[r.Start] == ':';
        var verbOnly = reading is not null && !colon && before.End <= before.Start;

        var afterStart = value.End;
        var postfix = ComparatorReader.ReadAfter(lower, value.End, clause.End);
        if (postfix is { } p) afterStart = p.End;
        var baseline = BaseAfter(line, clause, value, afterStart);
        var afterEnd = baseline is { } b && b.Start >= afterStart && b.Start < clause.End ? b.Start : clause.End;
        var after = TargetLabel.Span(text, lower, afterStart, afterEnd, qualitative: false);
        var unit = value.Unit;
        var hasBefore = before.End > before.Start;
        var hasAfter = after.End > after.Start;

        // In running text a value is a target only when the clause says so itself: a comparator or a colon before it, a
        // bound after it, a change word, or the value opening the clause (100% giáo viên …).
        if (line.Reading.RequireWording && hasBefore && postfix is null && (reading is null || IsWeak(text, reading.Value))) return (null, null);

        var counted = unit is { Unit.Kind: KpiUnitKind.Count } c ? c.AsWritten : string.Empty;
        var label = (unit?.Unit.Kind, hasBefore && !verbOnly, hasAfter) switch
        {
            (_, true, _) when colon => Slice(text, before), // "Đàn lợn: 3.000 con, …": what follows the value is no part of the name
            (KpiUnitKind.Count, true, false) when reading is null && !IsFactor(unit) && IsBareVerb(text, before) => Join(Slice(text, before), counted), // Lắp 50 bóng đèn
            (null, _, true) when char.IsLetter(text[after.Start]) => Join(Slice(text, before), Slice(text, after)), // unknown unit word: keep the counted noun
            (KpiUnitKind.Count or KpiUnitKind.Measure, _, true) => Join(Slice(text, before), Join(counted, Slice(text, after))), // Kết nạp 5 đảng viên mới
            (_, true, _) => Slice(text, before),
            (KpiUnitKind.Count, false, _) when !IsFactor(unit) => Join(Slice(text, before), Join(counted, Slice(text, after))), // duy trì 03 trường đạt chuẩn…
            _ => Join(Slice(text, before), Slice(text, after)),
        };
        if (verbOnly && !hasAfter) label = string.Empty; // "tăng 0,7 lần so với năm 2015": a change of the indicator before
        label = KpiText.UpperFirst(label);

        var comparator = Comparator(line, clause, value, reading, postfix, baseline, label);
        var previous = line.Previous;
        KpiCatalogueEntry? entry = null;
        if (label.Length == 0 && previous is not null)
        {
            label = previous.Label;
            entry = catalogue.Find(previous.Code);
        }
        else if (label.Length > 0)
        {
            // The code comes from the clause itself; only an elliptical label (Sản lượng, Năng suất bình quân) takes its
            // subject from the record before it in the line.
            entry = catalogue.Match(label, IsElliptical(label) ? previous?.Label : null, unit?.Unit);
        }
        if (label.Length == 0)
            return (null, line.Reading.ReportUnparsed ? new KpiUnparsed(Quote(text, clause), "không xác định được tên chỉ tiêu của giá trị này", source) : null);

        var multiplier = unit?.Multiplier ?? 1m;
        var asWritten = unit is { Multiplier: not 1m } scaled
            ? text[value.Token.Start..(scaled.End - scaled.AsWritten.Length)].Trim() // "5 nghìn" con
            : value.Max is { } max ? text[value.Token.Start..Math.Max(value.Token.Start, ValueTextEnd(text, lower, value))].Trim() : value.Number.AsWritten;
        var unitName = comparator == KpiComparator.Multiple ? "lần" : unit?.Unit.Name ?? string.Empty;
        var year = TargetBase.TargetYear(text, lower, clause.Start, clause.End);
        var change = KpiComparator.IsChange(comparator);
        var target = new Target(
            entry?.Code ?? string.Empty,
            label,
            entry?.Sector ?? string.Empty,
            comparator,
            value.Number.Value * multiplier,
            asWritten,
            unitName,
            Qualitative: false,
            source)
        {
            ValueMax = value.Max is { } upper ? upper.Value * multiplier : null,
            Base = change ? baseline?.Base ?? (TargetBase.IsPerYear(lower, clause.Start, clause.End) ? TargetBase.PerYear : TargetBase.PreviousYear) : string.Empty,
            TargetYear = year?.Year ?? previous?.TargetYear ?? line.Reading.Year,
            Total = value.Total,
            Evidence = new TargetEvidence(string.Empty, Wording(text, reading, postfix, change ? baseline : null, year?.Words) is { Length: > 0 } words
                ? words
                : hasBefore ? string.Empty : text[value.Token.Start..value.End].Trim(), string.Empty), // "100% giáo viên …": the value opening its clause
        };

        KpiUnparsed? problem = null;
        if (unit is null && !change && entry is { Unit.Length: > 0 } && !text[value.End..clause.End].Any(char.IsLetter))
            problem = new KpiUnparsed(Quote(text, clause), $"thiếu đơn vị tính sau giá trị {value.Number.AsWritten} (chỉ tiêu này thường tính bằng {entry.Unit})", source);
        return (target, problem);
    }

    /// <summary>
    /// The comparator of a value (plan-schema.md): the words before it, else the bound after it (<c>95% trở lên</c>), else
    /// that of the record before it in the same part of the sentence, else <c>=</c>; a span is <c>range</c>; a factor
    /// (<c>gấp 2 lần</c>, <c>tăng 0,7 lần</c>, <c>(0,7 lần)</c> after a change) is <c>multiple</c>; a level compared with a
    /// base by an indicator of growth (<c>tốc độ tăng trưởng … từ 11% trở lên so với năm 2020</c>), or reached by an
    /// indicator that is itself a rise or fall (<c>tăng thu ngân sách … đạt 4,2%</c>), is a change.
    /// </summary>
    private static string Comparator(
        LineContext line, TargetClause clause, TargetValue value, ComparatorReading? reading, (string Comparator, int End)? postfix,
        (string Base, int Start, int End)? baseline, string label)
    {
        // A level carries over to the next value of the same part of the sentence (Hoàn thành 100% …, 80% …); a change,
        // a span or a factor belongs to its own value only.
        var inherited = line.Inherited is { } i && !KpiComparator.IsChange(i.Comparator) && i.Comparator != KpiComparator.Range ? i : null;
        var comparator = reading?.Comparator ?? postfix?.Comparator ?? inherited?.Comparator ?? KpiComparator.Equal;
        if (reading is { Comparator: KpiComparator.Equal } && postfix is { } post) comparator = post.Comparator;
        if (reading is null && postfix is null && clause.Bracketed && line.Previous is { } before
            && KpiComparator.IsChange(before.Comparator))
            comparator = before.Comparator; // "tăng 04 doanh nghiệp (0,7 lần)": the bracket restates the change

        if (IsFactor(value.Unit) && (KpiComparator.IsChange(comparator) || clause.Bracketed && line.Previous is { } p && KpiComparator.IsChange(p.Comparator)))
            return KpiComparator.Multiple;
        if (comparator == KpiComparator.Multiple) return comparator;
        if (KpiComparator.IsChange(comparator)) return comparator;

        if (comparator is KpiComparator.AtLeast or KpiComparator.Above or KpiComparator.Equal)
        {
            var folded = TextKey.FoldLower(KpiText.Lower(label));
            if (baseline is not null && (Mentions(folded, "tang") || Mentions(folded, "giam")))
                return Mentions(folded, "giam") && !Mentions(folded, "tang") ? KpiComparator.Decrease : KpiComparator.Increase;
            if (reading is { Comparator: KpiComparator.AtLeast or KpiComparator.Above } && value.Unit is { Unit.Kind: KpiUnitKind.Ratio }
                && StartsWithChange(folded, out var fall))
                return fall ? KpiComparator.Decrease : KpiComparator.Increase;
        }
        return value.Max is not null ? KpiComparator.Range : comparator;
    }

    /// <summary>True for <c>tăng …</c> / <c>giảm …</c> at the head of a label (not <c>tăng trưởng</c>, a noun); <paramref name="fall"/> for <c>giảm</c>.</summary>
    private static bool StartsWithChange(string folded, out bool fall)
    {
        fall = folded.StartsWith("giam ", StringComparison.Ordinal);
        return fall || (folded.StartsWith("tang ", StringComparison.Ordinal) && !folded.StartsWith("tang truong", StringComparison.Ordinal));
    }

    private static bool Mentions(string folded, string word) => KpiText.IndexOfWords(folded, word) >= 0;

    /// <summary>
    /// True for comparator words that say "=" without saying "target" (<c>cho</c>, <c>có</c>, <c>là</c>, <c>bằng</c>,
    /// <c>từ</c>): in running text they make no target of a number in the middle of a phrase (<c>hỗ trợ cho 3 xã</c>).
    /// </summary>
    private static bool IsWeak(string text, ComparatorReading reading) =>
        reading.Comparator == KpiComparator.Equal && text[reading.Start] != ':'
        && KpiText.Lower(text[reading.Start..reading.End].Trim()) is "cho" or "có" or "là" or "bằng" or "từ";

    /// <summary>True when the words before a counted value are a bare verb of one or two syllables (<c>Lắp</c>, <c>Trồng mới</c>), not a name.</summary>
    private static bool IsBareVerb(string text, (int Start, int End) before) =>
        text[before.Start..before.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;

    /// <summary>True for <c>lần</c> as a factor (<c>gấp 2 lần</c>), not a rate (<c>45 lần/người/năm</c>).</summary>
    private static bool IsFactor(UnitReading? unit) => unit is { Unit.Name: "lần" } u && u.Length == u.AsWritten.Length;

    /// <summary>
    /// The base named after the value: in the clause, or after a bracket that restates the value, up to the next value of
    /// the same part of the sentence (<c>tăng 04 doanh nghiệp (0,7 lần) so với năm 2015</c>: both are against 2015).
    /// </summary>
    private static (string Base, int Start, int End)? BaseAfter(LineContext line, TargetClause clause, TargetValue value, int from)
    {
        var stop = clause.End;
        var next = line.Clauses.FirstOrDefault(c => c.Start >= clause.End && c.Segment == clause.Segment && c.Value is not null && !c.Bracketed);
        var following = line.Clauses.Where(c => c.Start >= clause.End && c.Segment == clause.Segment).ToList();
        if (following.FirstOrDefault() is { Bracketed: true } || clause.Bracketed)
            stop = following.FirstOrDefault(c => c.Value is not null && !c.Bracketed)?.Start ?? line.SegmentEnd;
        if (next is not null) stop = Math.Min(Math.Max(stop, clause.End), next.Start);
        return TargetBase.Find(line.Text, line.Lower, from, Math.Max(from, stop));
    }

    /// <summary>Index after the written value of a span (<c>7,5 - 8,0</c>), before its unit.</summary>
    private static int ValueTextEnd(string text, string lower, TargetValue value) =>
        value.Unit is { } unit && unit.Start >= value.Token.Start ? unit.Start : value.End;

    /// <summary>The target words of a clause for <see cref="TargetEvidence.Wording"/>: the comparator, the bound after the value, the base, the year.</summary>
    private static string Wording(string text, ComparatorReading? reading, (string Comparator, int End)? postfix, (string Base, int Start, int End)? baseline, string? year)
    {
        var words = new List<string>();
        if (reading is { } r) words.Add(text.AsSpan(r.Start, r.End - r.Start).Trim(" \u00A0").ToString());
        if (postfix is { } p) words.Add(KpiComparator.Postfixes.First(x => x.Comparator == p.Comparator).Text);
        if (baseline is { } b) words.Add(text[b.Start..b.End].Trim());
        if (year is not null) words.Add(year);
        return string.Join(", ", words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <summary>
    /// The implicit zero of <c>không còn hộ nghèo</c>, <c>không có trẻ em bỏ học</c>: value 0, comparator <c>=</c>, the
    /// counted noun as unit (<c>hộ nghèo</c>); null when the clause says no such thing.
    /// </summary>
    private Target? ReadZeroClause(LineContext line, TargetClause clause)
    {
        var (text, lower) = (line.Text, line.Lower);
        foreach (var phrase in zeroPhrases)
        {
            var at = KpiText.IndexOfWords(lower.AsSpan(0, clause.End), phrase, clause.Start);
            if (at < 0) continue;
            var nounStart = at + phrase.Length;
            if (!KpiUnits.TryReadAt(text, lower, nounStart, out var unit) || unit.Unit.Kind != KpiUnitKind.Count || unit.Multiplier != 1m) continue;
            var end = unit.End;
            var qualifier = NextWord(lower, end, clause.End);
            if (qualifier is { } q && !zeroStopWords.Contains(lower[q.Start..q.End])) end = q.End;
            var noun = text[unit.Start..end];
            var label = KpiText.UpperFirst(noun);
            var entry = catalogue.Match(label, null, unit.Unit);
            var year = TargetBase.TargetYear(text, lower, clause.Start, clause.End) ?? TargetBase.TargetYear(text, lower, 0, clause.Start);
            return new Target(entry?.Code ?? string.Empty, label, entry?.Sector ?? string.Empty, KpiComparator.Equal, 0m,
                text[at..(at + phrase.Length)], KpiText.Lower(noun), Qualitative: false, line.Source)
            {
                TargetYear = year?.Year ?? line.Reading.Year,
                Evidence = new TargetEvidence(string.Empty, string.Join(", ", new[] { text[at..(at + phrase.Length)], year?.Words ?? "" }.Where(w => w.Length > 0)), string.Empty),
            };
        }
        return null;
    }

    private static readonly string[] zeroPhrases = ["không còn", "không có", "xóa hết", "xoá hết"];

    private static readonly HashSet<string> zeroStopWords =
        ["trên", "tại", "ở", "trong", "của", "và", "thuộc", "nào", "được", "xảy", "bị", "có", "phải", "mắc", "vi", "cho"];

    private static (int Start, int End)? NextWord(string lower, int at, int end)
    {
        while (at < end && lower[at] is ' ' or '\u00A0') at++;
        var start = at;
        while (at < end && char.IsLetter(lower[at])) at++;
        return at > start ? (start, at) : null;
    }

    /// <summary>
    /// True when a label is only a generic measure (<c>Sản lượng</c>, <c>Năng suất bình quân hàng năm</c>) and names its
    /// subject through the record before it in the same line.
    /// </summary>
    private static bool IsElliptical(string label)
    {
        var rest = " " + TextKey.FoldLower(KpiText.Lower(label)) + " ";
        foreach (var word in ellipticalWords) rest = rest.Replace(" " + word + " ", " ", StringComparison.Ordinal);
        return rest.Trim().Length == 0;
    }

    private static readonly string[] ellipticalWords =
    [
        "san luong", "nang suat", "dien tich", "gia tri", "tong so", "so luong", "tong", "binh quan", "trung binh", "hang nam",
        "hang nam", "moi nam", "ca nam", "cac loai", "uoc", "dat",
    ];

    private Target? ReadQualitativeClause(string text, string lower, TargetClause clause, TargetSource source)
    {
        var span = TargetLabel.Span(text, lower, clause.Start, clause.End, qualitative: true);
        if (span.End <= span.Start) return null;
        var match = catalogue.MatchWithEnd(text[span.Start..span.End]);
        if (match is null) return null;

        var label = TargetLabel.Cut(text, lower, clause.Start, clause.End, qualitative: true, cutAfter: span.Start + match.Value.End);
        return new Target(match.Value.Entry.Code, label, match.Value.Entry.Sector, MaintainOrEmpty(lower, clause.Start, clause.End),
            null, string.Empty, string.Empty, Qualitative: true, source);
    }

    /// <summary>A line with no target the catalogue knows and no value: one qualitative record, the whole line.</summary>
    private Target WholeLine(string text, string lower, TargetSource source)
    {
        var label = TargetLabel.Cut(text, lower, 0, text.Length, qualitative: true);
        var entry = catalogue.Match(label);
        return new Target(entry?.Code ?? string.Empty, label.Length > 0 ? label : text, entry?.Sector ?? string.Empty,
            MaintainOrEmpty(lower, 0, text.Length), null, string.Empty, string.Empty, Qualitative: true, source);
    }

    /// <summary>
    /// False when no clause of the line can be reported as a value that cannot be read, whatever its clauses: the line has
    /// no number (no digits, and no number in words before a unit: a value needs one); no unit of share, money or measure
    /// where a word starts (<see cref="FindUnparsed(string, string, TargetClause, IReadOnlyList{NumberToken})"/> reports
    /// one only after a placeholder, <c>…%</c>, or a share after a comparator); and no strong comparator word
    /// (<c>đạt trên</c>). Without a number every clause starts where a word does, so these are looked for in the whole line.
    /// </summary>
    private static bool MayAnnounceValue(string text, string lower, List<NumberToken> numbers)
    {
        foreach (var token in numbers)
            if (!token.Words || token.Number is null || KpiUnits.TryReadAt(text, lower, token.End, out _)) return true;
        for (var i = 0; i < text.Length; i++)
        {
            if (lower[i] is ' ' or '\u00A0' or '\u202F' or '\t') continue;
            if (i > 0 && KpiText.IsWordChar(text[i - 1]) && KpiText.IsWordChar(text[i])) continue;
            if (!KpiUnits.TryReadAt(text, lower, i, out var unit) || unit.Start != i) continue;
            if (unit.Unit.Kind == KpiUnitKind.Ratio) return true;
            if (unit.Unit.Kind is KpiUnitKind.Money or KpiUnitKind.Measure && AfterPlaceholderMark(text, i)) return true;
        }
        foreach (var phrase in KpiComparator.Phrases)
            if (phrase.Strong && KpiText.IndexOfWords(lower, phrase.Text) >= 0) return true;
        return false;
    }

    /// <summary>True when the last character before <paramref name="at"/> that is no white space can end a placeholder (<c>..</c>, <c>…</c>, <c>__</c>, <c>x</c>).</summary>
    private static bool AfterPlaceholderMark(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && text[i] is '.' or '…' or '_' or 'x';
    }

    /// <summary>Why a clause without a readable value still announces one; null when it does not.</summary>
    private static string? FindUnparsed(string text, string lower, TargetClause clause, IReadOnlyList<NumberToken> numbers)
    {
        foreach (var token in numbers)
        {
            if (token.Start < clause.Start || token.End > clause.End || token.Number is not null) continue;
            if (KpiUnits.TryReadAt(text, lower, token.End, out _))
                return $"số «{text[token.Start..token.End]}» viết sai định dạng (dấu chấm phân cách hàng nghìn, dấu phẩy phần thập phân)";
        }

        for (var i = clause.Start; i < clause.End; i++)
        {
            // A unit is read where a word starts (a reading that begins after spaces starts elsewhere).
            if (lower[i] is ' ' or '\u00A0' or '\u202F' or '\t') continue;
            if (i > clause.Start && KpiText.IsWordChar(text[i - 1]) && KpiText.IsWordChar(text[i])) continue;
            if (!KpiUnits.TryReadAt(text, lower, i, out var unit) || unit.Start != i) continue;
            if (unit.Unit.Kind is not (KpiUnitKind.Ratio or KpiUnitKind.Money or KpiUnitKind.Measure)) continue;
            var head = text[clause.Start..i];
            if (placeholder.IsMatch(head)) return $"chưa điền giá trị trước «{unit.AsWritten}»";
            if (unit.Unit.Kind == KpiUnitKind.Ratio && ComparatorReader.ReadBefore(lower, clause.Start, i) is { Comparator: not KpiComparator.Equal })
                return $"thiếu giá trị trước «{unit.AsWritten}»";
        }

        var strong = ComparatorReader.FindStrongWithoutNumber(lower, clause.Start, clause.End);
        return strong is null ? null : $"sau «{strong}» không có số";
    }

    /// <summary>True when a value clause names its indicator itself (words before or after the value, or a counted unit).</summary>
    private static bool HasOwnLabel(string text, string lower, TargetClause clause, TargetValue value)
    {
        var reading = ComparatorReader.ReadBefore(lower, clause.Start, value.Token.Start);
        var before = TargetLabel.Span(text, lower, clause.Start, reading?.Start ?? value.Token.Start, qualitative: false);
        var after = TargetLabel.Span(text, lower, value.End, clause.End, qualitative: false);
        return before.End > before.Start || after.End > after.Start || value.Unit is { Unit.Kind: KpiUnitKind.Count };
    }

    private static string MaintainOrEmpty(string lower, int start, int end)
    {
        var clause = lower[start..end];
        return KpiComparator.MaintainWords.Any(w => KpiText.IndexOfWords(clause, w) >= 0) ? KpiComparator.Maintain : string.Empty;
    }

    private static string Quote(string text, TargetClause clause) => text[clause.Start..clause.End].Trim(quoteEdge);

    private static readonly char[] quoteEdge = [' ', ',', ';', '.'];

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];

    private static string Join(string first, string second) => $"{first} {second}".Trim();

    private static string StripListLabel(string line) => line[KpiText.ListLabelLength(line)..];
}
