using System.Globalization;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-DATE — địa danh và thời điểm ban hành (<em>PlaceAndDate</em>): <c>&lt;Địa danh&gt;, ngày DD tháng MM năm YYYY</c>,
/// a real date, day below 10 and months 1–2 with a leading 0 (<c>tháng 3</c> … <c>tháng 12</c> without), single spaces,
/// on one line, cỡ 13–14, nghiêng, centred under Tiêu ngữ. Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4b–c and the table of
/// Mục V. A day or month left blank is HDR-DATE-BLANK (info), not this rule; the parts that are written are still checked.
/// Judges the <see cref="PlaceAndDate"/> recognition parsed; the fix writes a real date as the decree does.
/// </summary>
public sealed class IssueDateRule : IPlanRule
{
    private const string Form = "<Địa danh>, ngày DD tháng MM năm YYYY";

    /// <inheritdoc />
    public string Id => "HDR-DATE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var look = context.Standard[PlanElement.PlaceAndDate];
        var date = context.Plan.Header.PlaceAndDate;
        if (date is null)
        {
            yield return context.At(Id, Severity.Error, PlanPart.Header, -1, "Thiếu địa danh và thời điểm ban hành văn bản.",
                Form + " ở cột phải, dưới Tiêu ngữ (" + look.Describe() + ")", "(thiếu)");
            yield break;
        }
        var problems = new List<string>();
        if (date.Place.Length == 0) problems.Add("thiếu địa danh trước ngày tháng");
        else if (!date.Comma) problems.Add("thiếu dấu phẩy sau địa danh");
        if (!date.WellFormed && date.Place.Length > 0 && date.Comma) problems.Add($"không đúng dạng “{Form}”");
        problems.AddRange(DateProblems(date));
        if (date.Segment.IsBroken) problems.Add("địa danh, ngày tháng bị ngắt thành hai dòng");
        else if (!date.IsBlank && TextKey.Spaces(date.Text) != date.Text.Trim()) problems.Add("có khoảng trắng thừa giữa các từ");
        IReadOnlyList<TextReplacement>? replace = null;
        if (date.Date is { } real && date.Place.Length > 0 && !date.Segment.IsBroken
            && Nd30Wording.PlaceAndDate(date.Place, real) is var canonical && canonical != date.Text)
            replace = [new TextReplacement(date.Text, canonical)];
        var paragraph = context.Document.Paragraphs[date.Paragraph];
        var verdict = StyleCheck.Check(date.Segment, look, paragraph, StyleCheck.OwnsParagraph(paragraph, [date.Segment]));
        problems.AddRange(verdict.Problems);
        if (problems.Count == 0) yield break;
        var fix = verdict.Run is null && verdict.Paragraph is null && replace is null ? null
            : new Fix("Sửa địa danh, ngày tháng theo Nghị định 30", date.Paragraph, verdict.Run, verdict.Paragraph, replace);
        yield return context.At(Id, Severity.Error, PlanPart.Header, date.Paragraph,
            "Địa danh, ngày tháng chưa đúng thể thức: " + string.Join("; ", problems) + ".",
            Form + " (" + look.Describe() + ")", $"“{date.Text}” ({verdict.Observed})", fix, date.Text);
    }

    /// <summary>
    /// The problems of the date, in Vietnamese: a real date (year of four digits), day below 10 and months 1–2 with a
    /// leading zero, months 3–12 without one (Phụ lục I, Mục II.4b). Parts left blank are not problems here.
    /// </summary>
    private static List<string> DateProblems(PlaceAndDate date)
    {
        var (dayText, monthText, yearText) = (date.Day, date.Month, date.Year);
        var problems = new List<string>();
        if (yearText.Length != 4) problems.Add(yearText.Length == 0 ? "thiếu năm" : $"năm “{yearText}” không đủ 4 chữ số");
        int day = dayText.Length is > 0 and <= 2 ? int.Parse(dayText, CultureInfo.InvariantCulture) : 0, month = monthText.Length is > 0 and <= 2 ? int.Parse(monthText, CultureInfo.InvariantCulture) : 0;
        if (dayText.Length > 0 && (day is < 1 or > 31 || dayText.Length > 2)) problems.Add($"ngày “{dayText}” không có thật");
        else if (dayText.Length == 1) problems.Add($"ngày nhỏ hơn 10 cần thêm số 0 phía trước (0{dayText})");
        if (monthText.Length > 0 && (month is < 1 or > 12 || monthText.Length > 2)) problems.Add($"tháng “{monthText}” không có thật");
        else if (monthText.Length == 1 && month <= 2) problems.Add($"tháng 1, 2 cần thêm số 0 phía trước (0{monthText})");
        else if (monthText.Length == 2 && month >= 3 && monthText[0] == '0') problems.Add($"tháng từ 3 trở đi không thêm số 0 (tháng {month})");
        if (problems.Count == 0 && day > 0 && month > 0 && yearText.Length == 4 && day > DateTime.DaysInMonth(int.Parse(yearText, CultureInfo.InvariantCulture), month))
            problems.Add($"ngày {day} tháng {month} năm {yearText} không có thật");
        return problems;
    }
}
