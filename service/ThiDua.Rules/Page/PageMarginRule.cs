using ThiDua.Docx.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Page;

/// <summary>
/// PAGE-MARGIN — lề trên 20–25 mm, lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm (twips 1134–1417, 1134–1417,
/// 1701–1985, 850–1134; the standard's <see cref="PageGeometry"/>), each with 0.1 mm (6 twips) for the rounding of a value
/// typed in cm or inches.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.3. One finding per section that breaks it; the fix moves each
/// margin outside its range to the nearest bound.
/// </summary>
public sealed class PageMarginRule : IPlanRule
{
    private const int Slack = 6;

    /// <inheritdoc />
    public string Id => "PAGE-MARGIN";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Document.Sections.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Document, -1, "văn bản không có thông tin lề trang (w:sectPr).");
            yield break;
        }
        var page = context.Standard.Page;
        var expected = $"Lề trên {Range(page.Top)}, lề dưới {Range(page.Bottom)}, lề trái {Range(page.Left)}, lề phải {Range(page.Right)}";
        foreach (var s in context.Document.Sections)
        {
            var problems = new List<string>();
            var top = Judge("lề trên", s.MarginTop, page.Top, problems);
            var bottom = Judge("lề dưới", s.MarginBottom, page.Bottom, problems);
            var left = Judge("lề trái", s.MarginLeft, page.Left, problems);
            var right = Judge("lề phải", s.MarginRight, page.Right, problems);
            if (problems.Count == 0) continue;
            var observed = $"trên {Units.Mm(s.MarginTop)}, dưới {Units.Mm(s.MarginBottom)}, trái {Units.Mm(s.MarginLeft)}, phải {Units.Mm(s.MarginRight)}";
            yield return context.At(Id, Severity.Warning, PlanPart.Document, -1,
                $"Lề trang phần {s.Index + 1} chưa đúng: " + string.Join("; ", problems) + ".",
                expected, observed,
                new Fix("Đặt lề trang theo Nghị định 30", -1, Page: new PageFormat(TopMm: top, BottomMm: bottom, LeftMm: left, RightMm: right)),
                excerpt: "Lề trang: " + observed);
        }
    }

    private static string Range(MarginRange r) => r.MinMm.Equals(r.MaxMm) ? $"{r.MinMm:0.#} mm" : $"{r.MinMm:0.#}–{r.MaxMm:0.#} mm";

    /// <summary>Adds a problem when <paramref name="twips"/> is outside the margin's range; returns the value to set in mm.</summary>
    private static double Judge(string name, int twips, MarginRange range, List<string> problems)
    {
        var (minMm, maxMm) = (range.MinMm, range.MaxMm);
        var mm = DocSection.ToMm(twips);
        var min = (int)Math.Round(minMm * 56.7) - Slack;
        var max = (int)Math.Round(maxMm * 56.7) + Slack;
        if (twips >= min && twips <= max) return Math.Round(mm, 1);
        problems.Add($"{name} {Units.Mm(twips)} (cần {Range(range)})");
        return twips < min ? minMm : maxMm;
    }
}
