using ThiDua.Docx.Model;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Page;

/// <summary>
/// PAGE-SIZE — khổ giấy A4 (210 × 297 mm, ±1 mm: the standard's <see cref="ThiDua.Plans.Standard.PageGeometry"/>), portrait; a landscape section is allowed only around a wide table.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.1–2. One finding per section that breaks it.
/// </summary>
public sealed class PageSizeRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "PAGE-SIZE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var sections = context.Document.Sections;
        if (sections.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Error, PlanPart.Document, -1, "văn bản không có thông tin khổ giấy (w:sectPr).");
            yield break;
        }
        var page = context.Standard.Page;
        bool Near(int twips, int target) => Math.Abs(twips - target) <= page.ToleranceTwips;
        foreach (var s in sections)
        {
            var portraitA4 = Near(s.PageWidth, page.WidthTwips) && Near(s.PageHeight, page.HeightTwips);
            var landscapeA4 = Near(s.PageWidth, page.HeightTwips) && Near(s.PageHeight, page.WidthTwips);
            if (portraitA4 && !s.Landscape) continue;
            if (landscapeA4 && HoldsTable(context.Document, s)) continue;
            var observed = $"{Units.Mm(s.PageWidth)} × {Units.Mm(s.PageHeight)}" + (s.Landscape ? ", khổ ngang" : "");
            var message = landscapeA4
                ? $"Phần {s.Index + 1} của văn bản đặt khổ ngang nhưng không chứa bảng rộng."
                : $"Khổ giấy phần {s.Index + 1} không phải A4: {observed}.";
            yield return context.At(Id, Severity.Error, PlanPart.Document, -1, message,
                "A4 (210 × 297 mm), khổ dọc; khổ ngang chỉ cho trang có bảng rộng", observed,
                new Fix("Đặt khổ giấy A4 dọc", -1, Page: new PageFormat(WidthMm: 210, HeightMm: 297)),
                excerpt: $"Khổ giấy: {observed}");
        }
    }

    private static bool HoldsTable(DocxDocument document, DocSection section) =>
        document.Paragraphs.Skip(section.FirstParagraph).Take(section.LastParagraph - section.FirstParagraph + 1).Any(p => p.InTable);
}
