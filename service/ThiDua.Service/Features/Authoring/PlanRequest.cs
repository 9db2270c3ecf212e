using ThiDua.Plans.Authoring;

namespace ThiDua.Service.Features.Authoring;

/// <summary>
/// What a plan (or one section of it) is to be written from, as the API receives it: the unit — by the id of a stored
/// unit profile or given whole — the year, the trích yếu, and optionally số, date and chỉ tiêu.
/// </summary>
/// <param name="UnitId">Id of a stored unit profile (<c>/api/units</c>); used when <paramref name="Unit"/> is not given.</param>
/// <param name="Unit">The unit profile given whole.</param>
/// <param name="Year">Năm của kế hoạch.</param>
/// <param name="Subject">Trích yếu.</param>
/// <param name="Number">Số; empty or null leaves it blank for văn thư.</param>
/// <param name="Date">Ngày ban hành (<c>2024-02-01</c>); null leaves day and month blank.</param>
/// <param name="Targets">Chỉ tiêu; null for the usual qualitative ones.</param>
public record PlanRequest(int? UnitId, UnitProfile? Unit, int Year, string? Subject, string? Number, DateOnly? Date, IReadOnlyList<TargetSpec>? Targets);

/// <summary>Body of <c>POST /api/plans/new</c>: the plan and the catalogue sections to include (all when empty).</summary>
/// <param name="UnitId">Id of a stored unit profile (<c>/api/units</c>); used when <paramref name="Unit"/> is not given.</param>
/// <param name="Unit">The unit profile given whole.</param>
/// <param name="Year">Năm của kế hoạch.</param>
/// <param name="Subject">Trích yếu.</param>
/// <param name="Number">Số; empty or null leaves it blank for văn thư.</param>
/// <param name="Date">Ngày ban hành (<c>2024-02-01</c>); null leaves day and month blank.</param>
/// <param name="Targets">Chỉ tiêu; null for the usual qualitative ones.</param>
/// <param name="Sections">Catalogue ids (<c>GET /api/sections</c>); null or empty for every section.</param>
public sealed record NewPlanRequest(int? UnitId, UnitProfile? Unit, int Year, string? Subject, string? Number, DateOnly? Date, IReadOnlyList<TargetSpec>? Targets,
    IReadOnlyList<string>? Sections) : PlanRequest(UnitId, Unit, Year, Subject, Number, Date, Targets);
