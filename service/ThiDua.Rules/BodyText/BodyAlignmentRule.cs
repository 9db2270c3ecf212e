using ThiDua.Docx.Formatting;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-ALIGN — căn lề phần nội dung (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e): running text is căn đều hai lề
/// (justified, OOXML <c>w:jc="both"</c>) with a first-line indent (<em>lùi đầu dòng</em>) of 1 cm to 1.27 cm
/// (567–720 twips, <see cref="BodyGeometry"/> of the standard). Applies to
/// <see cref="ThiDua.Plans.Model.PlanDocument.BodyParagraphs"/> (numbered khoản without a title included; titles and tables
/// excluded); a paragraph numbered by Word starts its first line at its left indent plus its first-line (or hanging)
/// indent. One finding per paragraph; the fix sets justified alignment and/or the indent most body paragraphs already use
/// (the largest allowed when none is in range) — for a paragraph numbered by Word only the alignment. Severity: warning.
/// </summary>
public sealed class BodyAlignmentRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "BODY-ALIGN";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var geometry = context.Standard.Body;
        var paragraphs = context.Plan.BodyParagraphs.Select(i => context.Document.Paragraphs[i]).ToList();
        if (paragraphs.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Body, -1, "không tìm thấy đoạn văn nào trong phần nội dung.");
            yield break;
        }

        var indent = paragraphs.Select(FirstLineStart)
            .Where(geometry.IndentInRange)
            .GroupBy(t => t).OrderByDescending(g => g.Count()).Select(g => g.Key)
            .DefaultIfEmpty(geometry.MaxFirstLineTwips).First();

        foreach (var p in paragraphs)
        {
            var justified = p.Format.Alignment == Alignment.Justified;
            var start = FirstLineStart(p);
            var indented = geometry.IndentInRange(start);
            var numbered = p.Numbering is { IsBullet: false };
            if (justified && indented) continue;

            var problems = new List<string>();
            if (!justified) problems.Add($"căn {AlignmentName(p.Format.Alignment)} thay vì căn đều hai lề");
            if (!indented) problems.Add($"lùi đầu dòng {IndentName(start)} thay vì {Range(geometry)}");
            var fixIndent = !indented && !numbered;
            var fix = !justified || fixIndent
                ? new Fix(
                    fixIndent ? "Căn đều hai lề, lùi đầu dòng " + Units.Cm(indent) : "Căn đều hai lề",
                    p.Index,
                    ParagraphFormat: new ParagraphFormat(
                        Alignment: justified ? null : "justified",
                        FirstLineIndentCm: fixIndent ? indent / 567.0 : null))
                : null;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, p.Index,
                "Đoạn văn " + string.Join("; ", problems) + ".",
                "Căn đều hai lề, lùi đầu dòng " + Range(geometry),
                $"Căn {AlignmentName(p.Format.Alignment)}, lùi đầu dòng {IndentName(start)}",
                fix);
        }
    }

    /// <summary>Where the first line starts, twips from the left margin: the first-line indent, plus the left indent for a paragraph numbered by Word.</summary>
    private static int FirstLineStart(ThiDua.Docx.Model.DocParagraph p) =>
        p.Numbering is { IsBullet: false } ? p.Format.LeftIndent + p.Format.FirstLineIndent : p.Format.FirstLineIndent;

    /// <summary><c>1–1,27 cm</c>.</summary>
    private static string Range(BodyGeometry g) =>
        $"{(g.MinFirstLineTwips / 567.0).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}–{Units.Cm(g.MaxFirstLineTwips)}";

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
