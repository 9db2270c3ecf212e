using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Tables;

/// <summary>
/// TABLE-LAYOUT (house) — the header and signature tables (layout tables) draw no border; no table is wider than the text
/// area of its section (page width less the left and right margins, twips; <see cref="WidthToleranceTwips"/> allowed for cell
/// margins); a work or chỉ tiêu table that runs over a page repeats its header row (<c>w:tblHeader</c>); its TT column is
/// centred. Whether a table runs over a page is estimated from its text: each cell's lines (text width by Times New Roman
/// metrics over the cell's width) at <see cref="LineHeight.Pt"/>, the tallest cell giving the row's height, against the page's
/// height less its top and bottom margins. Fixes: borders off, header row repeated, TT column centred.
/// </summary>
public sealed class TableLayoutRule : IPlanRule
{
    /// <summary>Fix kind: remove every border of the table the finding's paragraph is in (table and cells).</summary>
    public const string BordersOff = "table-borders-off";

    /// <summary>Fix kind: repeat the first row of the table the finding's paragraph is in on every page (<c>w:tblHeader</c>).</summary>
    public const string RepeatHeaderRow = "table-repeat-header-row";

    /// <summary>Fix kind: centre the paragraphs of the first column below the header row of the finding's table.</summary>
    public const string CenterNumberColumn = "table-center-number-column";

    /// <summary>
    /// How much wider than the text area a table may be drawn, twips (1 cm): the two-column header and closing tables are
    /// commonly let out by their cell margins and a few millimetres into the page margins, and print whole.
    /// </summary>
    public const int WidthToleranceTwips = 567;

    /// <summary>Left and right cell margins together (Word's default 108 twips each), twips.</summary>
    private const int CellMarginsTwips = 216;

    /// <summary>Headings of a TT column, folded.</summary>
    private static readonly string[] NumberHeadings = ["TT", "STT", "SO TT"];

    /// <inheritdoc />
    public string Id => "TABLE-LAYOUT";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var doc = context.Document;
        var layout = LayoutTables(context.Plan);
        foreach (var table in doc.Tables.Where(t => t.ParentTable is null && t.FirstParagraph >= 0))
        {
            var at = table.FirstParagraph;
            var excerpt = FirstText(doc, table);
            if (layout.TryGetValue(table.Index, out var role) && table.HasVisibleBorders)
                yield return context.At(Id, Severity.Warning, PlanPart.Document, at,
                    $"Bảng {role} có đường viền.", "Bảng không có đường viền", "có đường viền",
                    new Fix($"Bỏ đường viền bảng {role}", at, Kind: BordersOff), excerpt);

            var section = doc.Sections.ElementAtOrDefault(doc.Paragraphs[at].Section) ?? doc.Sections.FirstOrDefault();
            if (section is null) continue;
            var width = Width(table);
            if (width > section.TextWidth + WidthToleranceTwips)
                yield return context.At(Id, Severity.Warning, PlanPart.Document, at,
                    $"Bảng rộng {Units.Mm(width)}, vượt ra ngoài vùng trình bày ({Units.Mm(section.TextWidth)}).",
                    $"Bảng rộng không quá {Units.Mm(section.TextWidth)}", Units.Mm(width), excerpt: excerpt);
            if (layout.ContainsKey(table.Index) || table.Rows.Count < 2) continue;

            var pageHeight = section.PageHeight - section.MarginTop - section.MarginBottom;
            if (!table.Rows[0].IsHeader && HeightTwips(doc, table) > pageHeight)
                yield return context.At(Id, Severity.Warning, PlanPart.Document, at,
                    "Bảng dài quá một trang nhưng dòng tiêu đề không được lặp lại ở đầu mỗi trang.",
                    "Dòng tiêu đề lặp lại ở mỗi trang", "không lặp lại",
                    new Fix("Lặp lại dòng tiêu đề của bảng ở mỗi trang", at, Kind: RepeatHeaderRow), excerpt);

            if (!IsNumberColumn(doc, table)) continue;
            var offCentre = table.Rows.Skip(1)
                .SelectMany(r => r.Cells.Where(c => c.Column == 0).SelectMany(c => c.Paragraphs))
                .Select(i => doc.Paragraphs[i])
                .Where(p => p.Cell is { Depth: 1 } && !string.IsNullOrWhiteSpace(p.Text) && p.Format.Alignment != Alignment.Center)
                .ToList();
            if (offCentre.Count > 0)
                yield return context.At(Id, Severity.Warning, PlanPart.Document, offCentre[0].Index,
                    $"Cột số thứ tự chưa canh giữa ({offCentre.Count} ô).", "Cột TT canh giữa",
                    $"{offCentre.Count} ô {ElementLook.AlignmentName(offCentre[0].Format.Alignment)}",
                    new Fix("Canh giữa cột số thứ tự", at, Kind: CenterNumberColumn), offCentre[0].Text);
        }
    }

    /// <summary>The header's and the closing's tables, with their Vietnamese names.</summary>
    private static Dictionary<int, string> LayoutTables(PlanDocument plan)
    {
        var doc = plan.Source;
        var roles = new Dictionary<int, string>();
        void Add(int paragraph, string role)
        {
            if (paragraph < 0 || paragraph >= doc.Paragraphs.Count || doc.Paragraphs[paragraph].Cell is not { } cell) return;
            var table = doc.Tables[cell.Table];
            while (table.ParentTable is { } parent) table = doc.Tables[parent];
            roles.TryAdd(table.Index, role);
        }
        var header = plan.Header;
        if (header.Layout == HeaderLayout.Table)
            foreach (var element in header.Elements.Where(e => e.Column != HeaderColumn.Full)) Add(element.Paragraph, "phần đầu văn bản");
        if (plan.Recipients is { } recipients) Add(recipients.Label.Paragraph, "nơi nhận, chữ ký");
        if (plan.Signature is { } signature) Add(signature.FirstParagraph, "nơi nhận, chữ ký");
        return roles;
    }

    /// <summary>The table's width, twips: its widest row by cell widths, or its grid when cell widths are unknown.</summary>
    private static int Width(DocTable table)
    {
        var byCells = table.Rows.Where(r => r.Cells.Count > 0 && r.Cells.All(c => c.WidthTwips > 0)).Select(r => r.Cells.Sum(c => c.WidthTwips)).DefaultIfEmpty(0).Max();
        return byCells > 0 ? byCells : table.GridColumnsTwips.Sum();
    }

    /// <summary>The table's estimated height, twips: per row its tallest cell (lines × <see cref="LineHeight.Pt"/>, plus paragraph spacing).</summary>
    private static double HeightTwips(DocxDocument doc, DocTable table)
    {
        double total = 0;
        foreach (var row in table.Rows)
        {
            double tallest = 0;
            foreach (var cell in row.Cells)
            {
                var width = Math.Max(567, (cell.WidthTwips > 0 ? cell.WidthTwips : table.GridColumnsTwips.Skip(cell.Column).Take(cell.GridSpan).Sum()) - CellMarginsTwips);
                double height = 0;
                foreach (var p in cell.Paragraphs.Select(i => doc.Paragraphs[i]))
                {
                    var halfPoints = (int)Math.Round(LineHeight.TypeSizePt(p) * 2);
                    var lines = p.Text.Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(TextMeasure.WidthTwips(l, halfPoints, false) / (double)width)));
                    height += lines * LineHeight.Pt(p) * 20 + p.Format.SpacingBefore + p.Format.SpacingAfter;
                }
                tallest = Math.Max(tallest, height);
            }
            total += tallest;
        }
        return total;
    }

    /// <summary>True when the first cell of the first row is headed TT, STT or Số TT.</summary>
    private static bool IsNumberColumn(DocxDocument doc, DocTable table)
    {
        var first = table.Rows[0].Cells.FirstOrDefault(c => c.Column == 0);
        if (first is null) return false;
        var text = TextKey.Fold(string.Join(" ", first.Paragraphs.Select(i => doc.Paragraphs[i].Text))).Replace(".", "").Trim();
        return NumberHeadings.Contains(text);
    }

    private static string FirstText(DocxDocument doc, DocTable table) =>
        Enumerable.Range(table.FirstParagraph, Math.Max(0, table.LastParagraph - table.FirstParagraph + 1))
            .Select(i => doc.Paragraphs[i].Text.Trim()).FirstOrDefault(t => t.Length > 0) ?? "(bảng)";
}
