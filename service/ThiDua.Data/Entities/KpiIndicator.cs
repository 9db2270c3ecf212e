namespace ThiDua.Data.Entities;

/// <summary>
/// An entry of the KPI catalogue — <em>danh mục chỉ tiêu</em>: one canonical indicator code with the label, lĩnh vực and unit
/// first seen for it. Every code a stored record carries has an entry (added on submission). Table <c>kpi_catalogue</c>.
/// </summary>
public sealed class KpiIndicator
{
    /// <summary>Canonical code (primary key), e.g. <c>xa-hoi.ty-le-ho-ngheo</c>.</summary>
    public string Code { get; set; } = "";

    /// <summary>Display label, NFC (<c>Tỷ lệ hộ nghèo theo chuẩn mới</c>).</summary>
    public string Label { get; set; } = "";

    /// <summary>Lĩnh vực slug; empty when unknown.</summary>
    public string Sector { get; set; } = "";

    /// <summary>The usual base unit (<c>%</c>, <c>đồng</c>); empty for a qualitative indicator.</summary>
    public string Unit { get; set; } = "";
}
