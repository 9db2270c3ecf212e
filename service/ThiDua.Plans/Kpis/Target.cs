namespace ThiDua.Plans.Kpis;

/// <summary>
/// A KPI record — <em>chỉ tiêu</em> — one measurable (or qualitative) target of a plan,
/// with the fields of <c>shared/spec/plan-schema.md</c> § "KPI record".
/// </summary>
/// <param name="Code">Canonical indicator code from the <see cref="KpiCatalogue"/> (e.g. <c>nong-nghiep.nang-suat-lua</c>), or empty when unknown.</param>
/// <param name="Label">The indicator as written in the plan, NFC (e.g. <c>Năng suất cây lúa bình quân</c>).</param>
/// <param name="Sector">Lĩnh vực slug (<c>kinh-te</c>, <c>y-te</c>, <c>giao-duc</c>…), from the catalogue; empty when unknown.</param>
/// <param name="Comparator">One of <see cref="KpiComparator.All"/>: a level (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>,
/// <c>maintain</c>), a span (<c>range</c>) or a change against <see cref="Base"/> (<c>increase</c>, <c>decrease</c>,
/// <c>multiple</c>); empty for a qualitative target with no comparator word.</param>
/// <param name="Value">The value read from Vietnamese notation (<c>10.129.300.000</c> → 10129300000, <c>99,6</c> → 99.6), the
/// lower end of a span (<c>7,5 - 8,0%</c> → 7.5), the amount of a change (<c>tăng 10%</c> → 10) or the factor of a multiple
/// (<c>gấp 2,15 lần</c> → 2.15); null when qualitative.</param>
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
    /// <summary>The upper end when the value is a span (<c>7,5 - 8,0%</c> → 8, <c>từ 08 đến 10 đường</c> → 10), else null.</summary>
    public decimal? ValueMax { get; init; }

    /// <summary>
    /// What a change or multiple is measured against, as the text says it (<c>năm 2015</c>, <c>cùng kỳ</c>,
    /// <c>giai đoạn 2010 - 2015</c>, <c>bình quân/năm</c>), <c>năm trước</c> when it names none; empty for a level or span.
    /// </summary>
    public string Base { get; init; } = string.Empty;

    /// <summary>The year the target is for when the text says it (<c>đến năm 2025</c>); null when it does not (the plan's year applies).</summary>
    public int? TargetYear { get; init; }

    /// <summary>The whole of a fraction (<c>04/09 thôn</c> → 9, value 4), else null.</summary>
    public decimal? Total { get; init; }

    /// <summary>Why the text was taken as a target (the heading, wording or table column), for the reviewer.</summary>
    public TargetEvidence Evidence { get; init; } = TargetEvidence.None;

    /// <summary>
    /// The value in the unit's base unit for aggregation (<c>triệu đồng</c> → <c>đồng</c> × 10⁶, <c>tỷ đồng</c> → × 10⁹);
    /// equal to <see cref="Value"/> for units without a base. Null when qualitative.
    /// </summary>
    public decimal? NormalizedValue => Value is null ? null : Value * KpiUnits.ScaleToBase(Unit);

    /// <summary><see cref="ValueMax"/> in <see cref="NormalizedUnit"/>; null when there is none.</summary>
    public decimal? NormalizedValueMax => ValueMax is null ? null : ValueMax * KpiUnits.ScaleToBase(Unit);

    /// <summary>The base unit of <see cref="Unit"/> for aggregation (<c>triệu đồng</c> → <c>đồng</c>).</summary>
    public string NormalizedUnit => KpiUnits.BaseUnit(Unit);
}

/// <summary>Where a <see cref="Target"/> was read from.</summary>
/// <param name="Sentence">The whole source sentence or table row text, NFC.</param>
/// <param name="Paragraph">Zero-based body paragraph index (document order, table paragraphs included), or -1 when not from a paragraph.</param>
/// <param name="Location">Human-readable place, e.g. <c>đoạn 57</c> or <c>bảng 2, hàng 4</c>.</param>
/// <param name="Row">The 1-based line number within the chỉ tiêu list or table (the <c>row</c> attribute of the custom XML part); 0 when unknown.</param>
public sealed record TargetSource(string Sentence, int Paragraph, string Location, int Row);

/// <summary>
/// Why a text was taken as a chỉ tiêu — <em>căn cứ nhận diện</em> — shown to the officer who reviews the records: the
/// heading that announces targets above it, the target wording of the clause, and the table column its value came from.
/// </summary>
/// <param name="Heading">The heading or announcing line of the part the target stands in (<c>2. Mục tiêu cụ thể đến năm
/// 2025</c>, <c>Phấn đấu đạt các chỉ tiêu sau:</c>), NFC; empty when no heading announces it.</param>
/// <param name="Wording">The words of the clause that make it a target (<c>phấn đấu</c>, <c>đạt</c>, <c>trở lên</c>,
/// <c>đến năm 2025</c>, <c>so với năm 2015</c>, or <c>:</c> after the indicator), joined by <c>, </c>, or the value itself when it
/// opens the clause (<c>100%</c> of <c>100% giáo viên đạt chuẩn</c>); empty when none.</param>
/// <param name="Column">The header of the table column the value was read from (<c>Kế hoạch 2024</c>); empty outside tables.</param>
public sealed record TargetEvidence(string Heading, string Wording, string Column)
{
    /// <summary>No evidence recorded (a record typed or corrected by hand, or read from a tagged list).</summary>
    public static TargetEvidence None { get; } = new(string.Empty, string.Empty, string.Empty);
}
