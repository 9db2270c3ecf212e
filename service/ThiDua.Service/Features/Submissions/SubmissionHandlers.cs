using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Service.Features.Auth;
using System.Text.Json;
using Microsoft.Extensions.Options;
using ThiDua.Data.Submissions;
using ThiDua.Docx.Package;
using ThiDua.Rules;
using ThiDua.Service.Features.Plans;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// <c>POST /api/plans/submit</c>, two endpoints on one route chosen by the request's content type: a multipart form — the
/// .docx (field <c>file</c>), the extraction as the officer reviewed it (field <c>extraction</c>, a JSON
/// <see cref="SubmissionRequest"/>), the optional <c>unitId</c> — or the same <see cref="SubmissionRequest"/> as an
/// application/json body bound by the framework, the .docx in base64. With an extraction, it is stored as sent, the .docx
/// attached through the same <see cref="PackageGuard"/> as an upload; with the file alone, the <see cref="PlanEngine"/>
/// extracts it. 201 with the <see cref="SubmissionResult"/> when a version was stored, 200 when the same content was already
/// there; any other content type is 415 (routing).
/// </summary>
public static class SubmissionHandlers
{
    /// <summary>
    /// The application/json dialect: the <see cref="SubmissionRequest"/> bound by the framework (its chỉ tiêu stop at the
    /// limit as they are read: <see cref="SubmittedKpis"/>), stored as sent with its .docx when there is one; 400 without
    /// <c>plan</c>.
    /// </summary>
    /// <exception cref="DocxInputException">The attached file is not a .docx that is safe to open.</exception>
    public static async Task<IResult> SubmitJson(
        SubmissionRequest submission, PlanSubmissions submissions, IOptions<UploadOptions> upload, ICurrentUnitScope scope, CancellationToken cancellationToken) =>
        submission.Plan is null
            ? MissingPlan()
            : await StoreAsync(Reviewed(submission, null, upload.Value), submissions, scope, cancellationToken);

    /// <summary>
    /// The form: the reviewed <paramref name="extraction"/> (JSON text of a <see cref="SubmissionRequest"/>) stored as sent
    /// with the .docx of <paramref name="file"/> attached when there is one; else the .docx of <paramref name="file"/>,
    /// extracted by the engine. <paramref name="unitId"/> wins over the extraction's.
    /// </summary>
    /// <exception cref="DocxInputException">The file is missing or not a .docx that is safe to open.</exception>
    public static async Task<IResult> SubmitForm(
        IFormFile? file, [FromForm] string? extraction, [FromForm] int? unitId,
        PlanEngine engine, EngineDeadline deadline, PlanSubmissions submissions, IOptions<UploadOptions> upload, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (UnitIdProblem(unitId) is { } problem) return problem;
        var limits = upload.Value;
        PlanSubmission submission;
        if (!string.IsNullOrWhiteSpace(extraction))
        {
            SubmissionRequest? reviewed;
            try
            {
                reviewed = JsonSerializer.Deserialize<SubmissionRequest>(extraction, json.Value.SerializerOptions);
            }
            catch (JsonException e)
            {
                var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" tại {e.Path}";
                return ApiProblems.Problem(ProblemCatalog.InvalidJson, $"Trường {ExtractionField} không phải JSON đúng cấu trúc{where}.");
            }
            if (reviewed?.Plan is null) return MissingPlan();
            var attached = file is null ? null : await UploadedPlan.ReadAsync(file, limits.MaxBytes, cancellationToken);
            submission = Reviewed(reviewed with { UnitId = unitId ?? reviewed.UnitId, Docx = attached?.Content ?? reviewed.Docx }, attached?.FileName, limits);
        }
        else
        {
            var plan = await UploadedPlan.ReadAsync(file, limits.MaxBytes, cancellationToken);
            ExtractReport report;
            using (var content = plan.OpenRead()) report = deadline.Run(token => engine.Extract(content, plan.FileName, token), cancellationToken);
            submission = PlanSubmission.FromDocx(plan.Content, plan.FileName, report.Plan, report.Kpis, unitId);
        }
        return await StoreAsync(submission, submissions, scope, cancellationToken);
    }

    /// <summary>The multipart field carrying the reviewed extraction, a JSON <see cref="SubmissionRequest"/>.</summary>
    public const string ExtractionField = "extraction";

    private static ProblemHttpResult MissingPlan() =>
        ApiProblems.Problem(ProblemCatalog.InvalidJson, "Thiếu trường plan (thông tin kế hoạch) trong nội dung JSON.");

    /// <summary>The reviewed extraction as a submission, named after <paramref name="fileName"/> or its <c>file</c>; its .docx must pass the package guard.</summary>
    /// <exception cref="DocxInputException">The attached file is not a .docx that is safe to open.</exception>
    private static PlanSubmission Reviewed(SubmissionRequest body, string? fileName, UploadOptions upload)
    {
        var docx = body.Docx is { Length: > 0 } bytes ? bytes : null;
        if (docx is not null) PackageGuard.Validate(docx, upload.ToLimits());
        var name = !string.IsNullOrWhiteSpace(body.File) ? Path.GetFileName(body.File.Replace('\\', '/')) : fileName ?? "ke-hoach.json";
        return PlanSubmission.FromExtraction(body.Plan!, body.Kpis ?? [], name, docx, body.UnitId);
    }

    /// <summary>Files the submission under the user's unit scope: 201 when a version was stored, 200 when unchanged.</summary>
    private static async Task<IResult> StoreAsync(
        PlanSubmission submission, PlanSubmissions submissions, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var filing = await scope.ForSubmissionAsync(submission.UnitId, submission.Plan, cancellationToken);
        if (!filing.Allowed) return ScopeProblems.Forbidden(filing.Reason);
        submission = filing.Apply(submission);
        try
        {
            var result = await submissions.SubmitAsync(submission, cancellationToken);
            return result.Outcome == SubmissionOutcome.Unchanged
                ? TypedResults.Ok(result)
                : TypedResults.Created($"/api/plans/{result.PlanId}", result);
        }
        catch (SubmissionRejectedException e)
        {
            return ApiProblems.Problem(ProblemCatalog.SubmissionRejected, e.Message);
        }
    }

    /// <summary>Null when the optional form field <c>unitId</c> is absent or a unit id (a positive whole number); else the 400 problem saying so.</summary>
    public static ProblemHttpResult? UnitIdProblem(int? unitId) =>
        unitId is < 1
            ? ApiProblems.Problem(ProblemCatalog.InvalidParameter, $"Trường unitId phải là mã đơn vị (số nguyên dương), đã nhận “{unitId}”.")
            : null;
}
