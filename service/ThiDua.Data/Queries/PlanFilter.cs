namespace ThiDua.Data.Queries;

/// <summary>Which plans <c>GET /api/plans</c> lists; both criteria optional.</summary>
/// <param name="Year">The plans' year.</param>
/// <param name="UnitId">One issuing unit.</param>
public sealed record PlanFilter(int? Year = null, int? UnitId = null);
