using System.Text.RegularExpressions;

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
    /// Reads the line in <see cref="TargetSource.Sentence"/>; records carry <paramref name="source"/> with the sentence NFC
    /// and without its list label. Only the first <see cref="MaxLineLength"/> characters of a longer line are read.
    /// </summary>
    public TargetExtraction Extract(TargetSource source)
    {
        var sentence = StripListLabel(KpiText.Nfc(source.Sentence ?? string.Empty)).Trim();
        if (sentence.Length == 0) return TargetExtraction.Empty;
        source = source with { Sentence = sentence };

        var text = (sentence.Length > MaxLineLength ? sentence[..MaxLineLength] : sentence).TrimEnd(' ', '.', ';', ':', '…', '\u00A0');
        var lower = KpiText.Lower(text);
        var numbers = VietnameseNumber.FindAll(text); // read once: every segment and clause looks at them
        var clauses = TargetClauses.Split(text, lower, numbers);

        var targets = new List<(int Order, Target Target)>();
        var qualitative = new List<(int Order, Target Target)>();
        var unparsed = new List<KpiUnparsed>();
        Target? previous = null;
        var previousSegment = -1;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var inherited = clause.Segment == previousSegment ? previous : null;
            if (clause.Value is { } value)
            {
                var labelStart = clause.Start;
                if (i > 0 && clauses[i - 1] is { Value: null } before && before.Segment == clause.Segment && !HasOwnLabel(text, lower, clause, value))
                {
                    labelStart = before.Start; // "Tỷ lệ X, phấn đấu đạt 95%": the clause before names the indicator
                    qualitative.RemoveAll(q => q.Order == i - 1);
                }
                var read = ReadValueClause(text, lower, clause with { Start = labelStart }, value, inherited, source);
                if (read.Target is not null) targets.Add((i, read.Target));
                if (read.Unparsed is not null) unparsed.Add(read.Unparsed);
                previous = read.Target ?? previous;
            }
            else
            {
                var problem = FindUnparsed(text, lower, clause, numbers);
                if (problem is not null)
                {
                    unparsed.Add(new KpiUnparsed(Quote(text, clause), problem, source));
                    continue;
                }
                var target = ReadQualitativeClause(text, lower, clause, source);
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
        if (targets.Count == 0 && unparsed.Count == 0) return new TargetExtraction([WholeLine(text, lower, source)], []);
        return new TargetExtraction(
            targets.OrderBy(t => t.Order).Select(t => t.Target).ToList(),
            unparsed.DistinctBy(u => (u.Quote, u.Reason)).ToList());
    }

    private (Target? Target, KpiUnparsed? Unparsed) ReadValueClause(
        string text, string lower, TargetClause clause, TargetValue value, Target? inherited, TargetSource source)
    {
        var reading = ComparatorReader.ReadBefore(lower, clause.Start, value.Token.Start);
        var labelEnd = reading switch
        {
            { Delta: true } delta => delta.DeltaEnd,
            { } plain => plain.Start,
            null => value.Token.Start,
        };
        var before = TargetLabel.Span(text, lower, clause.Start, labelEnd, qualitative: false);
        var verbOnly = reading is { Delta: true } && TargetLabel.Span(text, lower, clause.Start, reading.Value.Start, qualitative: false) is var rest
            && rest.End <= rest.Start;

        var afterStart = value.End;
        var postfix = ComparatorReader.ReadAfter(lower, value.End, clause.End);
        if (postfix is { } p) afterStart = p.End;
        var after = TargetLabel.Span(text, lower, afterStart, clause.End, qualitative: false);
        var unit = value.Unit;
        var hasBefore = before.End > before.Start;
        var hasAfter = after.End > after.Start;

        // "tăng 10% so với năm 2023" after another value: a comparison remark on the target before, not a target.
        if (verbOnly && !hasAfter && unit is not { Unit.Kind: KpiUnitKind.Count } && inherited is not null) return (null, null);

        var counted = unit is { Unit.Kind: KpiUnitKind.Count } c ? c.AsWritten : string.Empty;
        var label = (unit?.Unit.Kind, hasBefore && !verbOnly, hasAfter) switch
        {
            (null, _, true) when char.IsLetter(text[after.Start]) => Join(Slice(text, before), Slice(text, after)), // unknown unit word: keep the counted noun
            (KpiUnitKind.Count or KpiUnitKind.Measure, _, true) => Join(Slice(text, before), Join(counted, Slice(text, after))), // Kết nạp 5 đảng viên mới
            (_, true, _) => Slice(text, before),
            (KpiUnitKind.Count, false, _) => Join(Slice(text, before), Join(counted, Slice(text, after))), // duy trì 03 trường đạt chuẩn…
            _ => Join(Slice(text, before), Slice(text, after)),
        };
        label = KpiText.UpperFirst(label);

        var comparator = reading?.Comparator ?? postfix?.Comparator ?? inherited?.Comparator ?? KpiComparator.Equal;
        if (reading is { Comparator: KpiComparator.Equal } && postfix is { } post) comparator = post.Comparator;

        var entry = label.Length > 0 ? catalogue.Match(label, text, unit?.Unit) : null;
        if (label.Length == 0 && inherited is not null)
        {
            label = inherited.Label;
            entry = catalogue.Find(inherited.Code);
        }
        if (label.Length == 0)
            return (null, new KpiUnparsed(Quote(text, clause), "không xác định được tên chỉ tiêu của giá trị này", source));

        var asWritten = unit is { Multiplier: not 1m } scaled
            ? text[value.Token.Start..(scaled.End - scaled.AsWritten.Length)].Trim() // "5 nghìn" con
            : value.Number.AsWritten;
        var target = new Target(
            entry?.Code ?? string.Empty,
            label,
            entry?.Sector ?? string.Empty,
            comparator,
            value.Number.Value * (unit?.Multiplier ?? 1m),
            asWritten,
            unit?.Unit.Name ?? string.Empty,
            Qualitative: false,
            source);

        KpiUnparsed? problem = null;
        if (unit is null && entry is { Unit.Length: > 0 } && !text[value.End..clause.End].Any(char.IsLetter))
            problem = new KpiUnparsed(Quote(text, clause), $"thiếu đơn vị tính sau giá trị {value.Number.AsWritten} (chỉ tiêu này thường tính bằng {entry.Unit})", source);
        return (target, problem);
    }

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

    private static string Quote(string text, TargetClause clause) => text[clause.Start..clause.End].Trim(' ', ',', ';', '.');

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];

    private static string Join(string first, string second) => $"{first} {second}".Trim();

    private static string StripListLabel(string line) => line[KpiText.ListLabelLength(line)..];
}
