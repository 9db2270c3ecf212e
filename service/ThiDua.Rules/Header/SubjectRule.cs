using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-SUBJECT — trích yếu nội dung (<em>Subject</em>), directly under the tên loại: cỡ 13–14, đứng, đậm, centred,
/// sentence case (the first letter upper-case, not all in hoa), with a solid line under it of 1/3–1/2 of the text width.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.5b and the table of Mục V.
/// The line is measured against the width of the longest trích yếu line, at most the page's text width (a long trích yếu
/// wraps), and accepted from 30 % to 55 %: the decree's 1/3–1/2 with a margin for the estimated text width.
/// </summary>
public sealed class SubjectRule : IPlanRule
{

    /// <inheritdoc />
    public string Id => "HDR-SUBJECT";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.Subject];
        var header = context.Plan.Header;
        var lines = header.Subject;
        if (lines.Count == 0)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu trích yếu nội dung kế hoạch dưới tên loại văn bản.",
                "Trích yếu ngay dưới “KẾ HOẠCH” (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var problems = new List<string>();
        Fix? fix = null;
        foreach (var line in lines)
        {
            var paragraph = context.Document.Paragraphs[line.Paragraph];
            var verdict = StyleCheck.Check(line, look, paragraph, StyleCheck.OwnsParagraph(paragraph, lines));
            foreach (var p in verdict.Problems) if (!problems.Contains(p)) problems.Add(p);
            if (fix is null && (verdict.Run is not null || verdict.Paragraph is not null))
                fix = new Fix("Trình bày trích yếu theo Nghị định 30", line.Paragraph, verdict.Run, verdict.Paragraph);
        }
        var first = lines[0];
        var initial = first.Text.FirstOrDefault(char.IsLetter);
        if (initial != default && char.IsLower(initial)) problems.Add("chữ cái đầu không viết hoa");
        if (header.DocumentType is { } type && first.Paragraph - type.Paragraph is not (0 or 1))
            problems.Add("không nằm ngay dưới tên loại văn bản");
        else if (header.DocumentType is { } sameLine && first.Paragraph == sameLine.Paragraph
                 && !context.Document.Paragraphs[first.Paragraph].Text.AsSpan(sameLine.Start, first.Start - sameLine.Start).Contains('\n'))
            problems.Add("viết liền trên dòng tên loại văn bản, cần xuống dòng dưới tên loại");
        var text = string.Join(" ", lines.Select(l => l.Text));
        if (problems.Count > 0)
            yield return context.At(Id, Severity.Error, PlanPart.Header, first.Paragraph,
                "Trích yếu chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                look.Describe(), StyleCheck.Check(first, look, context.Document.Paragraphs[first.Paragraph], false).Observed,
                lines.Count == 1 || lines.All(l => l.Paragraph == first.Paragraph) ? fix : null, text);

        var section = context.Document.Sections.ElementAtOrDefault(context.Document.Paragraphs[first.Paragraph].Section);
        var textWidth = lines.Max(l => l.WidthTwips);
        var reference = section is null ? textWidth : Math.Min(textWidth, section.TextWidth);
        var lineProblems = LineUnderCheck.Problems(header.SubjectLine, reference, look.Line!);
        if (lineProblems.Count > 0)
            yield return context.At(Id, Severity.Error, PlanPart.Header, lines[^1].Paragraph,
                "Đường kẻ dưới trích yếu chưa đúng: " + string.Join("; ", lineProblems) + ".",
                "Đường kẻ ngang, nét liền, dài từ 1/3 đến 1/2 dòng chữ trích yếu, đặt cân đối ở giữa",
                LineUnderCheck.Describe(header.SubjectLine, reference), excerpt: text);
    }
}
