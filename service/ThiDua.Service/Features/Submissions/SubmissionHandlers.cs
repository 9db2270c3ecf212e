using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using ThiDua.Service.Features.Auth;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ThiDua.Data.Submissions;
using ThiDua.Docx.Package;
using ThiDua.Rules;
using ThiDua.Service.Features.Kpis;
using ThiDua.Service.Features.Plans;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// <c>POST /api/plans/submit</c> and <c>/api/plans/submit/reviewed</c>: a .docx (multipart field <c>file</c>, optional
/// field <c>unitId</c>) is extracted by the <see cref="PlanEngine"/> and stored with its original bytes; a JSON
/// <see cref="SubmissionRequest"/> (read by <see cref="SubmissionJsonReader"/>, its attached .docx through the same
/// <see cref="PackageGuard"/> as an upload) is stored as sent. 201 with the <see cref="SubmissionResult"/> when a version
/// was stored, 200 when the same content was already there.
/// </summary>
public static class SubmissionHandlers
{
    /// <summary>
    /// <c>POST /api/plans/submit</c>: a .docx as multipart/form-data or an extraction as application/json; 415 for any
    /// other body.
    /// </summary>
    public static async Task<IResult> Submit(
        HttpRequest request, PlanEngine engine, EngineDeadline deadline, PlanSubmissions submissions, IOptions<UploadOptions> upload, IOptions<JsonOptions> json,
        ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var (submission, problem) = request.HasFormContentType ? await FromFormAsync(request, engine, deadline, upload.Value, cancellationToken)
            : request.HasJsonContentType() ? await FromJsonAsync(request, upload.Value, json.Value, cancellationToken)
            : (null, ApiProblems.Problem(ProblemCatalog.UnsupportedMediaType,
                "Gửi kế hoạch dưới dạng multipart/form-data (trường file chứa tệp .docx) hoặc application/json (kết quả trích xuất)."));
        return problem ?? await StoreAsync(submission!, submissions, scope, cancellationToken);
    }

    /// <summary>
    /// <c>POST /api/plans/submit/reviewed</c>: the extraction as the officer reviewed it, application/json only (the
    /// pane's <i>Gửi chỉ tiêu</i>); 415 for any other body.
    /// </summary>
    public static async Task<IResult> SubmitReviewed(
        HttpRequest request, PlanSubmissions submissions, IOptions<UploadOptions> upload, IOptions<JsonOptions> json, ICurrentUnitScope scope,
        CancellationToken cancellationToken)
    {
        var (submission, problem) = request.HasJsonContentType()
            ? await FromJsonAsync(request, upload.Value, json.Value, cancellationToken)
            : (null, ApiProblems.Problem(ProblemCatalog.UnsupportedMediaType,
                "Gửi kết quả trích xuất đã soát lại dưới dạng application/json (file, plan, kpis, tùy chọn unitId và docx)."));
        return problem ?? await StoreAsync(submission!, submissions, scope, cancellationToken);
    }

    /// <summary>The .docx of the multipart field <c>file</c>, extracted by the engine, with the optional field <c>unitId</c>.</summary>
    private static async Task<(PlanSubmission? Submission, IResult? Problem)> FromFormAsync(
        HttpRequest request, PlanEngine engine, EngineDeadline deadline, UploadOptions upload, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return (null, ApiProblems.Problem(ProblemCatalog.InvalidParameter, "Biểu mẫu multipart/form-data không đọc được."));
        }
        catch (IOException) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The body ended inside a part (an upload cut off): the form is incomplete, not a server fault.
            return (null, ApiProblems.Problem(ProblemCatalog.InvalidParameter,
                "Biểu mẫu multipart/form-data bị cắt ngang: nội dung kết thúc trước khi hết tệp. Hãy gửi lại."));
        }
        var (unitId, problem) = FormUnitId(form);
        if (problem is not null) return (null, problem);
        var plan = await UploadedPlan.ReadAsync(form.Files.GetFile("file"), upload.MaxBytes, cancellationToken);
        ExtractReport report;
        using (var content = plan.OpenRead()) report = deadline.Run(token => engine.Extract(content, plan.FileName, token), cancellationToken);
        return (PlanSubmission.FromDocx(plan.Content, plan.FileName, report.Plan, report.Kpis, unitId), null);
    }

    /// <summary>A <see cref="SubmissionRequest"/> stored as sent, with its base64 .docx when there is one (which must pass the package guard).</summary>
    /// <exception cref="DocxInputException">The attached file is not a .docx that is safe to open.</exception>
    private static async Task<(PlanSubmission? Submission, IResult? Problem)> FromJsonAsync(
        HttpRequest request, UploadOptions upload, JsonOptions json, CancellationToken cancellationToken)
    {
        SubmissionBody body;
        try
        {
            body = await SubmissionJsonReader.ReadAsync(request.Body, json.SerializerOptions, upload.MaxBytes, request.ContentLength, cancellationToken);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) ? "" : $" tại {e.Path}";
            var what = e is SubmissionJsonException ? e.Message.TrimEnd('.') : "Nội dung JSON không đọc được";
            return (null, ApiProblems.Problem(ProblemCatalog.InvalidJson, $"{what}{where}."));
        }
        catch (SubmissionTooLargeException e)
        {
            return (null, ApiProblems.Problem(
                e.Status == StatusCodes.Status413PayloadTooLarge ? ProblemCatalog.For(DocxInputError.TooLarge) : ProblemCatalog.SubmissionRejected, e.Message));
        }
        if (body.Plan is null)
            return (null, ApiProblems.Problem(ProblemCatalog.InvalidJson, "Thiếu trường plan (thông tin kế hoạch) trong nội dung JSON."));
        if (body.Docx is { } docx) PackageGuard.Validate(docx, upload.ToLimits());
        var name = string.IsNullOrWhiteSpace(body.File) ? "ke-hoach.json" : Path.GetFileName(body.File.Replace('\\', '/'));
        return (PlanSubmission.FromExtraction(body.Plan, body.Kpis ?? [], name, body.Docx, body.UnitId), null);
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

    /// <summary>The optional <c>unitId</c> field of a submission form (a positive whole number), or the 400 problem saying why it is not one.</summary>
    public static (int? UnitId, ProblemHttpResult? Problem) FormUnitId(IFormCollection form)
    {
        var text = form["unitId"].ToString();
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id >= 1
            ? (id, null)
            : (null, ApiProblems.Problem(ProblemCatalog.InvalidParameter, $"Trường unitId phải là mã đơn vị (số nguyên dương), đã nhận “{text}”."));
    }
}
