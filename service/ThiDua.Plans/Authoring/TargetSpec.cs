namespace ThiDua.Plans.Authoring;

/// <summary>
/// A chỉ tiêu to write into a new plan's chỉ tiêu table: the indicator and, for a measurable target, its comparator,
/// value and unit (<c>shared/spec/plan-schema.md</c> § KPI record). The sentence shown in the plan is composed from it
/// (<c>Thu nhập bình quân đầu người đạt 60.500.000 đồng.</c>) and the same record is mirrored in the custom XML part.
/// </summary>
/// <param name="Code">Canonical indicator code, e.g. <c>kinh-te.thu-nhap-binh-quan</c>; empty when unknown (the row then carries no <c>thidua:kpi:</c> control).</param>
/// <param name="Label">The indicator as it should read, e.g. <c>Thu nhập bình quân đầu người</c>.</param>
/// <param name="Sector">Lĩnh vực slug, e.g. <c>kinh-te</c>; empty when unknown.</param>
/// <param name="Comparator"><c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>=</c>, <c>maintain</c>, or empty for a qualitative target without one.</param>
/// <param name="Value">The number, or null for a qualitative target (<c>An ninh trật tự được giữ vững</c>).</param>
/// <param name="Unit">Canonical unit (<c>%</c>, <c>‰</c>, <c>tạ/ha</c>, <c>đồng</c>, <c>người</c>…); empty when none.</param>
public sealed record TargetSpec(string Code, string Label, string Sector, string Comparator, decimal? Value, string Unit);
