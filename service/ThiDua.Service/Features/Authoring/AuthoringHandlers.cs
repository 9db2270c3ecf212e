using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Tagging;
using ThiDua.Rules;
using ThiDua.Service.Features.Plans;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Authoring;

/// <summary>The handlers of <c>POST /api/plans/new</c>, <c>POST /api/plans/tag</c> and <c>POST /api/plans/tag/controls</c>.</summary>
public static class AuthoringHandlers
{
    /// <summary><c>POST /api/plans/new</c>: a complete new plan as a .docx download.</summary>
    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> New(NewPlanRequest? request, ICurrentUnitScope scope, IUnitProfileDirectory directory, CancellationToken cancellationToken) =>
        AuthoringProblems.Guard(async () =>
        {
            var plan = await PlanRequestResolver.ResolveAsync(request, scope, directory, cancellationToken);
            var docx = NewPlanBuilder.Create(plan, request!.Sections);
            return TypedResults.File(docx, PlanHandlers.DocxContentType, FileName(plan));
        });

    /// <summary><c>POST /api/plans/tag</c>: the uploaded plan with its parts wrapped in their content controls, as <c>&lt;tên&gt;-gan-the.docx</c>.</summary>
    public static async Task<FileContentHttpResult> Tag(IFormFile? file, PlanEngine engine, EngineDeadline deadline, IOptions<UploadOptions> upload, CancellationToken cancellationToken)
    {
        var plan = await UploadedPlan.ReadAsync(file, upload.Value.MaxBytes, cancellationToken);
        using var content = plan.OpenRead();
        var (tagged, _) = deadline.Run(token => engine.Tag(content, token), cancellationToken);
        return TypedResults.File(tagged, PlanHandlers.DocxContentType, Path.GetFileNameWithoutExtension(plan.FileName) + "-gan-the.docx");
    }

    /// <summary>
    /// <c>POST /api/plans/tag/controls</c>: the controls tagging would add, placed in the uploaded plan, and the plan's data,
    /// for the pane to tag the open document in place (where Word cannot insert a whole file with its headers and footers).
    /// </summary>
    public static async Task<Ok<InPlaceTagging>> TagInPlace(IFormFile? file, EngineDeadline deadline, IOptions<UploadOptions> upload, CancellationToken cancellationToken)
    {
        var plan = await UploadedPlan.ReadAsync(file, upload.Value.MaxBytes, cancellationToken);
        var limits = upload.Value.ToLimits();
        return TypedResults.Ok(deadline.Run(token => InPlaceTagger.Plan(plan.Content, limits, token), cancellationToken));
    }

    /// <summary><c>ke-hoach-tri-yen-2024.docx</c>: the place folded to ASCII words and the year.</summary>
    private static string FileName(PlanParameters plan)
    {
        var place = new StringBuilder();
        foreach (var c in plan.Unit.PlaceName.Normalize(NormalizationForm.FormD).ToLowerInvariant().Replace('đ', 'd'))
        {
            if (char.IsAsciiLetterOrDigit(c)) place.Append(c);
            else if (char.IsWhiteSpace(c) && place.Length > 0 && place[^1] != '-') place.Append('-');
        }
        return $"ke-hoach-{place.ToString().Trim('-')}-{plan.Year}.docx".Replace("--", "-");
    }
}
