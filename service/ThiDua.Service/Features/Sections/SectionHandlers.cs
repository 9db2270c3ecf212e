using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Catalogue;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Features.Authoring;

namespace ThiDua.Service.Features.Sections;

/// <summary>The handlers of <c>/api/sections</c>.</summary>
public static class SectionHandlers
{
    /// <summary><c>GET /api/sections</c>: the catalogue in plan order.</summary>
    public static Ok<IReadOnlyList<SectionDefinition>> List() => TypedResults.Ok(SectionCatalogue.All);

    /// <summary>
    /// <c>POST /api/sections/previews</c>: what each section of the catalogue inserts for the given unit, year and trích
    /// yếu, rendered by the section renderers, the values still to be filled marked.
    /// </summary>
    public static Task<Results<Ok<IReadOnlyList<SectionPreview>>, ProblemHttpResult>> Previews(SectionPreviewRequest? request, ICurrentUnitScope scope, IUnitProfileDirectory directory, CancellationToken cancellationToken) =>
        AuthoringProblems.Guard(async () =>
        {
            var unit = await PlanRequestResolver.ResolveUnitAsync(request?.Unit, request?.UnitId, scope, directory, cancellationToken);
            return TypedResults.Ok(SectionPreviewer.PreviewAll(unit, request?.Year, request?.Subject, StoredUnitProfiles.DefaultDraftingUnit));
        });

    /// <summary><c>POST /api/sections/{id}/render</c>: the section as Flat OPC for <c>insertOoxml</c> and as a .docx fragment (base64), with the plan's custom XML.</summary>
    public static Task<Results<Ok<RenderedSection>, ProblemHttpResult>> Render(string id, RenderSectionRequest? request, ICurrentUnitScope scope, IUnitProfileDirectory directory,
        CancellationToken cancellationToken) =>
        AuthoringProblems.Guard(async () =>
        {
            if (SectionCatalogue.Find(id) is null) throw new KeyNotFoundException($"Không có phần “{id}” trong danh mục các phần của kế hoạch.");
            var plan = await PlanRequestResolver.ResolveAsync(request, scope, directory, cancellationToken);
            return TypedResults.Ok(SectionRenderer.Render(id, plan, request!.PreviousHeading, request.StoreItemId));
        });
}
