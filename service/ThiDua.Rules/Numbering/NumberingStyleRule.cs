using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Numbering;

/// <summary>
/// NUM-STYLE — trình bày các đề mục (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6đ and the table of Mục V): headings of one
/// level look alike, and titles look as the decree says. The decree's look: mục titles (<c>I. MỤC ĐÍCH, YÊU CẦU</c>) in hoa,
/// đứng, đậm; khoản titles (<c>1. Mục đích</c>) in thường, đứng, đậm; khoản without a title (a numbered paragraph of
/// running text) đứng, its label bold or not; tiểu mục <c>1.1.</c> and điểm <c>a)</c> regular weight throughout. Within one
/// level, titles are compared with titles and untitled paragraphs with untitled ones on size and indent (where the label
/// starts: left + first-line indent), the first one of the level setting the look the author chose; numbering typed by hand
/// mixed with Word's automatic numbering in one level is reported too (the minority way). One finding per level, at the first
/// paragraph that deviates, listing every deviating paragraph. No mechanical fix: a <see cref="Fix"/> changes one paragraph,
/// and fixing only the first would leave the level's finding standing at the next one. Severity: warning.
/// </summary>
public sealed class NumberingStyleRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "NUM-STYLE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var level in context.Plan.Headings.GroupBy(h => h.Level).OrderBy(g => g.Key))
        {
            var headings = level.ToList();
            var problems = new Dictionary<Heading, List<string>>();
            void Add(Heading h, string problem)
            {
                if (!problems.TryGetValue(h, out var list)) problems[h] = list = [];
                list.Add(problem);
            }

            foreach (var h in headings)
                foreach (var p in DecreeProblems(h, context.Standard)) Add(h, p);
            foreach (var group in new[] { headings.Where(h => h.IsTitle).ToList(), headings.Where(h => !h.IsTitle).ToList() })
            {
                if (group.Count < 2) continue;
                var reference = group[0];
                foreach (var h in group.Skip(1))
                {
                    if (h.TextFormat.SizePt != reference.TextFormat.SizePt)
                        Add(h, $"cỡ {Units.Pt(h.TextFormat.SizePt)}, khác “{reference.Label}” ({Units.Pt(reference.TextFormat.SizePt)})");
                    if (Indent(h) != Indent(reference))
                        Add(h, $"lùi đầu dòng {Units.Cm(Indent(h))}, khác “{reference.Label}” ({Units.Cm(Indent(reference))})");
                }
            }
            var sources = headings.GroupBy(h => h.Source).ToList();
            if (sources.Count > 1)
            {
                var main = sources.OrderByDescending(g => g.Count()).ThenBy(g => g.Min(h => h.Paragraph)).First().Key;
                foreach (var h in headings.Where(h => h.Source != main))
                    Add(h, main == LabelSource.Automatic ? "số thứ tự gõ tay, các đề mục cùng cấp đánh số tự động" : "số thứ tự tự động, các đề mục cùng cấp gõ tay");
            }
            if (problems.Count == 0) continue;

            var deviating = headings.Where(problems.ContainsKey).ToList();
            var first = deviating[0];
            yield return context.At(Id, Severity.Warning, PlanPart.Body, first.Paragraph,
                $"Các đề mục cấp {NumberingLabels.Name(level.Key)} trình bày không thống nhất hoặc không đúng quy định: "
                + string.Join("; ", deviating.Select(h => $"“{h.Label}” ({HeadingLevelNames.Place(h.Paragraph)}): {string.Join(", ", problems[h])}")) + ".",
                DecreeLook(level.Key),
                string.Join("; ", deviating.Select(h => $"“{h.Label}”: {Look(h)}")));
        }
    }

    /// <summary>Where the label starts, twips from the text margin (left indent plus first-line indent).</summary>
    private static int Indent(Heading h) => h.Format.LeftIndent + h.Format.FirstLineIndent;

    private static bool Italic(Heading h) => h.TextFormat.Italic || h.LabelFormat.Italic;

    /// <summary>What breaks the look of the heading's level in the standard (<see cref="PlanElement.SectionTitle"/>, <see cref="PlanElement.ClauseTitle"/>).</summary>
    private static IEnumerable<string> DecreeProblems(Heading h, PlanStandard standard)
    {
        switch (h.Level)
        {
            case HeadingLevel.Section when h.IsTitle:
            case HeadingLevel.Clause when h.IsTitle:
                var look = standard[h.Level == HeadingLevel.Section ? PlanElement.SectionTitle : PlanElement.ClauseTitle];
                var upper = TextKey.IsUpper(h.Title);
                if (look.Case == TextCase.Upper && !upper) yield return "tên mục không in hoa";
                if (look.Case == TextCase.Lower && upper) yield return "tên khoản in hoa thay vì in thường";
                if (look.Bold == true && (!h.TextFormat.Bold || !h.LabelFormat.Bold)) yield return "không in đậm";
                if (look.Italic == false && Italic(h)) yield return "in nghiêng";
                break;
            case HeadingLevel.Section:
            case HeadingLevel.Clause:
                if (h.TextFormat.Italic) yield return "in nghiêng";
                break;
            default:
                if (h.TextFormat.Bold || h.LabelFormat.Bold) yield return "in đậm";
                break;
        }
    }

    private static string DecreeLook(HeadingLevel level) => level switch
    {
        HeadingLevel.Section => "Tên mục in hoa, đứng, đậm; các mục cùng cỡ chữ, cùng lùi đầu dòng, cùng cách đánh số",
        HeadingLevel.Clause => "Tên khoản in thường, đứng, đậm; khoản không có tên in thường, đứng; các khoản cùng cỡ chữ, cùng lùi đầu dòng, cùng cách đánh số",
        _ => "In thường, không đậm; cùng cỡ chữ, cùng lùi đầu dòng, cùng cách đánh số",
    };

    private static string Look(Heading h) =>
        $"{(h.IsTitle && TextKey.IsUpper(h.Title) ? "in hoa" : "in thường")}, {Units.Style(h.TextFormat.Bold, Italic(h))}, "
        + $"cỡ {Units.Pt(h.TextFormat.SizePt)}, lùi {Units.Cm(Indent(h))}"
        + (h.Source == LabelSource.Automatic ? ", đánh số tự động" : "")
        + (h.StyleName.Length > 0 ? $", kiểu “{h.StyleName}”" : "");
}
