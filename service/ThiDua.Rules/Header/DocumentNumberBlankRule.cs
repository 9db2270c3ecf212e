using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-NUMBER-BLANK — the number of the số, ký hiệu left blank (<c>Số:      /KH-UBND</c>): normal in a draft, since văn
/// thư assigns it after signing (Nghị định 30/2020/NĐ-CP, Điều 15 and Phụ lục I, Mục II.3); reported as info so it is
/// not forgotten.
/// </summary>
public sealed class DocumentNumberBlankRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-NUMBER-BLANK";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Plan.Header.DocumentNumber is not { IsBlank: true } number) yield break;
        yield return context.At(Id, Severity.Info, PlanPart.Header, number.Paragraph,
            "Số văn bản còn để trống: văn thư sẽ cấp số sau khi ký ban hành.",
            "Số do văn thư cấp khi ban hành", $"“{number.Text}”", excerpt: number.Text);
    }
}
