using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-DATE-BLANK — the day and/or month of the ngày tháng left blank (<c>ngày    tháng    năm 2024</c>): normal in a
/// draft, filled in when the plan is signed (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4); reported as info.
/// </summary>
public sealed class IssueDateBlankRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-DATE-BLANK";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Plan.Header.PlaceAndDate is not { IsBlank: true } date) yield break;
        var blank = date.Day.Length == 0 && date.Month.Length == 0 ? "ngày và tháng" : date.Day.Length == 0 ? "ngày" : "tháng";
        yield return context.At(Id, Severity.Info, PlanPart.Header, date.Paragraph,
            $"Thời điểm ban hành còn để trống {blank}: điền khi ký ban hành.",
            "Ngày tháng năm ký ban hành", $"“{date.Text}”", excerpt: date.Text);
    }
}
