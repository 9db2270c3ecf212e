using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-TITLE — tên loại văn bản (<em>DocumentType</em>) <c>KẾ HOẠCH</c>: in hoa, cỡ 13–14, đứng, đậm, centred.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.5b and the table of Mục V; the layout of a kế hoạch is Mẫu 1.4 of Phụ lục III.
/// </summary>
public sealed class DocumentTypeRule : IPlanRule
{
    private const string Wording = Nd30Wording.PlanType;

    /// <inheritdoc />
    public string Id => "HDR-TITLE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.DocumentType];
        var type = context.Plan.Header.DocumentType;
        if (type is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu tên loại văn bản “KẾ HOẠCH”.",
                Wording + " (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var paragraph = context.Document.Paragraphs[type.Paragraph];
        var verdict = StyleCheck.Check(type, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [type]));
        var problems = verdict.Problems.ToList();
        IReadOnlyList<TextReplacement>? replace = null;
        if (!string.Equals(TextKey.Spaces(type.Text), Wording, StringComparison.OrdinalIgnoreCase))
        {
            problems.Insert(0, $"viết là “{type.Text}”");
            replace = [new TextReplacement(type.Text, Wording)];
        }
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Trình bày tên loại theo Nghị định 30", type.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Header, type.Paragraph,
            "Tên loại văn bản chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            Wording + " (" + look.Describe() + ")", $"“{type.Text}” ({verdict.Observed})", fix, type.Text);
    }
}
