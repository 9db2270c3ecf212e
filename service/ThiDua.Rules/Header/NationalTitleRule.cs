using ThiDua.Docx.Formatting;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-NATION — Quốc hiệu (<em>NationalTitle</em>): exactly <c>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</c> (the old tone
/// placement <c>CỘNG HOÀ</c> is accepted), in hoa, cỡ 12–13, đứng, đậm, centred in the right column.
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.1a and the table of Mục V.
/// </summary>
public sealed class NationalTitleRule : IPlanRule
{
    /// <summary>The wording of the decree.</summary>
    public const string Wording = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string OldTonePlacement = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static readonly ElementStyle Style = new(12, 13, Bold: true, Italic: false, Alignment.Center, LetterCase.Upper);

    /// <inheritdoc />
    public string Id => "HDR-NATION";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var title = context.Plan.Header.NationalTitle;
        if (title is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu Quốc hiệu.", Wording + " (" + Style.Describe() + ")", "(thiếu)");
            yield break;
        }
        var paragraph = context.Document.Paragraphs[title.Paragraph];
        var owns = StyleCheck.OwnsParagraph(paragraph, [title]);
        var verdict = StyleCheck.Check(title, Style, paragraph, owns);
        var problems = verdict.Problems.ToList();
        var text = ElementText.Spaces(title.Text);
        IReadOnlyList<TextReplacement>? replace = null;
        if (!string.Equals(text, Wording, StringComparison.OrdinalIgnoreCase) && !string.Equals(text, OldTonePlacement, StringComparison.OrdinalIgnoreCase))
        {
            problems.Insert(0, $"viết là “{title.Text}”");
            replace = [new TextReplacement(title.Text, Wording)];
        }
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Sửa Quốc hiệu theo Nghị định 30", title.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Header, title.Paragraph,
            "Quốc hiệu chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            Wording + " (" + Style.Describe() + ")", $"“{title.Text}” ({verdict.Observed})", fix, title.Text);
    }
}
