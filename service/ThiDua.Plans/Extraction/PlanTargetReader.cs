using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Extraction;

/// <summary>
/// Reads the chỉ tiêu (KPI records) of a recognised plan: hands the body's paragraphs — with their numbering labels,
/// heading levels and bold from the plan model — the body's tables, and the plan's year and title to
/// <see cref="TargetDiscovery"/>.
/// </summary>
public static class PlanTargetReader
{
    private static readonly TargetDiscovery Discovery = new();

    /// <summary>
    /// The plan's targets in document order, and the lines announcing a target that could not be read (KPI-UNPARSED); a
    /// target whose text names no year is for the plan's year (<see cref="Target.TargetYear"/>).
    /// </summary>
    public static TargetExtraction Read(PlanDocument plan)
    {
        var (lines, tables, document) = Inputs(plan);
        var read = Discovery.Extract(lines, tables, document);
        return document.Year is not { } year ? read : read with { Targets = read.Targets.Select(t => t.TargetYear is null ? t with { TargetYear = year } : t).ToList() };
    }

    /// <summary>
    /// The lines announcing a target that could not be read (KPI-UNPARSED) — <see cref="Read"/>'s
    /// <see cref="TargetExtraction.Unparsed"/>, without reading the targets of running text (<see cref="TargetDiscovery.FindUnparsed"/>).
    /// </summary>
    public static IReadOnlyList<KpiUnparsed> ReadUnparsed(PlanDocument plan)
    {
        var (lines, tables, document) = Inputs(plan);
        return Discovery.FindUnparsed(lines, tables, document);
    }

    private static (List<TargetLine> Lines, List<TargetTable> Tables, TargetDocument Document) Inputs(PlanDocument plan)
    {
        var year = PlanMetadataReader.Read(plan).Year;
        var doc = plan.Source;
        var headings = plan.Headings.ToDictionary(h => h.Paragraph);
        var lines = new List<TargetLine>();
        for (var i = plan.BodyStart; i <= plan.BodyEnd && i < doc.Paragraphs.Count; i++)
        {
            var p = doc.Paragraphs[i];
            if (p.Cell is not null || string.IsNullOrWhiteSpace(p.Text)) continue;
            var heading = headings.GetValueOrDefault(i);
            var bold = p.VisibleRuns.Any() && p.VisibleRuns.All(r => r.Format.Bold);
            lines.Add(new TargetLine(p.Text, i, $"đoạn {i + 1}", p.Numbering?.Label ?? "",
                heading?.IsTitle ?? false, heading is null ? 0 : (int)heading.Level, bold));
        }
        var tables = doc.Tables
            .Where(t => t.ParentTable is null && t.FirstParagraph > plan.Header.LastParagraph && t.LastParagraph <= plan.BodyEnd)
            .Select(t => new TargetTable(t.Index, t.Rows.Select(r => new TargetTableRow(
                r.Cells.Where(c => !c.VerticalMergeContinue).Select(c => string.Join("\n", c.Paragraphs.Select(p => doc.Paragraphs[p].RenderedText))).ToList(),
                r.Cells.SelectMany(c => c.Paragraphs).DefaultIfEmpty(-1).First(),
                $"bảng {t.Index + 1}, hàng {r.Index + 1}")).ToList()))
            .ToList();
        var title = string.Join(" ", new[] { plan.Header.DocumentType?.Text ?? "", plan.Header.SubjectText }.Where(s => s.Length > 0));
        return (lines, tables, new TargetDocument(year, title));
    }
}
