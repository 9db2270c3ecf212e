using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-MARKS — when present, the marks of độ khẩn (<c>HỎA TỐC</c>, <c>THƯỢNG KHẨN</c>, <c>KHẨN</c>), độ mật (<c>MẬT</c>,
/// <c>TỐI MẬT</c>, <c>TUYỆT MẬT</c>) and phạm vi lưu hành (<c>XEM XONG TRẢ LẠI</c>, <c>LƯU HÀNH NỘI BỘ</c>) use only these
/// words (<see cref="Nd30Wording"/>), in hoa, cỡ 13–14, đứng, đậm (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục III.2). A mark is
/// found by its words whatever its case (<see cref="PlanHeader.Marks"/>), so <c>khẩn</c> is reported. No mark: silent.
/// </summary>
public sealed class HeaderMarksRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-MARKS";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.HeaderMark];
        foreach (var mark in context.Plan.Header.Marks)
        {
            var paragraph = context.Document.Paragraphs[mark.Paragraph];
            var verdict = StyleCheck.Check(mark.Segment, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [mark.Segment]));
            var problems = verdict.Problems.ToList();
            var allowed = Allowed(mark.Kind);
            if (mark.Wording is null) problems.Insert(0, $"dùng từ “{mark.Segment.Text}” (chỉ dùng {string.Join(", ", allowed)})");
            if (problems.Count == 0) continue;
            var fix = verdict.Run is null && verdict.Paragraph is null ? null
                : new Fix("Trình bày dấu mức độ theo Nghị định 30", mark.Paragraph, verdict.Run, verdict.Paragraph);
            yield return context.At(Id, Severity.Warning, PlanPart.Header, mark.Paragraph,
                $"{Name(mark.Kind)} chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                $"{string.Join(", ", allowed)} ({look.Describe()})", $"“{mark.Segment.Text}” ({verdict.Observed})", fix, mark.Segment.Text);
        }
    }

    private static IReadOnlyList<string> Allowed(HeaderMarkKind kind) => kind switch
    {
        HeaderMarkKind.Urgency => Nd30Wording.UrgencyMarks,
        HeaderMarkKind.Secrecy => Nd30Wording.SecrecyMarks,
        _ => Nd30Wording.CirculationMarks,
    };

    private static string Name(HeaderMarkKind kind) => kind switch
    {
        HeaderMarkKind.Urgency => "Dấu độ khẩn",
        HeaderMarkKind.Secrecy => "Dấu độ mật",
        _ => "Chỉ dẫn phạm vi lưu hành",
    };
}
