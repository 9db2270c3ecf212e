using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Structure;

/// <summary>
/// STRUCT-SECTIONS (house rule; the layout of a kế hoạch follows Mẫu 1.4, Phụ lục III of Nghị định 30/2020/NĐ-CP): a thi đua
/// plan has three parts at level 1 (mục <c>I.</c>, <c>II.</c>…): the purpose (<c>MỤC ĐÍCH, YÊU CẦU</c>), the content
/// (<c>NỘI DUNG…</c>, <c>NHIỆM VỤ…</c>, <c>NỘI DUNG THI ĐUA VÀ GIẢI PHÁP…</c>) and the organisation
/// (<c>TỔ CHỨC THỰC HIỆN</c>), in that order; other parts may stand between them. Titles are matched by meaning on their
/// folded text (<see cref="TextKey"/>: case and diacritics ignored), not by exact wording. One finding listing the missing
/// parts, and one when the parts are out of order. No mechanical fix: the officer writes the part. Severity: warning.
/// </summary>
public sealed class PlanSectionsRule : IPlanRule
{
    /// <summary>A standard part: its Vietnamese name and the folded phrases that mark it.</summary>
    private sealed record Part(string Name, string[] Keys);

    /// <summary>The three parts in their order. Matched in priority organisation → purpose → content, since a content
    /// title may also speak of <em>thực hiện</em>.</summary>
    private static readonly Part Purpose = new("MỤC ĐÍCH, YÊU CẦU", ["MUC DICH", "YEU CAU", "MUC TIEU"]);
    private static readonly Part Content = new("NỘI DUNG (NHIỆM VỤ, GIẢI PHÁP)", ["NOI DUNG", "NHIEM VU", "GIAI PHAP", "CHI TIEU", "PHONG TRAO"]);
    private static readonly Part Organisation = new("TỔ CHỨC THỰC HIỆN", ["TO CHUC THUC HIEN", "TRACH NHIEM THUC HIEN", "PHAN CONG THUC HIEN", "TO CHUC TRIEN KHAI"]);

    /// <inheritdoc />
    public string Id => "STRUCT-SECTIONS";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var sections = context.Plan.Headings.Where(h => h.Level == HeadingLevel.Section).ToList();
        var found = new Dictionary<Part, Heading>();
        foreach (var h in sections)
            if (Classify(h.Title) is { } part && !found.ContainsKey(part)) found[part] = h;

        Part[] order = [Purpose, Content, Organisation];
        var missing = order.Where(p => !found.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            var present = sections.Count == 0 ? "không có mục cấp I nào" : string.Join("; ", sections.Select(h => $"{h.Label} {h.Title}"));
            yield return context.At(Id, Severity.Warning, PlanPart.Body, -1,
                "Kế hoạch thiếu phần: " + string.Join("; ", missing.Select(p => p.Name)) + ".",
                "Ba phần cấp I: MỤC ĐÍCH, YÊU CẦU; NỘI DUNG (NHIỆM VỤ, GIẢI PHÁP); TỔ CHỨC THỰC HIỆN",
                present, excerpt: "(thiếu) " + string.Join("; ", missing.Select(p => p.Name)));
        }

        var placed = order.Where(found.ContainsKey).Select(p => (Part: p, Heading: found[p])).ToList();
        for (var i = 1; i < placed.Count; i++)
        {
            if (placed[i].Heading.Paragraph > placed[i - 1].Heading.Paragraph) continue;
            var (early, late) = (placed[i], placed[i - 1]);
            yield return context.At(Id, Severity.Warning, PlanPart.Body, early.Heading.Paragraph,
                $"Phần {early.Part.Name} đứng trước phần {late.Part.Name} ({Numbering.HeadingLevelNames.Place(late.Heading.Paragraph)}).",
                "Thứ tự: MỤC ĐÍCH, YÊU CẦU → NỘI DUNG → TỔ CHỨC THỰC HIỆN",
                $"“{early.Heading.Label} {early.Heading.Title}” trước “{late.Heading.Label} {late.Heading.Title}”");
        }
    }

    /// <summary>The standard part a level-1 title stands for, or null.</summary>
    private static Part? Classify(string title)
    {
        var key = TextKey.Fold(title);
        foreach (var part in new[] { Organisation, Purpose, Content })
            if (part.Keys.Any(k => key.Contains(k, StringComparison.Ordinal))) return part;
        return null;
    }

}
