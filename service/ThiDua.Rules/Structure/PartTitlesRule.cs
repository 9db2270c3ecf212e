using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Structure;

/// <summary>
/// STRUCT-TITLES — tiêu đề các phần (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6d): every mục (<c>I.</c>, <c>II.</c>) has a
/// title, and so does a khoản (<c>1.</c>) used as a heading. A khoản is used as a heading when, by position, a titled part
/// stands under it (a <c>1.1.</c> or a điểm read as a title, <see cref="Heading.IsTitle"/>) before the next khoản or mục; a
/// khoản whose text runs on as a sentence and introduces only running text (<c>1. … sau đây:</c> then <c>a) …;</c>) is a
/// khoản without a title, as the decree allows. A part has a title when its label is followed by one (<see cref="Heading.IsTitle"/>),
/// by a heading in capitals or in bold without a final period, or by a short phrase ending in a colon that introduces its parts; a bare label (<c>II.</c>)
/// or a label followed by running text has none. One finding per part; no mechanical fix: the officer writes the title.
/// Severity: warning.
/// </summary>
public sealed class PartTitlesRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "STRUCT-TITLES";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var headings = context.Plan.Headings;
        for (var k = 0; k < headings.Count; k++)
        {
            var h = headings[k];
            var isPart = h.Level == HeadingLevel.Section || (h.Level == HeadingLevel.Clause && HasTitledChild(headings, k));
            if (!isPart || HasTitle(h)) continue;
            var name = h.Level == HeadingLevel.Section ? $"Mục {h.Label.TrimEnd('.', ')')}" : $"Khoản {h.Label.TrimEnd('.', ')')}";
            var observed = h.Title.Length == 0 ? "Chỉ có số thứ tự, không có tiêu đề" : "Sau số thứ tự là nội dung, không có tiêu đề";
            yield return context.At(Id, Severity.Warning, PlanPart.Body, h.Paragraph,
                h.Level == HeadingLevel.Section
                    ? $"{name} không có tiêu đề; mỗi mục của văn bản phải có tiêu đề."
                    : $"{name} có các phần có tiêu đề bên dưới nhưng chính nó không có tiêu đề.",
                h.Level == HeadingLevel.Section ? "Tiêu đề mục in hoa, đậm sau số thứ tự (ví dụ “I. MỤC ĐÍCH, YÊU CẦU”)" : "Tiêu đề khoản sau số thứ tự (ví dụ “1. Mục đích”)",
                observed);
        }
    }

    /// <summary>True when the label is followed by a title: read as one, in capitals, in bold without a final period, or a short phrase ending in a colon.</summary>
    private static bool HasTitle(Heading h) =>
        h.Title.Length > 0 && (h.IsTitle || TextKey.IsUpper(h.Title) || (h.TextFormat.Bold && !h.Title.EndsWith('.'))
            || (h.Title.EndsWith(':') && h.Title.Length <= Plans.Recognition.HeadingRecognizer.MaxTitleLength && !h.Title.Contains(". ")));

    /// <summary>True when a titled part deeper than khoản stands under the khoản at <paramref name="k"/>, before the next khoản or mục.</summary>
    private static bool HasTitledChild(IReadOnlyList<Heading> headings, int k)
    {
        for (var j = k + 1; j < headings.Count && headings[j].Level > HeadingLevel.Clause; j++)
            if (headings[j].IsTitle) return true;
        return false;
    }
}
