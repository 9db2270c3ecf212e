using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-NATION — Quốc hiệu (<em>NationalTitle</em>): exactly <c>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</c> (the old tone
/// placement <c>CỘNG HOÀ</c> is accepted), in hoa, cỡ 12–13, đứng, đậm, centred in the right column.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.1a and the table of Mục V.
/// </summary>
public sealed class NationalTitleRule : IPlanRule
{

    /// <inheritdoc />
    public string Id => "HDR-NATION";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        const string Wording = Nd30Wording.NationalTitle;
        var look = context.Standard[PlanElement.NationalTitle];
        var title = context.Plan.Header.NationalTitle;
        if (title is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu Quốc hiệu.", Wording + " (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var paragraph = context.Document.Paragraphs[title.Paragraph];
        var owns = StyleCheck.OwnsParagraph(paragraph, [title]);
        var verdict = StyleCheck.Check(title, look, paragraph, owns);
        var problems = verdict.Problems.ToList();
        var text = TextKey.Spaces(title.Text);
        IReadOnlyList<TextReplacement>? replace = null;
        if (!string.Equals(text, Wording, StringComparison.OrdinalIgnoreCase) && !string.Equals(text, Nd30Wording.NationalTitleOldTone, StringComparison.OrdinalIgnoreCase))
        {
            problems.Insert(0, $"viết là “{TextKey.Spaces(title.Text)}”");
            if (!title.IsBroken) replace = [new TextReplacement(title.Text, Wording)];
        }
        if (title.IsBroken) problems.Add("Quốc hiệu bị ngắt thành hai dòng, cần viết trên một dòng");
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Sửa Quốc hiệu theo Nghị định 30", title.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Header, title.Paragraph,
            "Quốc hiệu chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            Wording + " (" + look.Describe() + ")", $"“{title.Text}” ({verdict.Observed})", fix, title.Text);
    }
}
