using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;

namespace ThiDua.Rules.Closing;

/// <summary>
/// RCP-LABEL — the label of nơi nhận (<em>Recipients</em>): exactly <c>Nơi nhận:</c>, cỡ 12, nghiêng, đậm, left
/// aligned, level with the signer's authority line (the same row when both sit in a table).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.9b and the table of Mục V.
/// </summary>
public sealed class RecipientsLabelRule : IPlanRule
{
    private const string Wording = Nd30Wording.RecipientsLabel;

    /// <inheritdoc />
    public string Id => "RCP-LABEL";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.RecipientsLabel];
        var recipients = context.Plan.Recipients;
        if (recipients is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Closing, -1, "Thiếu phần nơi nhận.",
                Wording + " (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var label = recipients.Label;
        var paragraph = context.Document.Paragraphs[label.Paragraph];
        var verdict = StyleCheck.Check(label, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [label]));
        var problems = verdict.Problems.ToList();
        IReadOnlyList<TextReplacement>? replace = null;
        if (TextKey.Spaces(label.Text) != Wording)
        {
            problems.Insert(0, $"viết “{label.Text}” thay cho “{Wording}”");
            replace = [new TextReplacement(label.Text, Wording)];
        }
        if (context.Plan.Signature?.Lines.FirstOrDefault() is { } authority
            && paragraph.Cell is { } labelCell && context.Document.Paragraphs[authority.Paragraph].Cell is { } authorityCell
            && (labelCell.Table != authorityCell.Table || labelCell.Row != authorityCell.Row))
            problems.Add("không ngang hàng với dòng quyền hạn người ký");
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Trình bày “Nơi nhận:” theo Nghị định 30", label.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Closing, label.Paragraph,
            "“Nơi nhận:” chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            Wording + " (" + look.Describe() + ")", $"“{label.Text}” ({verdict.Observed})", fix, label.Text);
    }
}
