using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Closing;

/// <summary>
/// FOOT-DRAFTER — when present, the line of ký hiệu người soạn thảo and số lượng bản phát hành (<c>PL.(300)</c>): the
/// initials in hoa, the number of copies in Arabic digits, cỡ 11, đứng (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục III.3); and the
/// issuing body's address and contacts: cỡ 11–12, under a full-width line (a top border on the first line, a bottom border on
/// the paragraph above it, or a drawn line there; Mục III.4). Found by shape and words (<see cref="Plans.Model.PlanDocument.Drafter"/>,
/// <see cref="Plans.Model.PlanDocument.ContactLines"/>); nothing written: silent.
/// </summary>
public sealed class DrafterLineRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "FOOT-DRAFTER";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var plan = context.Plan;
        if (plan.Drafter is { } drafter)
        {
            var look = context.Standard[PlanElement.DrafterMark];
            var paragraph = context.Document.Paragraphs[drafter.Paragraph];
            var verdict = StyleCheck.Check(drafter.Segment, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [drafter.Segment]));
            var problems = verdict.Problems.ToList();
            if (drafter.Copies.Length == 0) problems.Add("số bản chưa ghi bằng chữ số Ả Rập");
            if (problems.Count > 0)
                yield return context.At(Id, Severity.Info, PlanPart.Closing, drafter.Paragraph,
                    "Ký hiệu người soạn thảo, số bản chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                    $"Ký hiệu in hoa, số bản bằng chữ số Ả Rập, ví dụ PL.(300) ({look.Describe()})",
                    $"“{drafter.Segment.Text}” ({verdict.Observed})",
                    verdict.Run is null ? null : new Fix("Trình bày ký hiệu người soạn thảo theo Nghị định 30", drafter.Paragraph, verdict.Run),
                    drafter.Segment.Text);
        }
        if (plan.ContactLines.Count == 0) yield break;
        var contactLook = context.Standard[PlanElement.ContactLine];
        var ps = context.Document.Paragraphs;
        foreach (var line in plan.ContactLines)
        {
            var paragraph = ps[line.Paragraph];
            var verdict = StyleCheck.Check(line, contactLook, paragraph, StyleCheck.OwnsParagraph(paragraph, [line]));
            if (verdict.Conforms) continue;
            yield return context.At(Id, Severity.Info, PlanPart.Closing, line.Paragraph,
                "Dòng địa chỉ, điện thoại chưa đúng thể thức: " + string.Join("; ", verdict.Problems) + ".",
                contactLook.Describe(), verdict.Observed,
                verdict.Run is null ? null : new Fix("Đặt cỡ chữ dòng địa chỉ, điện thoại", line.Paragraph, verdict.Run), line.Text);
        }
        var firstLine = plan.ContactLines[0];
        var top = ps[firstLine.Paragraph];
        var previous = firstLine.Paragraph > 0 ? ps[firstLine.Paragraph - 1] : null;
        var ruled = top.Format.TopBorder is { IsSolid: true }
                    || previous is not null && (previous.Format.BottomBorder is { IsSolid: true } || previous.Drawings.Any(d => d.Kind == Docx.Model.DrawingKind.Line));
        if (!ruled)
            yield return context.At(Id, Severity.Info, PlanPart.Closing, firstLine.Paragraph,
                "Thiếu đường kẻ hết chiều ngang vùng trình bày phía trên dòng địa chỉ, điện thoại.",
                "Một đường kẻ liền nét hết chiều ngang phía trên", "không có đường kẻ", excerpt: firstLine.Text);
    }
}
