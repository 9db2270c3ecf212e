using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Extraction;

/// <summary>
/// Reads the chỉ tiêu (KPI records) of a recognised plan: hands the body's paragraphs — with their numbering labels and
/// heading levels from the plan model — and the body's tables to <see cref="TargetListExtractor"/>.
/// </summary>
public static class PlanTargetReader
{
    private static readonly TargetListExtractor Extractor = new();

    /// <summary>
    /// The plan's targets in document order, and the lines announcing a target that could not be read (KPI-UNPARSED); a
    /// target whose text names no year is for the plan's year (<see cref="Target.TargetYear"/>).
    /// </summary>
    public static TargetExtraction Read(PlanDocument plan)
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
            lines.Add(new TargetLine(p.Text, i, $"đoạn {i + 1}", p.Numbering?.Label ?? "",
                heading?.IsTitle ?? false, heading is null ? 0 : (int)heading.Level));
        }
        var tables = doc.Tables
            .Where(t => t.ParentTable is null && t.FirstParagraph > plan.Header.LastParagraph && t.LastParagraph <= plan.BodyEnd)
            .Select(t => new TargetTable(t.Index, t.Rows.Select(r => new TargetTableRow(
                r.Cells.Where(c => !c.VerticalMergeContinue).Select(c => string.Join("\n", c.Paragraphs.Select(p => doc.Paragraphs[p].RenderedText))).ToList(),
                r.Cells.SelectMany(c => c.Paragraphs).DefaultIfEmpty(-1).First(),
                $"bảng {t.Index + 1}, hàng {r.Index + 1}")).ToList()))
            .ToList();
        var read = Extractor.Extract(lines, tables);
        return year is null ? read : read with { Targets = read.Targets.Select(t => t.TargetYear is null ? t with { TargetYear = year } : t).ToList() };
    }
}
