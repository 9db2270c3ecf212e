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
        var body = context.Plan.BodyParagraphs;
        if (body.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Body, -1, "không tìm thấy đoạn văn nào trong phần nội dung.");
            yield break;
        }

        var paragraphs = context.Document.Paragraphs;
        var bodySize = BodySize(paragraphs, body, range);
        foreach (var index in body)
        {
            var p = paragraphs[index];
            if (OneSize(p, bodySize)) continue;
            var sizes = p.Runs.Where(IsText).Select(r => r.Format.SizePt).Distinct().Order().ToList();
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

    /// <summary>
    /// The size drawing most body characters (not white space) when it is allowed, else the largest size allowed; of sizes
    /// drawing as many, the first met.
    /// </summary>
    private static double BodySize(IReadOnlyList<DocParagraph> paragraphs, IReadOnlyList<int> body, SizeRange range)
    {
        var counts = new List<(double Size, long Characters)>();
        foreach (var index in body)
        {
            var runs = paragraphs[index].Runs;
            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                if (!IsText(run)) continue;
                var characters = 0;
                foreach (var c in run.Text)
                    if (!char.IsWhiteSpace(c)) characters++;
                var at = 0;
                while (at < counts.Count && !counts[at].Size.Equals(run.Format.SizePt)) at++;
                if (at == counts.Count) counts.Add((run.Format.SizePt, characters));
                else counts[at] = (counts[at].Size, counts[at].Characters + characters);
            }
        }
        var dominant = 0d;
        var most = -1L;
        foreach (var (size, characters) in counts)
            if (characters > most) (dominant, most) = (size, characters);
        return range.Contains(dominant) ? dominant : range.MaxPt;
    }

    /// <summary>Whether every text run of <paramref name="p"/> is drawn in <paramref name="size"/> (true when it has none).</summary>
    private static bool OneSize(DocParagraph p, double size)
    {
        var runs = p.Runs;
        for (var r = 0; r < runs.Count; r++)
            if (IsText(runs[r]) && runs[r].Format.SizePt != size) return false;
        return true;
    }

    /// <summary>
    /// A run that shows text on the base line: one of <see cref="DocParagraph.VisibleRuns"/> (text that is not only white
    /// space), not a superscript or subscript mark such as a footnote reference.
    /// </summary>
    private static bool IsText(DocRun run) =>
        run.ShowsText && run.Format.VerticalAlign is not ("superscript" or "subscript");
}
