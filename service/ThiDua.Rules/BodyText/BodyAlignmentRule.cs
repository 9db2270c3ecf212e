using ThiDua.Docx.Formatting;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-ALIGN — căn lề phần nội dung (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e): running text is căn đều hai lề
/// (justified, OOXML <c>w:jc="both"</c>) with a first-line indent (<em>lùi đầu dòng</em>) of 1 cm to 1.27 cm
/// (567–720 twips). Applies to <see cref="ThiDua.Plans.Model.PlanDocument.BodyParagraphs"/> (headings and tables excluded).
/// One finding per paragraph; the fix sets justified alignment and/or the indent most body paragraphs already use
/// (1,27 cm when none is in range). Severity: warning.
/// </summary>
public sealed class BodyAlignmentRule : IPlanRule
{
    /// <summary>Smallest first-line indent allowed, twips (1 cm).</summary>
    public const int MinIndentTwips = 567;

    /// <summary>Largest first-line indent allowed, twips (1,27 cm).</summary>
    public const int MaxIndentTwips = 720;

    /// <inheritdoc />
    public string Id => "BODY-ALIGN";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var paragraphs = context.Plan.BodyParagraphs.Select(i => context.Document.Paragraphs[i]).ToList();
        if (paragraphs.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Body, -1, "không tìm thấy đoạn văn nào trong phần nội dung.");
            yield break;
        }

        var indent = paragraphs.Select(p => p.Format.FirstLineIndent)
            .Where(InRange)
            .GroupBy(t => t).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .DefaultIfEmpty(MaxIndentTwips).First();

        foreach (var p in paragraphs)
        {
            var justified = p.Format.Alignment == Alignment.Justified;
            var indented = InRange(p.Format.FirstLineIndent);
            if (justified && indented) continue;

            var problems = new List<string>();
            if (!justified) problems.Add($"căn {AlignmentName(p.Format.Alignment)} thay vì căn đều hai lề");
            if (!indented) problems.Add($"lùi đầu dòng {IndentName(p.Format.FirstLineIndent)} thay vì 1–1,27 cm");
            var fix = new Fix(
                "Căn đều hai lề, lùi đầu dòng " + Units.Cm(indent),
                p.Index,
                ParagraphFormat: new ParagraphFormat(
                    Alignment: justified ? null : "justified",
                    FirstLineIndentCm: indented ? null : indent / 567.0));
            yield return context.At(Id, Severity.Warning, PlanPart.Body, p.Index,
                "Đoạn văn " + string.Join("; ", problems) + ".",
                "Căn đều hai lề, lùi đầu dòng 1–1,27 cm",
                $"Căn {AlignmentName(p.Format.Alignment)}, lùi đầu dòng {IndentName(p.Format.FirstLineIndent)}",
                fix);
        }
    }

    private static bool InRange(int twips) => twips is >= MinIndentTwips and <= MaxIndentTwips;

    private static string IndentName(int twips) => twips < 0 ? $"treo {Units.Cm(-twips)}" : Units.Cm(twips);

    private static string AlignmentName(Alignment a) => a switch
    {
        Alignment.Left => "trái",
        Alignment.Center => "giữa",
        Alignment.Right => "phải",
        Alignment.Justified => "đều hai lề",
        _ => "dàn đều ký tự",
    };
}
