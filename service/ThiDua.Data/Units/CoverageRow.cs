namespace ThiDua.Data.Units;

/// <summary>Whether one unit has submitted its plan for a year (an item of <c>GET /api/units/coverage?year=</c>).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Level">Its level (<c>xã</c>…).</param>
/// <param name="District">Its district.</param>
/// <param name="Submitted">True when a plan for the year is stored.</param>
/// <param name="PlanId">The plan, when submitted.</param>
/// <param name="CurrentVersion">Its current version number, when submitted.</param>
/// <param name="Versions">Versions submitted (0 when none).</param>
/// <param name="DocumentNumber">Số of the current version.</param>
/// <param name="Symbol">Ký hiệu of the current version.</param>
/// <param name="SubmittedAt">When the current version arrived (UTC).</param>
/// <param name="KpiCount">Records of the current version.</param>
public sealed record CoverageRow(
    int UnitId, string UnitName, string Level, string District, bool Submitted, int? PlanId, int? CurrentVersion, int Versions,
    string DocumentNumber, string Symbol, DateTimeOffset? SubmittedAt, int KpiCount);
