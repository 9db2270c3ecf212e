namespace ThiDua.Plans.Kpis;

/// <summary>
/// A KPI record — <em>chỉ tiêu</em> — one measurable (or qualitative) target of a plan,
/// with the fields of <c>shared/spec/plan-schema.md</c> § "KPI record".
/// </summary>
/// <param name="Code">Canonical indicator code from the <see cref="KpiCatalogue"/> (e.g. <c>nong-nghiep.nang-suat-lua</c>), or empty when unknown.</param>
/// <param name="Label">The indicator as written in the plan, NFC (e.g. <c>Năng suất cây lúa bình quân</c>).</param>
/// <param name="Sector">Lĩnh vực slug (<c>kinh-te</c>, <c>y-te</c>, <c>giao-duc</c>…), from the catalogue; empty when unknown.</param>
/// <param name="Comparator">One of <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>, <c>maintain</c>; empty for a qualitative target with no comparator word.</param>
/// <param name="Value">The value read from Vietnamese notation (<c>10.129.300.000</c> → 10129300000, <c>99,6</c> → 99.6); null when qualitative.</param>
/// <param name="ValueAsWritten">The number exactly as written (<c>60.500.000</c>), empty when none.</param>
/// <param name="Unit">Canonical unit (<c>%</c>, <c>‰</c>, <c>tạ/ha</c>, <c>tấn</c>, <c>đồng</c>, <c>triệu đồng</c>, <c>người</c>…); empty when none.</param>
/// <param name="Qualitative">True for a target with no number (<c>Duy trì, thực hiện tốt công tác VSMT</c>).</param>
/// <param name="Source">Where the record was read: the exact sentence and its place.</param>
public sealed record Target(
    string Code,
    string Label,
    string Sector,
    string Comparator,
    decimal? Value,
    string ValueAsWritten,
    string Unit,
    bool Qualitative,
    TargetSource Source)
{
    /// <summary>
    /// The value in the unit's base unit for aggregation (<c>triệu đồng</c> → <c>đồng</c> × 10⁶, <c>tỷ đồng</c> → × 10⁹);
    /// equal to <see cref="Value"/> for units without a base. Null when qualitative.
    /// </summary>
    public decimal? NormalizedValue => Value is null ? null : Value * KpiUnits.ScaleToBase(Unit);

    /// <summary>The base unit of <see cref="Unit"/> for aggregation (<c>triệu đồng</c> → <c>đồng</c>).</summary>
    public string NormalizedUnit => KpiUnits.BaseUnit(Unit);
}

/// <summary>Where a <see cref="Target"/> was read from.</summary>
/// <param name="Sentence">The whole source sentence or table row text, NFC.</param>
/// <param name="Paragraph">Zero-based body paragraph index (document order, table paragraphs included), or -1 when not from a paragraph.</param>
/// <param name="Location">Human-readable place, e.g. <c>đoạn 57</c> or <c>bảng 2, hàng 4</c>.</param>
/// <param name="Row">The 1-based line number within the chỉ tiêu list or table (the <c>row</c> attribute of the custom XML part); 0 when unknown.</param>
public sealed record TargetSource(string Sentence, int Paragraph, string Location, int Row);
