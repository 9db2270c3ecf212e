using ThiDua.Docx.Model;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-SPACING — khoảng cách đoạn và dòng (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e): between paragraphs at least
/// 6 pt (space before or after, OOXML <c>w:spacing/@w:before|@w:after</c> in twentieths of a point: 120), line spacing from
/// single to 1.5 lines (<c>w:lineRule="auto"</c>, <c>w:line</c> 240–360) or an exact height of 15–22 pt (300–440 twips);
/// an "at least" height is accepted up to 22 pt. Space that Word suppresses between paragraphs of one style
/// (<c>w:contextualSpacing</c>) does not count. Applies to the body's running text (headings and tables excluded). One finding
/// per paragraph; the fix sets 6 pt after and/or clamps the line spacing (no fix when only contextual spacing removes the
/// space: that option is not part of a fix). Severity: warning.
/// </summary>
public sealed class BodySpacingRule : IPlanRule
{
    /// <summary>Least space between paragraphs, twips (6 pt).</summary>
    public const int MinParagraphSpaceTwips = 120;

    /// <summary>Auto line spacing range, 240ths of a line (1.0–1.5).</summary>
    public const int MinAutoLine = 240, MaxAutoLine = 360;

    /// <summary>Exact line height range, twips (15–22 pt).</summary>
    public const int MinExactLine = 300, MaxExactLine = 440;

    /// <inheritdoc />
    public string Id => "BODY-SPACING";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var doc = context.Document;
        if (context.Plan.BodyParagraphs.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Body, -1, "không tìm thấy đoạn văn nào trong phần nội dung.");
            yield break;
        }

        foreach (var index in context.Plan.BodyParagraphs)
        {
            var p = doc.Paragraphs[index];
            var f = p.Format;
            var before = Suppressed(doc, p, index - 1) ? 0 : f.SpacingBefore;
            var after = Suppressed(doc, p, index + 1) ? 0 : f.SpacingAfter;
            var spaced = Math.Max(before, after) >= MinParagraphSpaceTwips;
            var lineOk = LineOk(f);
            if (spaced && lineOk) continue;

            var problems = new List<string>();
            if (!spaced)
                problems.Add(f.ContextualSpacing && Math.Max(f.SpacingBefore, f.SpacingAfter) >= MinParagraphSpaceTwips
                    ? "khoảng cách giữa các đoạn bị bỏ do tùy chọn “không thêm khoảng cách giữa các đoạn cùng kiểu”"
                    : $"khoảng cách giữa các đoạn dưới 6 pt (trước {Units.Pt(f.SpacingBeforePt)}, sau {Units.Pt(f.SpacingAfterPt)})");
            if (!lineOk) problems.Add($"giãn dòng {LineName(f)} ngoài khoảng 1–1,5 dòng (hoặc chính xác 15–22 pt)");

            var needsSpace = !spaced && f.SpacingBefore < MinParagraphSpaceTwips && f.SpacingAfter < MinParagraphSpaceTwips;
            double? line = lineOk ? null : ClampedLines(f);
            var fix = needsSpace || line is not null
                ? new Fix("Đặt khoảng cách sau đoạn 6 pt, giãn dòng 1–1,5 dòng", p.Index,
                    ParagraphFormat: new ParagraphFormat(SpaceAfterPt: needsSpace ? 6 : null, LineSpacingLines: line))
                : null;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, p.Index,
                "Đoạn văn có " + string.Join("; ", problems) + ".",
                "Khoảng cách giữa các đoạn tối thiểu 6 pt; giãn dòng từ 1 dòng đến 1,5 dòng (hoặc chính xác 15–22 pt)",
                $"Trước {Units.Pt(f.SpacingBeforePt)}, sau {Units.Pt(f.SpacingAfterPt)}, giãn dòng {LineName(f)}",
                fix);
        }
    }

    /// <summary>True when Word drops the space on the side of <paramref name="neighbour"/> (contextual spacing between paragraphs of one style).</summary>
    private static bool Suppressed(DocxDocument doc, DocParagraph p, int neighbour) =>
        p.Format.ContextualSpacing && neighbour >= 0 && neighbour < doc.Paragraphs.Count
        && doc.Paragraphs[neighbour].Format.StyleId == p.Format.StyleId;

    private static bool LineOk(ThiDua.Docx.Formatting.ParagraphFormat f) => f.LineRule switch
    {
        "exact" => f.Line is >= MinExactLine and <= MaxExactLine,
        "atLeast" => f.Line <= MaxExactLine,
        _ => f.Line is >= MinAutoLine and <= MaxAutoLine,
    };

    /// <summary>The nearest allowed multiple: 1.0 for spacing tighter than allowed, 1.5 for looser.</summary>
    private static double ClampedLines(ThiDua.Docx.Formatting.ParagraphFormat f) => f.LineRule switch
    {
        "exact" => f.Line < MinExactLine ? 1.0 : 1.5,
        "atLeast" => 1.5,
        _ => f.Line < MinAutoLine ? 1.0 : 1.5,
    };

    private static string LineName(ThiDua.Docx.Formatting.ParagraphFormat f) => f.LineRule switch
    {
        "exact" => "chính xác " + Units.Pt(f.Line / 20.0),
        "atLeast" => "tối thiểu " + Units.Pt(f.Line / 20.0),
        _ => (f.Line / 240.0).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " dòng",
    };
}
