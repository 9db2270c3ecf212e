using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Closing;

/// <summary>
/// SIG-SPACE (house) — room for the signature between the last line of quyền hạn, chức vụ (<c>CHỦ TỊCH</c>) and the signer's
/// name: at least <see cref="MinEmptyLines"/> empty lines or <see cref="MinSpacePt"/> pt. The space counts the empty lines
/// (empty paragraphs and line breaks, each as high as <see cref="LineHeight.Pt"/>), the space after
/// the chức vụ and before the name (<c>w:after</c>/<c>w:before</c>, twips ÷ 20). The fix adds space before the name.
/// </summary>
public sealed class SigningSpaceRule : IPlanRule
{
    /// <summary>Fewest empty lines that make room for a signature.</summary>
    public const int MinEmptyLines = 3;

    /// <summary>Least space that makes room for a signature, pt.</summary>
    public const double MinSpacePt = 48;

    /// <inheritdoc />
    public string Id => "SIG-SPACE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Plan.Signature is not { Name: { } name } signature || signature.Lines.Count == 0) yield break;
        var above = signature.Lines[^1];
        var ps = context.Document.Paragraphs;
        int emptyLines;
        double space;
        if (above.EndParagraph == name.Paragraph)
        {
            var p = ps[name.Paragraph];
            var between = p.Text[Math.Min(p.Text.Length, above.Start + above.Text.Length)..Math.Max(0, name.Start)];
            emptyLines = Math.Max(0, between.Count(c => c == '\n') - 1);
            space = emptyLines * LineHeight.Pt(p);
        }
        else
        {
            var last = ps[above.EndParagraph];
            var first = ps[name.Paragraph];
            emptyLines = Math.Max(0, last.Text[Math.Min(last.Text.Length, above.Start + above.Text.Length)..].Count(c => c == '\n'))
                         + first.Text[..Math.Max(0, Math.Min(first.Text.Length, name.Start))].Count(c => c == '\n');
            space = emptyLines * LineHeight.Pt(first) + last.Format.SpacingAfterPt + first.Format.SpacingBeforePt;
            for (var i = above.EndParagraph + 1; i < name.Paragraph; i++)
            {
                var q = ps[i];
                var lines = 1 + q.Text.Count(c => c == '\n');
                emptyLines += lines;
                space += lines * LineHeight.Pt(q) + q.Format.SpacingBeforePt + q.Format.SpacingAfterPt;
            }
        }
        if (emptyLines >= MinEmptyLines || space >= MinSpacePt - 0.5) yield break;
        Fix? fix = null;
        if (above.EndParagraph != name.Paragraph)
        {
            var before = ps[name.Paragraph].Format.SpacingBeforePt + Math.Ceiling(MinSpacePt - space);
            fix = new Fix($"Thêm khoảng cách {Units.Pt(Math.Ceiling(MinSpacePt - space))} trước họ tên người ký", name.Paragraph,
                ParagraphFormat: new ParagraphFormat(SpaceBeforePt: before));
        }
        yield return context.At(Id, Severity.Warning, PlanPart.Closing, name.Paragraph,
            $"Chưa đủ chỗ ký giữa “{above.Text}” và họ tên người ký: {emptyLines} dòng trống, khoảng {Units.Pt(Math.Round(space))}.",
            $"Ít nhất {MinEmptyLines} dòng trống hoặc {Units.Pt(MinSpacePt)}",
            $"{emptyLines} dòng trống, {Units.Pt(Math.Round(space))}", fix, name.Text);
    }
}
