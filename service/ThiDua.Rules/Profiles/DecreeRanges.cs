using System.Collections.Frozen;
using ThiDua.Plans.Standard;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// The ranges Nghị định 30/2020/NĐ-CP, Phụ lục I leaves open, which a profile may narrow and never widen, in the units a
/// profile document uses — type sizes (pt), the geometry of running text (lines, pt, cm) and the page margins (mm) — as the
/// standard <see cref="PlanStandard.Nd30"/> holds them (Mục V, Mục II.6e, Mục I.3).
/// </summary>
public static class DecreeRanges
{
    private static PlanStandard Nd30 => PlanStandard.Nd30;

    /// <summary>Cỡ chữ of element <paramref name="key"/> (<see cref="ProfileElements"/>), pt (Phụ lục I, Mục V).</summary>
    public static (double Min, double Max) Size(string key) =>
        Nd30[ProfileElements.All[key].Standard].Size is var size ? (size.MinPt, size.MaxPt) : default;

    /// <summary>Line spacing as a multiple of single: from single to 1,5 lines (Mục II.6e).</summary>
    public static (double Min, double Max) LineMultiple => (Round(Nd30.Body.MinAutoLine / 240.0), Round(Nd30.Body.MaxAutoLine / 240.0));

    /// <summary>Exact line height, pt: 15–22 pt (rules.md's reading of "dòng đơn đến 1,5 lines" for exact spacing).</summary>
    public static (double Min, double Max) LineExactPt => (Round(Nd30.Body.MinExactLine / 20.0), Round(Nd30.Body.MaxExactLine / 20.0));

    /// <summary>Least space between paragraphs, pt: 6 (Mục II.6e).</summary>
    public static double ParagraphSpaceMinPt => Round(Nd30.Body.MinParagraphSpaceTwips / 20.0);

    /// <summary>First-line indent, cm: 1 or 1,27 (Mục II.6e), read as the range between.</summary>
    public static (double Min, double Max) FirstLineIndentCm => (Round(Nd30.Body.MinFirstLineTwips / 567.0), Round(Nd30.Body.MaxFirstLineTwips / 567.0));

    /// <summary>Page margins, mm (Mục I.3): top and bottom 20–25, left 30–35, right 15–20; by side (<c>top</c>, <c>bottom</c>, <c>left</c>, <c>right</c>).</summary>
    public static FrozenDictionary<string, (double Min, double Max)> MarginsMm { get; } = new Dictionary<string, (double, double)>
    {
        ["top"] = (Nd30.Page.Top.MinMm, Nd30.Page.Top.MaxMm), ["bottom"] = (Nd30.Page.Bottom.MinMm, Nd30.Page.Bottom.MaxMm),
        ["left"] = (Nd30.Page.Left.MinMm, Nd30.Page.Left.MaxMm), ["right"] = (Nd30.Page.Right.MinMm, Nd30.Page.Right.MaxMm),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>To hundredths, as a profile writes them (720 twips = 1,27 cm).</summary>
    private static double Round(double value) => Math.Round(value, 2);
}
