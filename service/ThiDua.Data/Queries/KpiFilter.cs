namespace ThiDua.Data.Queries;

/// <summary>Which KPI records a query covers; every criterion is optional.</summary>
/// <param name="Year">The plans' year.</param>
/// <param name="UnitId">One issuing unit.</param>
/// <param name="Code">One indicator code (<c>y-te.bao-phu-bhyt</c>).</param>
/// <param name="Sector">One lĩnh vực slug (<c>y-te</c>).</param>
/// <param name="IncludeSuperseded">Also the records of superseded plan versions (default: current versions only).</param>
/// <param name="UnitIds">The units the caller may see (its sign-in scope); null for every unit.</param>
public sealed record KpiFilter(int? Year = null, int? UnitId = null, string? Code = null, string? Sector = null, bool IncludeSuperseded = false,
    IReadOnlyCollection<int>? UnitIds = null);
