using ThiDua.Docx.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.BodyText;

/// <summary>
/// BODY-FONT — cỡ chữ phần nội dung (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6e and the table of Mục V, row 6:
/// cỡ chữ 13–14): every running-text paragraph of the body (<see cref="ThiDua.Plans.Model.PlanDocument.BodyParagraphs"/>:
/// numbered khoản without a title included, titles and tables excluded) is drawn in the size range of
/// <see cref="PlanElement.BodyText"/>, and in one size throughout the body. The body's size is the one
/// drawing most of its characters when that size is 13 or 14 pt, else 14 pt. One finding per paragraph that uses another
/// size (or several sizes), with the fix setting the body's size on all its runs. Superscript and subscript runs are not
/// counted. Severity: warning.
/// </summary>
public sealed class BodyFontRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "BODY-FONT";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var range = context.Standard[PlanElement.BodyText].Size;
        var paragraphs = context.Plan.BodyParagraphs.Select(i => context.Document.Paragraphs[i]).ToList();
        if (paragraphs.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Body, -1, "không tìm thấy đoạn văn nào trong phần nội dung.");
            yield break;
        }

        var bodySize = BodySize(paragraphs, range);
        foreach (var p in paragraphs)
        {
            var sizes = TextRuns(p).Select(r => r.Format.SizePt).Distinct().Order().ToList();
            if (sizes.Count == 0 || sizes.All(s => s == bodySize)) continue;
            var observed = string.Join(", ", sizes.Select(Units.Pt));
            var outOfRange = sizes.Any(s => !range.Contains(s));
            var message = outOfRange
                ? $"Cỡ chữ phần nội dung phải {(range.MinPt.Equals(range.MaxPt) ? "là " + Units.Pt(range.MinPt) : $"từ {Units.Pt(range.MinPt)} đến {Units.Pt(range.MaxPt)}")}; đoạn này dùng cỡ {observed}."
                : $"Phần nội dung phải dùng một cỡ chữ thống nhất ({Units.Pt(bodySize)}); đoạn này dùng cỡ {observed}.";
            yield return context.At(Id, Severity.Warning, PlanPart.Body, p.Index, message,
                $"Cỡ chữ {Units.Pt(bodySize)} (cỡ {range.Describe()}, thống nhất trong toàn bộ nội dung)",
                $"Cỡ chữ {observed}",
                new Fix($"Đặt cỡ chữ {Units.Pt(bodySize)} cho cả đoạn", p.Index, Run: new RunFormat(SizePt: bodySize)));
        }
    }

    /// <summary>The size drawing most body characters when it is allowed, else the largest size allowed.</summary>
    private static double BodySize(IEnumerable<DocParagraph> paragraphs, SizeRange range)
    {
        var dominant = paragraphs.SelectMany(TextRuns)
            .GroupBy(r => r.Format.SizePt)
            .OrderByDescending(g => g.Sum(r => r.Text.Count(c => !char.IsWhiteSpace(c))))
            .Select(g => g.Key)
            .FirstOrDefault();
        return range.Contains(dominant) ? dominant : range.MaxPt;
    }

    /// <summary>Runs that show text on the base line (superscript/subscript marks such as footnote references excluded).</summary>
    private static IEnumerable<DocRun> TextRuns(DocParagraph p) =>
        p.VisibleRuns.Where(r => r.Format.VerticalAlign is not ("superscript" or "subscript"));
}
