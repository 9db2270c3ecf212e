using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-MOTTO — Tiêu ngữ (<em>Motto</em>): exactly <c>Độc lập - Tự do - Hạnh phúc</c> (initial capitals, a hyphen with one
/// space on each side), cỡ 13–14, đứng, đậm, centred under Quốc hiệu on the next line, with a solid horizontal line under
/// it as long as the text (a paragraph border, a drawn line or an underline; typed underscores do not count).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.1b–c and the table of Mục V.
/// The line is accepted from 80 % to 115 % of the text's estimated width: the width is computed from font metrics and
/// drawn lines are placed by hand, so "as long as the text" allows that margin.
/// </summary>
public sealed class MottoRule : IPlanRule
{
    private const string Wording = Nd30Wording.Motto;

    /// <inheritdoc />
    public string Id => "HDR-MOTTO";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.Motto];
        var header = context.Plan.Header;
        var motto = header.Motto;
        if (motto is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu Tiêu ngữ.", Wording + " (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var paragraph = context.Document.Paragraphs[motto.Paragraph];
        var verdict = StyleCheck.Check(motto, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [motto]));
        var problems = verdict.Problems.ToList();
        IReadOnlyList<TextReplacement>? replace = null;
        if (motto.Text != Wording)
        {
            problems.Insert(0, WordingProblem(motto.Text));
            replace = [new TextReplacement(motto.Text, Wording)];
        }
        if (header.NationalTitle is { } nation && motto.Paragraph - nation.EndParagraph is not (0 or 1))
            problems.Add("không nằm ngay dòng dưới Quốc hiệu");
        if (problems.Count > 0)
        {
            var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
                : new Fix("Sửa Tiêu ngữ theo Nghị định 30", motto.Paragraph, verdict.Run, verdict.Paragraph, replace);
            yield return context.At(Id, Severity.Error, PlanPart.Header, motto.Paragraph,
                "Tiêu ngữ chưa đúng thể thức: " + string.Join("; ", problems) + ".",
                Wording + " (" + look.Describe() + ")", $"“{motto.Text}” ({verdict.Observed})", fix, motto.Text);
        }

        var lineProblems = LineUnderCheck.Problems(header.MottoLine, motto.WidthTwips, look.Line!);
        if (lineProblems.Count > 0)
            yield return context.At(Id, Severity.Error, PlanPart.Header, motto.Paragraph,
                "Đường kẻ dưới Tiêu ngữ chưa đúng: " + string.Join("; ", lineProblems) + ".",
                "Đường kẻ ngang, nét liền, dài bằng dòng chữ Tiêu ngữ",
                LineUnderCheck.Describe(header.MottoLine, motto.WidthTwips),
                excerpt: motto.Text);
    }

    private static string WordingProblem(string text)
    {
        var spaced = TextKey.Spaces(text);
        if (string.Equals(spaced.Replace(" ", ""), Wording.Replace(" ", ""), StringComparison.Ordinal))
            return $"viết là “{text}”: giữa các cụm từ cần gạch nối (-) có một khoảng trắng mỗi bên";
        if (string.Equals(spaced, Wording, StringComparison.OrdinalIgnoreCase))
            return $"viết là “{text}”: cần viết hoa chữ cái đầu mỗi cụm từ";
        return $"viết là “{text}”";
    }
}
