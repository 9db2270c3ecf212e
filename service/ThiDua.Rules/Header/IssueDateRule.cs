using ThiDua.Docx.Formatting;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-DATE — địa danh và thời điểm ban hành (<em>PlaceAndDate</em>): <c>&lt;Địa danh&gt;, ngày DD tháng MM năm YYYY</c>,
/// a real date, day below 10 and months 1–2 with a leading 0 (<c>tháng 3</c> … <c>tháng 12</c> without), single spaces,
/// cỡ 13–14, nghiêng, centred under Tiêu ngữ. Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4b–c and the table of Mục V.
/// A day or month left blank is HDR-DATE-BLANK (info), not this rule; the parts that are written are still checked.
/// </summary>
public sealed class IssueDateRule : IPlanRule
{
    private const string Form = "<Địa danh>, ngày DD tháng MM năm YYYY";
    private static readonly ElementStyle Style = new(13, 14, Bold: null, Italic: true, Alignment.Center);

    /// <inheritdoc />
    public string Id => "HDR-DATE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var date = context.Plan.Header.PlaceAndDate;
        if (date is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu địa danh và thời điểm ban hành văn bản.",
                Form + " ở cột phải, dưới Tiêu ngữ (" + Style.Describe() + ")", "(thiếu)");
            yield break;
        }
        var problems = new List<string>();
        IReadOnlyList<TextReplacement>? replace = null;
        var parsed = PlaceAndDateText.Parse(date.Text);
        if (parsed is null) problems.Add($"không đúng dạng “{Form}”");
        else
        {
            problems.AddRange(parsed.DateProblems());
            if (!parsed.IsBlank && ElementText.Spaces(date.Text) != date.Text.Trim())
                problems.Add("có khoảng trắng thừa giữa các từ");
            if (parsed.Canonical() is { } canonical && canonical != date.Text)
                replace = [new TextReplacement(date.Text, canonical)];
        }
        var paragraph = context.Document.Paragraphs[date.Paragraph];
        var verdict = StyleCheck.Check(date, Style, paragraph, StyleCheck.OwnsParagraph(paragraph, [date]));
        problems.AddRange(verdict.Problems);
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Sửa địa danh, ngày tháng theo Nghị định 30", date.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Header, date.Paragraph,
            "Địa danh, ngày tháng chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            Form + " (" + Style.Describe() + ")", $"“{date.Text}” ({verdict.Observed})", fix, date.Text);
    }
}
