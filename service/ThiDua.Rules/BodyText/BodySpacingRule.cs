using ThiDua.Docx.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-SPACING — khoảng cách đoạn và dòng (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e; the ranges are the standard's
/// <see cref="BodyGeometry"/>): between paragraphs at least
/// 6 pt (space before or after, OOXML <c>w:spacing/@w:before|@w:after</c> in twentieths of a point: 120), line spacing from
/// single to 1.5 lines (<c>w:lineRule="auto"</c>, <c>w:line</c> 240–360) or an exact height of 15–22 pt (300–440 twips);
/// an "at least" height is accepted up to 22 pt. Space that Word suppresses between paragraphs of one style
/// (<c>w:contextualSpacing</c>) does not count. Applies to the body's running text (headings and tables excluded). One finding
/// per paragraph; the fix sets 6 pt after and/or clamps the line spacing (no fix when only contextual spacing removes the
/// space: that option is not part of a fix). Severity: warning.
/// </summary>
public sealed class BodySpacingRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "BODY-SPACING";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var doc = context.Document;
        var g = context.Standard.Body;
        if (context.Plan.BodyParagraphs.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Body, -1, "không tìm thấy đoạn văn nào trong phần nội dung.");
            yield break;
        }

        var minSpace = Units.Pt(g.MinParagraphSpaceTwips / 20.0);
        var lines = Accepted(g);
        foreach (var index in context.Plan.BodyParagraphs)
        {
            var p = doc.Paragraphs[index];
            var f = p.Format;
            var before = Suppressed(doc, p, index - 1) ? 0 : f.SpacingBefore;
            var after = Suppressed(doc, p, index + 1) ? 0 : f.SpacingAfter;
            var spaced = Math.Max(before, after) >= g.MinParagraphSpaceTwips;
            var lineOk = LineOk(f, g);
            if (spaced && lineOk) continue;

            var problems = new List<string>();
            if (!spaced)
                problems.Add(f.ContextualSpacing && Math.Max(f.SpacingBefore, f.SpacingAfter) >= g.MinParagraphSpaceTwips
                    ? "khoảng cách giữa các đoạn bị bỏ do tùy chọn “không thêm khoảng cách giữa các đoạn cùng kiểu”"
                    : $"khoảng cách giữa các đoạn dưới {minSpace} (trước {Units.Pt(f.SpacingBeforePt)}, sau {Units.Pt(f.SpacingAfterPt)})");
            if (!lineOk) problems.Add($"giãn dòng {LineName(f)} ngoài khoảng {lines}");

            var needsSpace = !spaced && f.SpacingBefore < g.MinParagraphSpaceTwips && f.SpacingAfter < g.MinParagraphSpaceTwips;
            double? line = lineOk ? null : ClampedLines(f, g);
            var fix = needsSpace || line is not null
                ? new Fix($"Đặt khoảng cách sau đoạn {minSpace}, giãn dòng {lines}", p.Index,
                    ParagraphFormat: new ParagraphFormat(SpaceAfterPt: needsSpace ? g.MinParagraphSpaceTwips / 20.0 : null, LineSpacingLines: line))
                : null;
            yield return context.At(Id, Severity.Warning, PlanPart.Body, p.Index,
                "Đoạn văn có " + string.Join("; ", problems) + ".",
                $"Khoảng cách giữa các đoạn tối thiểu {minSpace}; giãn dòng {lines}",
                $"Trước {Units.Pt(f.SpacingBeforePt)}, sau {Units.Pt(f.SpacingAfterPt)}, giãn dòng {LineName(f)}",
                fix);
        }
    }

    /// <summary>True when Word drops the space on the side of <paramref name="neighbour"/> (contextual spacing between paragraphs of one style).</summary>
    private static bool Suppressed(DocxDocument doc, DocParagraph p, int neighbour) =>
        p.Format.ContextualSpacing && neighbour >= 0 && neighbour < doc.Paragraphs.Count
        && doc.Paragraphs[neighbour].Format.StyleId == p.Format.StyleId;

    private static bool LineOk(ThiDua.Docx.Formatting.ParagraphFormat f, BodyGeometry g) => f.LineRule switch
    {
        "exact" => g.AcceptsExact && f.Line >= g.MinExactLine && f.Line <= g.MaxExactLine,
        "atLeast" => g.AcceptsExact && f.Line <= g.MaxExactLine,
        _ => g.AcceptsMultiple && f.Line >= g.MinAutoLine && f.Line <= g.MaxAutoLine,
    };

    /// <summary>
    /// The nearest allowed multiple: the tightest allowed for spacing tighter than allowed, the loosest for looser; null when
    /// only exact heights are accepted (a fix sets multiples only).
    /// </summary>
    private static double? ClampedLines(ThiDua.Docx.Formatting.ParagraphFormat f, BodyGeometry g) => !g.AcceptsMultiple ? null : f.LineRule switch
    {
        "exact" => f.Line < g.MinExactLine ? g.MinAutoLine / 240.0 : g.MaxAutoLine / 240.0,
        "atLeast" => g.MaxAutoLine / 240.0,
        _ => f.Line < g.MinAutoLine ? g.MinAutoLine / 240.0 : g.MaxAutoLine / 240.0,
    };

    /// <summary>The accepted line spacings in Vietnamese: <c>từ 1 đến 1,5 dòng (hoặc chính xác 15–22 pt)</c>, <c>1,2 dòng</c>.</summary>
    private static string Accepted(BodyGeometry g)
    {
        var multiple = g.MinAutoLine == g.MaxAutoLine ? $"{Lines(g.MinAutoLine)} dòng" : $"từ {Lines(g.MinAutoLine)} đến {Lines(g.MaxAutoLine)} dòng";
        var exact = g.MinExactLine == g.MaxExactLine ? $"chính xác {Units.Pt(g.MinExactLine / 20.0)}" : $"chính xác {Units.Pt(g.MinExactLine / 20.0)}–{Units.Pt(g.MaxExactLine / 20.0)}";
        return (g.AcceptsMultiple, g.AcceptsExact) switch
        {
            (true, true) => $"{multiple} (hoặc {exact})",
            (true, false) => multiple,
            _ => exact,
        };
    }

    private static string Lines(int line240) => (line240 / 240.0).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private static string LineName(ThiDua.Docx.Formatting.ParagraphFormat f) => f.LineRule switch
    {
        "exact" => "chính xác " + Units.Pt(f.Line / 20.0),
        "atLeast" => "tối thiểu " + Units.Pt(f.Line / 20.0),
        _ => Lines(f.Line) + " dòng",
    };
}
