using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using ThiDua.Service.Features.Auth;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ThiDua.Data.Submissions;
using ThiDua.Docx.Package;
using ThiDua.Rules;
using ThiDua.Service.Features.Plans;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// <c>POST /api/plans/submit</c>: a multipart form — the .docx (field <c>file</c>), the extraction as the officer reviewed
/// it (field <c>extraction</c>, a JSON <see cref="SubmissionRequest"/>), the optional <c>unitId</c> — or the same
/// <see cref="SubmissionRequest"/> as an application/json body with the .docx in base64 (read streaming by
/// <see cref="SubmissionJsonReader"/>). With an extraction, it is stored as sent, the .docx attached through the same
/// <see cref="PackageGuard"/> as an upload; with the file alone, the <see cref="PlanEngine"/> extracts it. 201 with the
/// <see cref="SubmissionResult"/> when a version was stored, 200 when the same content was already there.
/// </summary>
public static class SubmissionHandlers
{
    /// <summary>
    /// <c>POST /api/plans/submit</c>: a form (the .docx, and the reviewed extraction when there is one) or an extraction as
    /// application/json; 415 for any other body. Reads the request itself: the JSON dialect carries the .docx in base64,
    /// read streaming within bounded memory, which a bound body parameter would buffer whole.
    /// </summary>
    public static async Task<IResult> Submit(
        HttpRequest request, PlanEngine engine, EngineDeadline deadline, PlanSubmissions submissions, IOptions<UploadOptions> upload, IOptions<JsonOptions> json,
        ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var (submission, problem) = request.HasFormContentType ? await FromFormAsync(request, engine, deadline, upload.Value, json.Value, cancellationToken)
            : request.HasJsonContentType() ? await FromJsonAsync(request, upload.Value, json.Value, cancellationToken)
            : (null, ApiProblems.Problem(ProblemCatalog.UnsupportedMediaType,
                "Gửi kế hoạch dưới dạng multipart/form-data (trường file chứa tệp .docx) hoặc application/json (kết quả trích xuất)."));
        return problem ?? await StoreAsync(submission!, submissions, scope, cancellationToken);
    }

    /// <summary>
    /// The form's submission: the reviewed <c>extraction</c> (JSON) stored as sent with the .docx of <c>file</c> attached
    /// when there is one; else the .docx of <c>file</c>, extracted by the engine. The optional field <c>unitId</c> wins
    /// over the extraction's.
    /// </summary>
    private static async Task<(PlanSubmission? Submission, IResult? Problem)> FromFormAsync(
        HttpRequest request, PlanEngine engine, EngineDeadline deadline, UploadOptions upload, JsonOptions json, CancellationToken cancellationToken)
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
        var extraction = form[ExtractionField].ToString();
        if (!string.IsNullOrWhiteSpace(extraction))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(extraction);
            using var stream = new MemoryStream(bytes, writable: false);
            var (reviewed, refused) = await ReadExtractionAsync(stream, bytes.Length, upload, json, cancellationToken);
            if (refused is not null) return (null, refused);
            var attached = form.Files.GetFile("file") is { } file ? await UploadedPlan.ReadAsync(file, upload.MaxBytes, cancellationToken) : null;
            return (Reviewed(reviewed! with { UnitId = unitId ?? reviewed!.UnitId, Docx = attached?.Content ?? reviewed!.Docx }, attached?.FileName, upload), null);
        }
        var plan = await UploadedPlan.ReadAsync(form.Files.GetFile("file"), upload.MaxBytes, cancellationToken);
        ExtractReport report;
        using (var content = plan.OpenRead()) report = deadline.Run(token => engine.Extract(content, plan.FileName, token), cancellationToken);
        return (PlanSubmission.FromDocx(plan.Content, plan.FileName, report.Plan, report.Kpis, unitId), null);
    }

    /// <summary>The multipart field carrying the reviewed extraction, a JSON <see cref="SubmissionRequest"/>.</summary>
    public const string ExtractionField = "extraction";

    /// <summary>A <see cref="SubmissionRequest"/> sent as the application/json body, stored as sent with its base64 .docx when there is one.</summary>
    /// <exception cref="DocxInputException">The attached file is not a .docx that is safe to open.</exception>
    private static async Task<(PlanSubmission? Submission, IResult? Problem)> FromJsonAsync(
        HttpRequest request, UploadOptions upload, JsonOptions json, CancellationToken cancellationToken)
    {
        var (body, problem) = await ReadExtractionAsync(request.Body, request.ContentLength, upload, json, cancellationToken);
        return problem is not null ? (null, problem) : (Reviewed(body!, null, upload), null);
    }

    /// <summary>Reads a <see cref="SubmissionRequest"/> (<see cref="SubmissionJsonReader"/>), or the problem saying why it cannot be read; a body without <c>plan</c> is refused.</summary>
    private static async Task<(SubmissionBody? Body, IResult? Problem)> ReadExtractionAsync(
        Stream json, long? length, UploadOptions upload, JsonOptions options, CancellationToken cancellationToken)
    {
        SubmissionBody body;
        try
        {
            body = await SubmissionJsonReader.ReadAsync(json, options.SerializerOptions, upload.MaxBytes, length, cancellationToken);
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
        return body.Plan is null
            ? (null, ApiProblems.Problem(ProblemCatalog.InvalidJson, "Thiếu trường plan (thông tin kế hoạch) trong nội dung JSON."))
            : (body, null);
    }

    /// <summary>The reviewed extraction as a submission, named after <paramref name="fileName"/> or its <c>file</c>; its .docx must pass the package guard.</summary>
    /// <exception cref="DocxInputException">The attached file is not a .docx that is safe to open.</exception>
    private static PlanSubmission Reviewed(SubmissionBody body, string? fileName, UploadOptions upload)
    {
        if (body.Docx is { } docx) PackageGuard.Validate(docx, upload.ToLimits());
        var name = !string.IsNullOrWhiteSpace(body.File) ? Path.GetFileName(body.File.Replace('\\', '/')) : fileName ?? "ke-hoach.json";
        return PlanSubmission.FromExtraction(body.Plan!, body.Kpis ?? [], name, body.Docx, body.UnitId);
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
