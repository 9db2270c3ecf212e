using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDua.Rules;
using ThiDua.Service.Features.Profiles;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>The request handlers of <c>/api/plans</c>: each reads the uploaded .docx, then calls the <see cref="PlanEngine"/>.</summary>
public static class PlanHandlers
{
    /// <summary>The content type of a .docx.</summary>
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The limits an uploaded plan must keep.</summary>
    /// <param name="MaxBytes">The largest .docx accepted, in bytes (<see cref="UploadOptions.MaxBytes"/>); a larger one is refused with 413.</param>
    public sealed record PlanLimits(long MaxBytes);

    /// <summary><c>GET /api/plans/limits</c>: the largest .docx the service takes, so the pane can refuse a larger one before reading it from Word.</summary>
    public static Ok<PlanLimits> Limits(IOptions<UploadOptions> upload) => TypedResults.Ok(new PlanLimits(upload.Value.MaxBytes));

    /// <summary>
    /// <c>POST /api/plans/check</c>: every finding of the plan under the rule profile that applies — <paramref name="profile"/>
    /// (a stored or sample profile's name), else unit <paramref name="unitId"/>'s, else the signed-in officer's unit's, else the
    /// base; an unknown profile is a 404 problem, a unit outside the caller's scope a 403, profiles that do not combine a 422.
    /// </summary>
    public static async Task<Results<Ok<CheckReport>, ProblemHttpResult>> Check(IFormFile? file, [FromForm] string? profile, [FromForm] int? unitId,
        PlanEngine engine, EngineDeadline deadline, ProfileResolver profiles, IOptions<UploadOptions> upload, CancellationToken cancellationToken)
    {
        var plan = await UploadedPlan.ReadAsync(file, upload.Value.MaxBytes, cancellationToken);
        ThiDua.Rules.Profiles.EffectiveProfile applied;
        try
        {
            applied = await profiles.ResolveAsync(profile, unitId, cancellationToken);
        }
        catch (ProfileResolutionException e)
        {
            return e.Problem;
        }
        using var content = plan.OpenRead();
        return TypedResults.Ok(deadline.Run(token => engine.Check(content, plan.FileName, applied, token), cancellationToken));
    }

    /// <summary><c>POST /api/plans/fix</c>: the plan with the mechanical fixes of <paramref name="rules"/> (comma-separated ids, any case) applied; all when empty; under the profile that applies, as <see cref="Check"/>.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Fix(IFormFile? file, [FromForm] string? rules, [FromForm] string? profile, [FromForm] int? unitId,
        PlanEngine engine, EngineDeadline deadline, ProfileResolver profiles, IOptions<UploadOptions> upload, CancellationToken cancellationToken)
    {
        var plan = await UploadedPlan.ReadAsync(file, upload.Value.MaxBytes, cancellationToken);
        ThiDua.Rules.Profiles.EffectiveProfile applied;
        try
        {
            applied = await profiles.ResolveAsync(profile, unitId, cancellationToken);
        }
        catch (ProfileResolutionException e)
        {
            return e.Problem;
        }
        using var content = plan.OpenRead();
        var fixedPlan = deadline.Run(token => engine.Fix(content, rules?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), applied, token), cancellationToken);
        return TypedResults.File(fixedPlan, DocxContentType, plan.FixedFileName);
    }

    /// <summary><c>POST /api/plans/extract</c>: the plan's metadata and chỉ tiêu records.</summary>
    public static async Task<Ok<ExtractReport>> Extract(IFormFile? file, PlanEngine engine, EngineDeadline deadline, IOptions<UploadOptions> upload, CancellationToken cancellationToken)
    {
        var plan = await UploadedPlan.ReadAsync(file, upload.Value.MaxBytes, cancellationToken);
        using var content = plan.OpenRead();
        return TypedResults.Ok(deadline.Run(token => engine.Extract(content, plan.FileName, token), cancellationToken));
    }
}
