using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Page;

/// <summary>
/// PAGE-NUMBER — số trang: Arabic numerals, cỡ 13–14, centred in the top margin (a PAGE field in the header), from the
/// second page on: page 1 has none (<c>w:titlePg</c> with a first-page header without the PAGE field).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.7. One finding per section that breaks it.
/// </summary>
public sealed class PageNumberRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "PAGE-NUMBER";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        const string expected = "Số Ả Rập, cỡ 13–14, căn giữa ở lề trên (đầu trang), từ trang thứ hai; trang đầu không đánh số";
        var sections = context.Document.Sections;
        if (sections.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Document, -1, "văn bản không có thông tin phần trang (w:sectPr).");
            yield break;
        }
        foreach (var s in sections)
        {
            var problems = new List<string>();
            var numbered = s.Headers.TryGetValue("default", out var header) ? header.Paragraphs.FirstOrDefault(p => p.HasPageField) : null;
            if (numbered is null)
            {
                var inFooter = s.Footers.Values.Any(f => f.HasPageField);
                problems.Add(inFooter ? "số trang đặt ở chân trang (cần ở đầu trang)" : "không đánh số trang");
            }
            else
            {
                if (numbered.Format.Alignment != Alignment.Center && !CentredByTab(numbered)) problems.Add("số trang không căn giữa");
                var sizes = PageNumberSizes(numbered);
                var bad = sizes.Where(z => z is < 13 or > 14).ToList();
                if (bad.Count > 0) problems.Add($"số trang cỡ {string.Join(", ", bad.Select(Units.Pt))} (cần 13–14 pt)");
                if (s.PageNumberFormat is not ("decimal" or "")) problems.Add($"số trang không phải chữ số Ả Rập ({s.PageNumberFormat})");
            }
            if (s.Index == 0)
            {
                var firstHeader = s.TitlePage && s.Headers.TryGetValue("first", out var first) ? first : null;
                var firstNumbered = s.TitlePage ? firstHeader?.HasPageField == true : numbered is not null;
                if (firstNumbered) problems.Add("trang đầu có số trang (cần bỏ: bật “Different First Page” và để trống đầu trang thứ nhất)");
            }
            if (problems.Count == 0) continue;
            yield return context.At(Id, Severity.Warning, PlanPart.Document, -1,
                "Đánh số trang chưa đúng: " + string.Join("; ", problems) + ".", expected, string.Join("; ", problems),
                excerpt: "Số trang");
        }
    }

    /// <summary>The sizes (pt) of the page number's runs: the field result, else the paragraph mark's.</summary>
    private static IReadOnlyList<double> PageNumberSizes(DocParagraph p)
    {
        var field = p.Runs.Where(r => r.InField && r.ShowsText).Select(r => r.Format.SizePt).Distinct().ToList();
        return field.Count > 0 ? field : [p.MarkFormat.SizePt];
    }

    private static bool CentredByTab(DocParagraph p) =>
        p.Text.StartsWith('\t') && p.Format.Tabs.FirstOrDefault() is { Kind: "center" };
}
