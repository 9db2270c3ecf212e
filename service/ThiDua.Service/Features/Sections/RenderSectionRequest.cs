using ThiDua.Plans.Authoring;
using ThiDua.Service.Features.Authoring;

namespace ThiDua.Service.Features.Sections;

/// <summary>Body of <c>POST /api/sections/{id}/render</c>: the plan's data and where the section goes.</summary>
/// <param name="UnitId">As in <see cref="PlanRequest"/>.</param>
/// <param name="Unit">As in <see cref="PlanRequest"/>.</param>
/// <param name="Year">As in <see cref="PlanRequest"/>.</param>
/// <param name="Subject">As in <see cref="PlanRequest"/>.</param>
/// <param name="Number">As in <see cref="PlanRequest"/>.</param>
/// <param name="Date">As in <see cref="PlanRequest"/>.</param>
/// <param name="Targets">As in <see cref="PlanRequest"/>.</param>
/// <param name="PreviousHeading">The mục heading before the insertion point (<c>II.</c> or <c>II. NỘI DUNG THI ĐUA</c>); null or empty when none, the section is then <c>I.</c>.</param>
/// <param name="StoreItemId">The datastore item id of the plan's custom XML part when it already has one, so the new section's bound controls point at it.</param>
public sealed record RenderSectionRequest(int? UnitId, UnitProfile? Unit, int Year, string? Subject, string? Number, DateOnly? Date, IReadOnlyList<TargetSpec>? Targets,
    string? PreviousHeading, string? StoreItemId) : PlanRequest(UnitId, Unit, Year, Subject, Number, Date, Targets);
