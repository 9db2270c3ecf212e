using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Closing;

/// <summary>
/// SIG-AUTHORITY — quyền hạn, chức vụ của người ký (<em>SigningAuthority</em>): in hoa, cỡ 13–14, đậm; a signature on
/// behalf of a body or a superior starts with the abbreviation and its period — <c>TM.</c>, <c>KT.</c>, <c>Q.</c>,
/// <c>TL.</c>, <c>TUQ.</c> — and <c>KT.</c> is followed by the deputy's own title (<c>PHÓ CHỦ TỊCH</c>).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.7a–b and the table of Mục V. The lines are those recognition found by
/// position and wording in any case (<c>TM. Ủy ban nhân dân</c>, <c>Hiệu trưởng</c>); one finding per defective line, with a
/// fix that writes it in capitals and the abbreviation as the decree does.
/// </summary>
public sealed class SigningAuthorityRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "SIG-AUTHORITY";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.SigningAuthority];
        var signature = context.Plan.Signature;
        if (signature is null || signature.Lines.Count == 0)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Closing, -1, "Thiếu quyền hạn, chức vụ của người ký.",
                "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var lines = signature.Authority.Select(a => (a.Segment, Authority: (AuthorityLine?)a)).ToList();
        if (signature.Title is { } title) lines.Add((title, null));
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, authority) = lines[i];
            var paragraph = context.Document.Paragraphs[line.Paragraph];
            var verdict = StyleCheck.Check(line, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [line]));
            var problems = verdict.Problems.ToList();
            IReadOnlyList<TextReplacement>? replace = null;
            if (authority is { WrittenAsDecreed: false } a)
            {
                problems.Insert(0, $"chữ viết tắt “{a.Written.Trim()}” cần viết “{a.Abbreviation}.”");
                replace = [new TextReplacement(a.Written, a.Abbreviation + ". ")];
            }
            if (authority is { Abbreviation: "KT" } && signature.Title is null && i == lines.Count - 1)
                problems.Add("ký thay (KT.) nhưng thiếu chức vụ của người ký thay ở dòng dưới");
            if (problems.Count == 0) continue;
            var fix = verdict.Run is null && replace is null ? null
                : new Fix("Trình bày quyền hạn, chức vụ người ký theo Nghị định 30", line.Paragraph, verdict.Run, Replace: replace);
            yield return context.At(Id, Severity.Error, PlanPart.Closing, line.Paragraph,
                "Quyền hạn, chức vụ người ký chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                "TM./KT./Q./TL./TUQ. có dấu chấm; " + look.Describe(), $"“{line.Text}” ({verdict.Observed})", fix, line.Text);
        }
    }
}
