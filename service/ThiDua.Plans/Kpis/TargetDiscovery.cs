namespace ThiDua.Plans.Kpis;

/// <summary>
/// Finds the chỉ tiêu of a plan wherever and however it writes them — <em>nhận diện chỉ tiêu theo nghĩa</em> — and reads
/// each with <see cref="TargetExtractor"/>: a paragraph, a clause of a paragraph or a table row is a target when it states
/// an indicator, a value and target wording, wherever it stands.
/// </summary>
/// <remarks>
/// <para>The body is read as passages (<see cref="TargetPassage"/>: lines broken by a page copied from the web are joined
/// again) under an outline of its titles (<see cref="TargetOutline"/>: typed or numbered labels of any style, capitals,
/// bold, announcing lines ending with a colon). Each sentence is weighed (<see cref="TargetMood"/>): the part it stands in
/// (<c>Mục tiêu cụ thể</c> +3, <c>Kết quả đạt được</c> −3, <c>Căn cứ</c> never), its own target or result wording
/// (<c>phấn đấu</c>, <c>đến năm 2025</c> / <c>đã</c>, <c>so với kế hoạch</c>, a year before the plan's); a sentence that
/// says nothing of itself goes with the sentence before it in its passage, a sentence opening with <c>Trong đó</c> with
/// the sentence before it anywhere, and otherwise with its part, and, in a part that says nothing either, with the whole
/// document (a plan whose sentences lean towards targets, a report whose sentences report results).</para>
/// <para>A taken sentence that is an item of a list in a part of targets (a line with a list label, or short) is read as
/// such: its values need no wording of their own and, under a heading naming chỉ tiêu, a line without a number is a
/// qualitative target. Running text is read strictly: a value counts only with target wording in its own clause. Each
/// record carries its evidence: the heading of the part of targets, the wording, the table column. Tables are read where
/// they stand, unless in a part of results or grounds.</para>
/// </remarks>
public sealed partial class TargetDiscovery
{
    /// <summary>The longest passage still read as one item of a list when it carries no list label.</summary>
    private const int ItemLength = 250;

    private readonly TargetExtractor extractor;

    /// <summary>A discovery reading lines with a default <see cref="TargetExtractor"/>.</summary>
    public TargetDiscovery() : this(new TargetExtractor()) { }

    /// <summary>A discovery reading lines with <paramref name="extractor"/>.</summary>
    public TargetDiscovery(TargetExtractor extractor) => this.extractor = extractor;

    /// <summary>The records of the targets among <paramref name="paragraphs"/> and <paramref name="tables"/>, in document order.</summary>
    /// <param name="paragraphs">The body paragraphs outside tables, in document order.</param>
    /// <param name="tables">The body tables, or null.</param>
    /// <param name="document">What the plan says about itself (year, title), or null when unknown.</param>
    public TargetExtraction Extract(IReadOnlyList<TargetLine> paragraphs, IReadOnlyList<TargetTable>? tables = null, TargetDocument? document = null) =>
        Extract(paragraphs, tables, document, unparsedOnly: false);

    /// <summary>
    /// The chỉ tiêu among <paramref name="paragraphs"/> and <paramref name="tables"/> that announce a target without a
    /// readable value — the same list, in the same order, as <see cref="Extract(IReadOnlyList{TargetLine}, IReadOnlyList{TargetTable}?, TargetDocument?)"/>'s
    /// <see cref="TargetExtraction.Unparsed"/> — for KPI-UNPARSED. Only the items of chỉ tiêu lists and the table rows are
    /// read line by line: a sentence of running text is read for its stated values alone and never reports one.
    /// </summary>
    /// <param name="paragraphs">The body paragraphs outside tables, in document order.</param>
    /// <param name="tables">The body tables, or null.</param>
    /// <param name="document">What the plan says about itself (year, title), or null when unknown.</param>
    public IReadOnlyList<KpiUnparsed> FindUnparsed(IReadOnlyList<TargetLine> paragraphs, IReadOnlyList<TargetTable>? tables = null, TargetDocument? document = null) =>
        Extract(paragraphs, tables, document, unparsedOnly: true).Unparsed;

    private TargetExtraction Extract(IReadOnlyList<TargetLine> paragraphs, IReadOnlyList<TargetTable>? tables, TargetDocument? document, bool unparsedOnly)
    {
        document ??= TargetDocument.Unknown;
        var passages = TargetPassage.Join(paragraphs);
        var sentences = new TargetSentences(passages, document);
        var outline = new TargetOutline(sentences.Year);
        var pending = new Queue<TargetTable>((tables ?? []).OrderBy(t => t.Paragraph));
        var parts = new List<TargetExtraction>();
        var rows = new Dictionary<TargetScope, int>(ReferenceEqualityComparer.Instance);
        var last = TakenBefore.None;

        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            while (pending.Count > 0 && pending.Peek().Paragraph <= passage.Line.Paragraph && pending.Peek().Paragraph >= 0)
                parts.Add(Table(pending.Dequeue(), outline, document));
            var isTitle = outline.Read(passage, TargetExtractor.HoldsValue);
            if (isTitle) continue;

            var governing = outline.Governing;
            var topic = governing?.Topic ?? TargetTopic.Neutral;
            if (topic == TargetTopic.Grounds) { last = TakenBefore.Known(false); continue; }
            var weight = TargetMood.Weight(topic);
            var inList = topic == TargetTopic.Targets && (passage.Label.Length > 0 || passage.Text.Length <= ItemLength);
            if (unparsedOnly && !inList)
            {
                last = TakenBefore.After(p, weight, last); // running text reports nothing: weighed only if a list item goes with it
                continue;
            }

            var taken = new List<(int Start, int End, List<string> Words)>();
            bool? previous = null;
            foreach (var sentence in sentences.Of(p))
            {
                var take = sentences.Take(sentence, weight, previous, last);
                previous = take;
                if (!take) continue;
                var (start, end, words) = (sentence.Start, sentence.End, sentence.Words);
                if (taken.Count > 0 && taken[^1].End == start) taken[^1] = (taken[^1].Start, end, [.. taken[^1].Words, .. words]);
                else taken.Add((start, end, [.. words]));
            }
            if (previous is { } lastTake) last = TakenBefore.Known(lastTake);
            if (taken.Count == 0) continue;

            var reading = new TargetReading(
                RequireWording: !inList,
                Qualitative: inList && governing!.NamesTargets,
                ReportUnparsed: inList,
                Year: outline.Year);
            var heading = topic == TargetTopic.Targets ? governing!.Heading : string.Empty;
            var row = 0;
            if (inList)
            {
                rows[governing!] = rows.GetValueOrDefault(governing!) + 1;
                row = rows[governing!];
            }
            foreach (var (start, end, words) in taken)
            {
                var whole = start == 0 && end >= passage.Text.TrimEnd().Length;
                var sentence = whole ? passage.Text : passage.Text[start..end].Trim();
                var source = new TargetSource(sentence, passage.Line.Paragraph, passage.Line.Location, row);
                if (unparsedOnly)
                {
                    parts.Add(new TargetExtraction([], extractor.ReadUnparsed(source, reading)));
                    continue;
                }
                var read = extractor.Extract(source, reading);
                var records = new List<Target>(read.Targets.Count);
                foreach (var t in read.Targets) records.Add(t with { Evidence = Evidence(t.Evidence, heading, words) });
                parts.Add(new TargetExtraction(records, read.Unparsed));
            }
        }
        while (pending.Count > 0) parts.Add(Table(pending.Dequeue(), outline, document));
        return TargetExtraction.Join(parts);
    }

    /// <summary>
    /// The records of a chỉ tiêu table (header naming Chỉ tiêu / Nội dung with Đơn vị tính or Kế hoạch / Chỉ tiêu năm…);
    /// empty for any other table (a work schedule with <c>Đơn vị thực hiện</c> is not one). Row n is the n-th data row; the
    /// evidence names the column the value was read from.
    /// </summary>
    public TargetExtraction ExtractTable(TargetTable table) => ExtractTable(table, string.Empty, null);

    private TargetExtraction Table(TargetTable table, TargetOutline outline, TargetDocument document)
    {
        var governing = outline.Governing;
        if (governing?.Topic is TargetTopic.Results or TargetTopic.Grounds) return TargetExtraction.Empty;
        return ExtractTable(table, governing?.Topic == TargetTopic.Targets ? governing.Heading : string.Empty, outline.Year);
    }

    private TargetExtraction ExtractTable(TargetTable table, string heading, int? year)
    {
        var layout = TargetTableLayout.Find(table);
        if (layout is null) return TargetExtraction.Empty;
        var rows = new List<TargetExtraction>();
        var column = layout.Value is { } v ? Cell(table.Rows[layout.HeaderRow], v) : Cell(table.Rows[layout.HeaderRow], layout.Label);
        var columnYear = TargetMood.YearOf(column) ?? ColumnYear().Matches(column).Select(m => (int?)int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).LastOrDefault();
        var n = 0;
        foreach (var row in table.Rows.Skip(layout.HeaderRows))
        {
            var label = Cell(row, layout.Label);
            var value = layout.Value is { } c ? Cell(row, c) : string.Empty;
            var unit = layout.Unit is { } u ? Cell(row, u) : string.Empty;
            if (label.Length == 0 || TargetTableLayout.IsColumnNumbers(row)) continue;
            if (value.Length == 0 && unit.Length == 0 && layout.Value is not null) continue; // group row: I. Kinh tế
            n++;
            var sentence = KpiText.Nfc(string.Join(" | ", row.Cells.Select(cell => cell.Trim()).Where(cell => cell.Length > 0)));
            var source = new TargetSource(sentence, row.Paragraph, row.Location, n);
            var line = layout.Value is null ? label : $"{label} {value} {UnitNotInValue(value, unit)}".Trim();
            var read = extractor.Extract(source with { Sentence = line }, TargetReading.ListItem with { Year = columnYear ?? year });
            rows.Add(new TargetExtraction(
                read.Targets.Select(t => t with { Source = source, Evidence = t.Evidence with { Heading = heading, Column = column } }).ToList(),
                read.Unparsed.Select(x => x with { Source = source }).ToList()));
        }
        return TargetExtraction.Join(rows);
    }

    /// <summary>
    /// The evidence of a record: the heading of its part of targets; its own wording, and — when no heading announces it —
    /// the target words of its sentence that made the sentence a target (<c>phấn đấu</c>, <c>đặt mục tiêu</c>; a year
    /// belongs to its own clause and is left to it).
    /// </summary>
    private static TargetEvidence Evidence(TargetEvidence own, string heading, IReadOnlyList<string> sentenceWords)
    {
        var words = own.Wording.Split(", ", StringSplitOptions.RemoveEmptyEntries).ToList();
        if (heading.Length == 0)
            foreach (var w in sentenceWords.Where(w => !w.Contains("năm", StringComparison.Ordinal)))
                if (!words.Any(x => string.Equals(x, w, StringComparison.OrdinalIgnoreCase))) words.Add(w);
        return own with { Heading = heading, Wording = string.Join(", ", words) };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:19|20)\d{2}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ColumnYear();

    private static string Cell(TargetTableRow row, int column) =>
        column < row.Cells.Count ? KpiText.Nfc(row.Cells[column] ?? string.Empty).Trim() : string.Empty;

    /// <summary>The unit column's text, unless the value cell already writes a unit after its number (<c>95%</c>).</summary>
    private static string UnitNotInValue(string value, string unit)
    {
        var tokens = VietnameseNumber.FindAll(value);
        if (tokens.Count == 0) return unit;
        return KpiUnits.TryReadAt(value, tokens[^1].End, out _) ? string.Empty : unit;
    }
}
