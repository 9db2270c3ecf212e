namespace ThiDua.Data.Entities;

/// <summary>
/// A stored chỉ tiêu: the KPI record of <c>plan-schema.md</c> § "KPI record" (<see cref="ThiDua.Plans.Kpis.Target"/>) of one
/// <see cref="PlanVersion"/>, its value kept as written and normalised to the base unit. Table <c>kpi_records</c>.
/// </summary>
public sealed class KpiRecord
{
    /// <summary>Database id.</summary>
    public long Id { get; set; }

    /// <summary>The plan version it was read from.</summary>
    public int PlanVersionId { get; set; }

    /// <summary>The plan version.</summary>
    public PlanVersion PlanVersion { get; set; } = null!;

    /// <summary>0-based position in the plan's chỉ tiêu, document order.</summary>
    public int Ordinal { get; set; }

    /// <summary>Canonical indicator code (<c>y-te.bao-phu-bhyt</c>); empty when unknown.</summary>
    public string Code { get; set; } = "";

    /// <summary>The indicator as written, NFC.</summary>
    public string Label { get; set; } = "";

    /// <summary>Lĩnh vực slug (<c>y-te</c>); empty when unknown.</summary>
    public string Sector { get; set; } = "";

    /// <summary>
    /// A level (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>, <c>maintain</c>), a span (<c>range</c>), a change
    /// (<c>increase</c>, <c>decrease</c>, <c>multiple</c>), or empty (<see cref="ThiDua.Plans.Kpis.KpiComparator"/>).
    /// </summary>
    public string Comparator { get; set; } = "";

    /// <summary>The value in <see cref="Unit"/> (the lower end of a span, the amount of a change); null when qualitative.</summary>
    public decimal? Value { get; set; }

    /// <summary>The upper end of a span in <see cref="Unit"/>; null when the value is not a span.</summary>
    public decimal? ValueMax { get; set; }

    /// <summary>What a change is measured against (<c>năm 2015</c>, <c>cùng kỳ</c>, <c>năm trước</c>); empty for a level.</summary>
    public string Base { get; set; } = "";

    /// <summary>The year the target is for when the text says it (<c>đến năm 2025</c>); null for the plan's year.</summary>
    public int? TargetYear { get; set; }

    /// <summary>The whole of a fraction (<c>04/09 thôn</c> → 9); null when the value is no fraction.</summary>
    public decimal? Total { get; set; }

    /// <summary>The number exactly as written (<c>60.500.000</c>); empty when none.</summary>
    public string ValueAsWritten { get; set; } = "";

    /// <summary>Canonical unit as written (<c>triệu đồng</c>); empty when none.</summary>
    public string Unit { get; set; } = "";

    /// <summary>The value in <see cref="NormalizedUnit"/> (<c>triệu đồng</c> × 10⁶ → <c>đồng</c>); null when qualitative.</summary>
    public decimal? NormalizedValue { get; set; }

    /// <summary><see cref="ValueMax"/> in <see cref="NormalizedUnit"/>; null when the value is not a span.</summary>
    public decimal? NormalizedValueMax { get; set; }

    /// <summary>The base unit for aggregation (<c>đồng</c>).</summary>
    public string NormalizedUnit { get; set; } = "";

    /// <summary>True for a target with no number.</summary>
    public bool Qualitative { get; set; }

    /// <summary>The whole source sentence or table row, NFC.</summary>
    public string SourceSentence { get; set; } = "";

    /// <summary>Zero-based body paragraph index, or -1.</summary>
    public int SourceParagraph { get; set; }

    /// <summary>Human-readable place (<c>đoạn 57</c>, <c>bảng 2, hàng 4</c>).</summary>
    public string SourceLocation { get; set; } = "";

    /// <summary>1-based line within the chỉ tiêu list; 0 when unknown.</summary>
    public int SourceRow { get; set; }

    /// <summary>The heading that announced the target (<see cref="ThiDua.Plans.Kpis.TargetEvidence.Heading"/>); empty when none.</summary>
    public string EvidenceHeading { get; set; } = "";

    /// <summary>The target wording of the clause (<see cref="ThiDua.Plans.Kpis.TargetEvidence.Wording"/>); empty when none.</summary>
    public string EvidenceWording { get; set; } = "";

    /// <summary>The table column of the value (<see cref="ThiDua.Plans.Kpis.TargetEvidence.Column"/>); empty outside tables.</summary>
    public string EvidenceColumn { get; set; } = "";
}
