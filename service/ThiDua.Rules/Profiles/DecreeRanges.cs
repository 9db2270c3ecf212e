using System.Collections.Frozen;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// The ranges Nghị định 30/2020/NĐ-CP, Phụ lục I leaves open, which a profile may narrow and never widen: type sizes of
/// the elements (Mục V), the geometry of running text (Mục II.6e) and the page margins (Mục I.3).
/// </summary>
public static class DecreeRanges
{
    /// <summary>Cỡ chữ by element (<see cref="ProfileElements"/>), pt (Phụ lục I, Mục V).</summary>
    public static FrozenDictionary<string, (double Min, double Max)> Sizes { get; } = new Dictionary<string, (double, double)>
    {
        ["nationalTitle"] = (12, 13), ["motto"] = (13, 14), ["parentAgency"] = (12, 13), ["issuingAuthority"] = (12, 13),
        ["documentNumber"] = (13, 13), ["placeAndDate"] = (13, 14), ["documentType"] = (13, 14), ["subject"] = (13, 14),
        ["sectionTitle"] = (13, 14), ["clauseTitle"] = (13, 14), ["bodyText"] = (13, 14), ["recipientsLabel"] = (12, 12),
        ["recipientItem"] = (11, 11), ["signingAuthority"] = (13, 14), ["signerName"] = (13, 14), ["pageNumber"] = (13, 14),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Line spacing as a multiple of single: from single to 1,5 lines (Mục II.6e).</summary>
    public static (double Min, double Max) LineMultiple => (1.0, 1.5);

    /// <summary>Exact line height, pt: 15–22 pt (rules.md's reading of "dòng đơn đến 1,5 lines" for exact spacing).</summary>
    public static (double Min, double Max) LineExactPt => (15, 22);

    /// <summary>Least space between paragraphs, pt: 6 (Mục II.6e).</summary>
    public const double ParagraphSpaceMinPt = 6;

    /// <summary>First-line indent, cm: 1 or 1,27 (Mục II.6e), read as the range between.</summary>
    public static (double Min, double Max) FirstLineIndentCm => (1.0, 1.27);

    /// <summary>Page margins, mm (Mục I.3): top and bottom 20–25, left 30–35, right 15–20.</summary>
    public static FrozenDictionary<string, (double Min, double Max)> MarginsMm { get; } = new Dictionary<string, (double, double)>
    {
        ["top"] = (20, 25), ["bottom"] = (20, 25), ["left"] = (30, 35), ["right"] = (15, 20),
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
