namespace ThiDua.Plans.Kpis;

/// <summary>A lĩnh vực — sector — that KPI records are grouped by (plan-schema.md § KPI record, field <c>sector</c>).</summary>
/// <param name="Slug">Stable slug (<c>kinh-te</c>, <c>van-hoa-xa-hoi</c>, <c>y-te</c>…).</param>
/// <param name="Name">Vietnamese name shown to users (<c>Văn hóa - xã hội</c>).</param>
public sealed record KpiSector(string Slug, string Name);

/// <summary>
/// One indicator of the <see cref="KpiCatalogue"/> — <em>chỉ tiêu chuẩn</em> — the canonical form that plans' own wording
/// (<c>Tỷ lệ GDVH</c>, <c>Khu dân cư văn hóa</c>) is matched to, so records of several communes can be added up by code.
/// </summary>
/// <param name="Code">Canonical code, <c>group.indicator</c> (<c>nong-nghiep.nang-suat-lua</c>).</param>
/// <param name="Name">Vietnamese name of the indicator, NFC (<c>Năng suất lúa bình quân</c>).</param>
/// <param name="Sector">Sector slug (<see cref="KpiSector.Slug"/>).</param>
/// <param name="Unit">The unit the indicator is usually counted in (<c>tạ/ha</c>); empty for qualitative indicators.</param>
/// <param name="Match">Alternatives, each a list of phrases that must all occur, as whole words, in a label (lower case, NFC).</param>
/// <param name="Exclude">Phrases that rule the entry out when the label holds one of them as written (diacritics compared).</param>
/// <param name="Source">Where the indicator comes from: the public system of standard indicators and its part (<c>Quyết định
/// số 318/QĐ-TTg … (tiêu chí 10, thu nhập bình quân đầu người)</c>), NFC.</param>
public sealed record KpiCatalogueEntry(
    string Code,
    string Name,
    string Sector,
    string Unit,
    IReadOnlyList<IReadOnlyList<string>> Match,
    IReadOnlyList<string> Exclude,
    string Source);
