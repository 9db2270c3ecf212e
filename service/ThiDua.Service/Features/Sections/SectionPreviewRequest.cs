using ThiDua.Plans.Authoring;

namespace ThiDua.Service.Features.Sections;

/// <summary>Body of <c>POST /api/sections/previews</c>: what the previews are filled with. Nothing is required: what is not given is shown as still to be filled.</summary>
/// <param name="UnitId">Id of a stored unit profile (<c>/api/units</c>); used when <paramref name="Unit"/> is not given.</param>
/// <param name="Unit">The unit profile given whole; with neither, every unit value is shown as missing.</param>
/// <param name="Year">Năm của kế hoạch; missing when null or outside 2000–2100.</param>
/// <param name="Subject">Trích yếu; missing when empty.</param>
public sealed record SectionPreviewRequest(int? UnitId, UnitProfile? Unit, int? Year, string? Subject);
