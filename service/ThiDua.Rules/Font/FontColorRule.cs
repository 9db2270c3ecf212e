using ThiDua.Docx.Model;
using ThiDua.Rules.Engine;
using FixRun = ThiDua.Rules.RunFormat;

namespace ThiDua.Rules.Font;

/// <summary>
/// FONT-COLOR — chữ màu đen: text colour automatic or 000000, no highlighting or run shading (left over from review).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4. One finding per paragraph, body, headers and footers included.
/// </summary>
public sealed class FontColorRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "FONT-COLOR";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var v in context.VisibleParagraphs)
        {
            if (!Coloured(v.Paragraph)) continue;
            var runs = v.Paragraph.VisibleRuns.ToList();
            var colours = runs.Where(r => !r.Format.IsBlack).Select(r => r.Format.Color).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var highlights = runs.Select(r => r.Format.Highlight).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (colours.Count == 0 && highlights.Count == 0) continue;
            var observed = new List<string>();
            if (colours.Count > 0) observed.Add("chữ màu " + string.Join(", ", colours.Select(c => "#" + c)));
            if (highlights.Count > 0) observed.Add("tô nền " + string.Join(", ", highlights));
            var where = v.Place is null ? "" : $" ở {v.Place}";
            var fix = v.BodyIndex >= 0
                ? new Fix("Đặt chữ màu đen, bỏ tô nền", v.BodyIndex, Run: new FixRun(
                    Color: colours.Count > 0 ? "000000" : null, RemoveHighlight: highlights.Count > 0 ? true : null))
                : null;
            yield return context.At(Id, Severity.Warning, PlanPart.Document, v.BodyIndex,
                $"Đoạn văn{where} có {string.Join(" và ", observed)}.", "Chữ màu đen, không tô nền", string.Join("; ", observed), fix,
                v.Paragraph.RenderedText);
        }
    }

    /// <summary>Whether a run of <see cref="DocParagraph.VisibleRuns"/> is not black or is highlighted (looked at without allocating: most paragraphs are neither).</summary>
    private static bool Coloured(DocParagraph paragraph)
    {
        var runs = paragraph.Runs;
        for (var r = 0; r < runs.Count; r++)
            if ((!runs[r].Format.IsBlack || runs[r].Format.Highlight is not null) && !string.IsNullOrWhiteSpace(runs[r].Text)) return true;
        return false;
    }
}
