using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Closing;

/// <summary>
/// SIG-NAME — họ và tên người ký: present under the space for the signature, in thường with initial capitals (not all in
/// hoa), cỡ 13–14, đậm, with no title, rank or degree before it (<c>Ông</c>, <c>Bà</c>, <c>TS.</c>, <c>ThS.</c>…).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.7c–đ and the table of Mục V.
/// </summary>
public sealed partial class SignerNameRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "SIG-NAME";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.SignerName];
        var signature = context.Plan.Signature;
        if (signature?.Name is not { } name)
        {
            var under = signature?.Lines.LastOrDefault()?.Text;
            yield return context.At(Id, Severity.Error, PlanPart.Closing, -1,
                under is null ? "Thiếu họ và tên người ký." : $"Thiếu họ và tên người ký dưới “{under}”.",
                "Họ và tên người ký dưới chữ ký (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var paragraph = context.Document.Paragraphs[name.Paragraph];
        var verdict = StyleCheck.Check(name, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [name]));
        var problems = verdict.Problems.ToList();
        IReadOnlyList<TextReplacement>? replace = null;
        var m = TitleBeforeName().Match(name.Text);
        if (m.Success)
        {
            problems.Insert(0, $"có danh xưng, học vị “{m.Value.Trim()}” trước họ tên");
            replace = [new TextReplacement(m.Value, "")];
        }
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && replace is null ? null
            : new Fix("Trình bày họ tên người ký theo Nghị định 30", name.Paragraph, verdict.Run, Replace: replace);
        yield return context.At(Id, Severity.Error, PlanPart.Closing, name.Paragraph,
            "Họ tên người ký chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            "Họ và tên, không kèm danh xưng, học hàm, học vị (" + look.Describe() + ")", $"“{name.Text}” ({verdict.Observed})", fix, name.Text);
    }

    /// <summary>A title, rank or degree written before the name: <c>Ông</c>, <c>Bà</c>, <c>Đồng chí</c>, <c>Đ/c</c>, <c>TS.</c>, <c>ThS.</c>, <c>PGS.TS.</c>…</summary>
    [GeneratedRegex(@"^((Ông|Bà|Đồng chí|Đ/c)\s+|((PGS|GS|TS|ThS|Th\.S|KS|BS|CN|LS|NCS)\.\s*)+)")]
    private static partial Regex TitleBeforeName();
}
