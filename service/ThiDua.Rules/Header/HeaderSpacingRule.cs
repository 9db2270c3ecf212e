using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-SPACING — Quốc hiệu and Tiêu ngữ on consecutive lines at single spacing; cơ quan chủ quản and cơ quan ban hành
/// likewise (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.1c, II.2b). Single spacing: auto line spacing of at most one line
/// (<c>w:line</c> ≤ 240), or an exact / at-least line height of at most 1.2 × the type size (Times New Roman's single line
/// is about 1.15 ×); no space before or after between the two lines (<c>w:before</c>/<c>w:after</c>, twips), and, between
/// the cơ quan lines, no empty paragraph. Whether Tiêu ngữ is on the very next line is HDR-MOTTO's. The fix sets single
/// spacing and removes the space between the lines; an empty paragraph between cơ quan lines is removed.
/// </summary>
public sealed class HeaderSpacingRule : IPlanRule
{
    /// <summary>Largest exact or at-least line height read as single spacing, as a multiple of the type size.</summary>
    private const double MaxSingleLine = 1.2;

    /// <inheritdoc />
    public string Id => "HDR-SPACING";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var header = context.Plan.Header;
        if (header.NationalTitle is { } nation && header.Motto is { } motto && motto.Paragraph - nation.EndParagraph is 0 or 1)
            foreach (var f in CheckLines(context, [nation, motto], "Quốc hiệu và Tiêu ngữ", removeEmpty: false)) yield return f;
        if (header.ParentAgency.Count > 0 && header.IssuingAuthority.Count > 0)
            foreach (var f in CheckLines(context, [.. header.ParentAgency, .. header.IssuingAuthority], "tên cơ quan chủ quản và tên cơ quan ban hành", removeEmpty: true))
                yield return f;
    }

    private IEnumerable<Finding> CheckLines(RuleContext context, IReadOnlyList<TextSegment> lines, string what, bool removeEmpty)
    {
        var ps = context.Document.Paragraphs;
        var first = lines[0].Paragraph;
        var last = lines[^1].EndParagraph;
        if (last < first) yield break;
        var own = lines.SelectMany(l => new[] { l.Paragraph, l.EndParagraph }).ToHashSet();
        var ordered = own.Order().ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var p = ps[ordered[k]];
            var problems = new List<string>();
            double? before = null, after = null, line = null;
            if (!IsSingle(p))
            {
                problems.Add("cách dòng " + LineSpacing(p.Format) + " (cần cách dòng đơn)");
                line = 1.0;
            }
            if (k > 0 && p.Format.SpacingBefore > 0 && !Contextual(p, ps[ordered[k - 1]]))
            {
                problems.Add($"khoảng cách trước đoạn {Units.Pt(p.Format.SpacingBeforePt)} (cần 0 pt)");
                before = 0;
            }
            if (k < ordered.Count - 1 && p.Format.SpacingAfter > 0 && !Contextual(p, ps[ordered[k + 1]]))
            {
                problems.Add($"khoảng cách sau đoạn {Units.Pt(p.Format.SpacingAfterPt)} (cần 0 pt)");
                after = 0;
            }
            if (problems.Count > 0)
                yield return context.At(Id, Severity.Warning, PlanPart.Header, p.Index,
                    $"Dòng {what} chưa cách dòng đơn: " + string.Join("; ", problems) + ".",
                    "Hai dòng liền nhau, cách dòng đơn, không có khoảng cách giữa hai dòng",
                    string.Join("; ", problems),
                    new Fix("Đặt cách dòng đơn, bỏ khoảng cách giữa các dòng", p.Index,
                        ParagraphFormat: new ParagraphFormat(SpaceBeforePt: before, SpaceAfterPt: after, LineSpacingLines: line)));
            if (!removeEmpty || k == ordered.Count - 1) continue;
            var empties = Enumerable.Range(ordered[k] + 1, ordered[k + 1] - ordered[k] - 1).Where(i => ps[i].IsEmpty && ps[i].Format.BottomBorder is null).ToList();
            if (empties.Count > 0)
                yield return context.At(Id, Severity.Warning, PlanPart.Header, empties[0],
                    $"Có {empties.Count} dòng trống giữa {what}.", "Hai dòng liền nhau, không có dòng trống",
                    $"{empties.Count} dòng trống",
                    new Fix("Xóa dòng trống", empties[0], Kind: EmptyParagraphRule.RemoveEmptyParagraphs), excerpt: "(dòng trống)");
        }
    }

    /// <summary>True when the paragraph is set at single line spacing.</summary>
    private static bool IsSingle(DocParagraph p)
    {
        var f = p.Format;
        if (f.LineRule == "auto") return f.Line <= 240;
        return f.Line / 20.0 <= LineHeight.TypeSizePt(p) * MaxSingleLine;
    }

    /// <summary>True when Word drops <paramref name="owner"/>'s space towards <paramref name="neighbour"/>: same style and <c>w:contextualSpacing</c>.</summary>
    private static bool Contextual(DocParagraph owner, DocParagraph neighbour) =>
        owner.Format.ContextualSpacing && owner.Format.StyleId == neighbour.Format.StyleId;

    private static string LineSpacing(Docx.Formatting.ParagraphFormat f) => f.LineRule == "auto"
        ? (f.Line / 240.0).ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " dòng"
        : (f.LineRule == "exact" ? "chính xác " : "tối thiểu ") + Units.Pt(f.Line / 20.0);
}
