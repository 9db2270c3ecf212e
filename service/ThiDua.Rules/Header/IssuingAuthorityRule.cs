using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-AGENCY — tên cơ quan, tổ chức ban hành (<em>IssuingAuthority</em>): in hoa, cỡ 12–13, đứng, đậm, centred in the
/// left column, with a solid line under it of 1/3–1/2 of the text width; cơ quan chủ quản (if any) in hoa, cỡ 12–13, đứng,
/// not bold. Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.2b and the table of Mục V.
/// The line is measured against the longest line of the cơ quan ban hành and accepted from 30 % to 55 %: the decree's
/// 1/3–1/2 with a margin for hand-placed drawn lines and for the estimated text width.
/// </summary>
public sealed class IssuingAuthorityRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-AGENCY";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var authorityLook = context.Standard[PlanElement.IssuingAuthority];
        var parentLook = context.Standard[PlanElement.ParentAgency];
        var header = context.Plan.Header;
        if (header.IssuingAuthority.Count == 0)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu tên cơ quan, tổ chức ban hành văn bản.",
                "Tên cơ quan ban hành ở cột trái phần đầu văn bản (" + authorityLook.Describe() + ")", "(thiếu)");
            yield break;
        }
        foreach (var f in CheckLines(context, header.ParentAgency, parentLook, "Tên cơ quan chủ quản")) yield return f;
        foreach (var f in CheckLines(context, header.IssuingAuthority, authorityLook, "Tên cơ quan ban hành")) yield return f;

        var longest = header.IssuingAuthority.MaxBy(s => s.WidthTwips)!;
        var lineProblems = LineUnderCheck.Problems(header.AgencyLine, longest.WidthTwips, authorityLook.Line!);
        if (lineProblems.Count > 0)
        {
            var last = header.IssuingAuthority[^1];
            yield return context.At(Id, Severity.Error, PlanPart.Header, last.Paragraph,
                "Đường kẻ dưới tên cơ quan ban hành chưa đúng: " + string.Join("; ", lineProblems) + ".",
                "Đường kẻ ngang, nét liền, dài từ 1/3 đến 1/2 dòng chữ dài nhất của tên cơ quan, đặt cân đối ở giữa",
                LineUnderCheck.Describe(header.AgencyLine, longest.WidthTwips), excerpt: last.Text);
        }
    }

    private IEnumerable<Finding> CheckLines(RuleContext context, IReadOnlyList<TextSegment> lines, ElementLook style, string name)
    {
        foreach (var line in lines)
        {
            var paragraph = context.Document.Paragraphs[line.Paragraph];
            var verdict = StyleCheck.Check(line, style, paragraph, StyleCheck.OwnsParagraph(paragraph, lines));
            if (verdict.Conforms) continue;
            var fix = verdict.Run is null && verdict.Paragraph is null ? null
                : new Fix($"Trình bày {name.ToLowerInvariant()} theo Nghị định 30", line.Paragraph, verdict.Run, verdict.Paragraph);
            yield return context.At(Id, Severity.Error, PlanPart.Header, line.Paragraph,
                $"{name} chưa đúng thể thức: " + string.Join("; ", verdict.Problems) + ".",
                style.Describe(), verdict.Observed, fix, line.Text);
        }
    }
}
