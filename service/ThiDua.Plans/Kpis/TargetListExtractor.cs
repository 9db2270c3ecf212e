using System.Text.RegularExpressions;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// Finds the chỉ tiêu of a plan — the lines under a heading such as <c>Các chỉ tiêu thi đua chủ yếu</c>, <c>Chỉ
/// tiêu</c>, <c>Mục tiêu, chỉ tiêu cụ thể</c>, and tables whose header names <c>Chỉ tiêu</c> with <c>Đơn vị tính</c> or
/// <c>Kế hoạch</c> — and reads each line or row with <see cref="TargetExtractor"/>, row n of a list being its n-th line.
/// </summary>
/// <remarks>
/// A list runs from its heading to the next title of the same or a higher level (<c>III. TỔ CHỨC THỰC HIỆN</c>); a
/// numbered line that ends with a period is running text, not a title, even when the caller marks it a heading (the
/// chỉ tiêu lines of a plan that restarts at <c>1.</c>). A deeper title or a short line ending with a colon inside the
/// list is a group title and is skipped. When the first item carries a label (<c>1.</c>, <c>2.1.</c>, <c>-</c>), the
/// list also ends at the first paragraph without one. A paragraph ending with a colon that announces chỉ tiêu
/// (<c>Phấn đấu đạt các chỉ tiêu sau:</c>) opens a list too.
/// </remarks>
public sealed class TargetListExtractor
{
    private static readonly Regex targetHeading = new(
        @"^(?:(?:cac|mot so|nhung|he thong)\s+)?(?:(?:muc tieu|nhiem vu)\s*(?:,|va|-)\s*(?:cac\s+)?)?chi tieu\b",
        RegexOptions.CultureInvariant);

    /// <summary>A closing phrase that announces a list of chỉ tiêu: <c>… các chỉ tiêu chủ yếu sau:</c>, <c>Chỉ tiêu cụ thể như sau:</c>.</summary>
    private static readonly Regex announcesTargets = new(@"\bchi tieu\b[^.;:]{0,40}\b(?:sau|nhu sau|cu the|gom)\s*:\s*$", RegexOptions.CultureInvariant);

    private readonly TargetExtractor extractor;

    /// <summary>A list extractor reading lines with a default <see cref="TargetExtractor"/>.</summary>
    public TargetListExtractor() : this(new TargetExtractor()) { }

    /// <summary>A list extractor reading lines with <paramref name="extractor"/>.</summary>
    public TargetListExtractor(TargetExtractor extractor) => this.extractor = extractor;

    /// <summary>The records of every chỉ tiêu list among <paramref name="paragraphs"/> and every chỉ tiêu table among <paramref name="tables"/>.</summary>
    /// <param name="paragraphs">The body paragraphs in document order (table paragraphs may be left out).</param>
    /// <param name="tables">The body tables, or null.</param>
    public TargetExtraction Extract(IReadOnlyList<TargetLine> paragraphs, IReadOnlyList<TargetTable>? tables = null)
    {
        return TargetExtraction.Join(FindLists(paragraphs).Select(list => ExtractItems(list.Items)).Concat((tables ?? []).Select(ExtractTable)));
    }

    /// <summary>The chỉ tiêu lists among <paramref name="paragraphs"/>, in order.</summary>
    public IReadOnlyList<TargetList> FindLists(IReadOnlyList<TargetLine> paragraphs)
    {
        var lists = new List<TargetList>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!OpensList(paragraphs[i])) continue;
            var heading = paragraphs[i];
            var items = new List<TargetLine>();
            bool? labelled = null;
            var j = i + 1;
            for (; j < paragraphs.Count; j++)
            {
                var line = paragraphs[j];
                var text = Body(line);
                if (text.Length == 0) continue;
                var title = IsTitle(line, text);
                if (title && EndsList(heading, line)) break;
                if (title || IsGroupTitle(text)) continue;
                var hasLabel = line.NumberLabel.Trim().Length > 0 || KpiText.ListLabelLength(line.Text) > 0;
                labelled ??= hasLabel;
                if (labelled == true && !hasLabel) break;
                items.Add(line);
            }
            if (items.Count > 0) lists.Add(new TargetList(heading, items));
            i = j - 1;
        }
        return lists;
    }

    /// <summary>The records of known chỉ tiêu lines (a tagged <c>thidua:kpi-table</c>, a list found by <see cref="FindLists"/>); line n is row n.</summary>
    public TargetExtraction ExtractItems(IReadOnlyList<TargetLine> items)
    {
        return TargetExtraction.Join(items.Select((line, n) => extractor.Extract(new TargetSource(Body(line), line.Paragraph, line.Location, n + 1))));
    }

    /// <summary>
    /// The records of a chỉ tiêu table (header naming Chỉ tiêu / Nội dung with Đơn vị tính or Kế hoạch / Chỉ tiêu năm…);
    /// empty for any other table (a work schedule with <c>Đơn vị thực hiện</c> is not one). Row n is the n-th data row.
    /// </summary>
    public TargetExtraction ExtractTable(TargetTable table)
    {
        var layout = TargetTableLayout.Find(table);
        if (layout is null) return TargetExtraction.Empty;
        var rows = new List<TargetExtraction>();
        var n = 0;
        foreach (var row in table.Rows.Skip(layout.HeaderRows))
        {
            var label = Cell(row, layout.Label);
            var value = layout.Value is { } v ? Cell(row, v) : string.Empty;
            var unit = layout.Unit is { } u ? Cell(row, u) : string.Empty;
            if (label.Length == 0 || TargetTableLayout.IsColumnNumbers(row)) continue;
            if (value.Length == 0 && unit.Length == 0 && layout.Value is not null) continue; // group row: I. Kinh tế
            n++;
            var sentence = KpiText.Nfc(string.Join(" | ", row.Cells.Select(c => c.Trim()).Where(c => c.Length > 0)));
            var source = new TargetSource(sentence, row.Paragraph, row.Location, n);
            var line = layout.Value is null ? label : $"{label} {value} {UnitNotInValue(value, unit)}".Trim();
            var read = extractor.Extract(source with { Sentence = line });
            rows.Add(new TargetExtraction(
                read.Targets.Select(t => t with { Source = source }).ToList(),
                read.Unparsed.Select(u => u with { Source = source }).ToList()));
        }
        return TargetExtraction.Join(rows);
    }

    /// <summary>True when <paramref name="text"/> (label or not) is a chỉ tiêu heading: <c>2. Các chỉ tiêu thi đua chủ yếu…</c>.</summary>
    public static bool IsTargetHeading(string text)
    {
        var body = KpiText.Fold(StripLabel(KpiText.Nfc(text)).Trim());
        return body.Length is > 0 and < 200 && targetHeading.IsMatch(body);
    }

    private static bool OpensList(TargetLine line)
    {
        var text = Body(line);
        if (line.IsHeading && IsTargetHeading(text)) return true;
        if (text.Length > 250 || !text.TrimEnd().EndsWith(':')) return false;
        var folded = KpiText.Fold(text);
        return IsTargetHeading(text) || announcesTargets.IsMatch(folded);
    }

    /// <summary>A heading the caller marks, that reads as a title (no final period or semicolon); <paramref name="body"/> is the line as <see cref="Body"/> gives it.</summary>
    private static bool IsTitle(TargetLine line, string body) =>
        line.IsHeading && body.TrimEnd() is var end && !end.EndsWith('.') && !end.EndsWith(';');

    private static bool EndsList(TargetLine heading, TargetLine line) =>
        heading.HeadingLevel <= 0 || line.HeadingLevel <= 0 || line.HeadingLevel <= heading.HeadingLevel;

    private static bool IsGroupTitle(string text) => text.TrimEnd().EndsWith(':') && text.Length <= 80;

    private static string Body(TargetLine line)
    {
        var text = KpiText.Nfc(line.Text ?? string.Empty);
        var label = line.NumberLabel?.Trim() ?? string.Empty;
        if (label.Length > 0 && text.TrimStart().StartsWith(label, StringComparison.Ordinal)) text = text.TrimStart()[label.Length..];
        return StripLabel(text).Trim();
    }

    private static string StripLabel(string text) => text[KpiText.ListLabelLength(text)..];

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
