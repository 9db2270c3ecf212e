namespace ThiDua.Data.Queries;

/// <summary>Which plans <c>GET /api/plans</c> lists; both criteria optional.</summary>
/// <param name="Year">The plans' year.</param>
/// <param name="UnitId">One issuing unit.</param>
/// <param name="UnitIds">The units the caller may see (its sign-in scope); null for every unit.</param>
public sealed record PlanFilter(int? Year = null, int? UnitId = null, IReadOnlyCollection<int>? UnitIds = null);
