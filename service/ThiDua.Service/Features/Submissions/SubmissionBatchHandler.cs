using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDua.Data.Submissions;
using ThiDua.Docx.Package;
using ThiDua.Rules;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Features.Plans;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// <c>POST /api/plans/submit/batch</c>: several .docx files in one multipart form (fields <c>file</c>, optional <c>unitId</c>
/// for all of them), each extracted by the <see cref="PlanEngine"/> (under the <see cref="EngineDeadline"/>, one file at a
/// time) outside any transaction and all stored together by
/// <see cref="PlanSubmissions.SubmitManyAsync"/> — one durable commit for the batch instead of one per plan. Each file is
/// judged as <c>POST /api/plans/submit</c> would judge it alone; a refused file does not stop the others. The whole form
/// is bounded as one upload is (<see cref="UploadOptions.MaxFormBytes"/>, <see cref="RequestBody.Submission"/>).
/// </summary>
public static class SubmissionBatchHandler
{
    /// <summary>Most files in one batch.</summary>
    public const int MaxFiles = 200;

    /// <summary>
    /// 200 with a <see cref="SubmissionBatch"/> for the form's <c>file</c> fields (<paramref name="form"/>, bound by the
    /// framework within <see cref="UploadOptions.MaxSubmissionFormBytes"/>); 400 for a form without files or with more than
    /// <see cref="MaxFiles"/>, or a <c>unitId</c> that is not a unit id; 415 for a body that is not a form.
    /// </summary>
    public static async Task<IResult> SubmitBatch(
        IFormFileCollection form, [FromForm] int? unitId, PlanEngine engine, EngineDeadline deadline, PlanSubmissions submissions, IOptions<UploadOptions> upload,
        ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        if (SubmissionHandlers.UnitIdProblem(unitId) is { } problem) return problem;
        var files = form.GetFiles("file");
        if (files.Count == 0) return ApiProblems.Problem(ProblemCatalog.InvalidParameter, "Biểu mẫu không có tệp kế hoạch nào (trường file).");
        if (files.Count > MaxFiles)
            return ApiProblems.Problem(ProblemCatalog.InvalidParameter, $"Mỗi lần gửi tối đa {MaxFiles} tệp; lần này có {files.Count} tệp.");

        var items = new SubmissionBatchItem?[files.Count];
        var accepted = new List<(int Index, PlanSubmission Submission)>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetFileName(files[i].FileName.Replace('\\', '/'));
            PlanSubmission submission;
            try
            {
                var plan = await UploadedPlan.ReadAsync(files[i], upload.Value.MaxBytes, cancellationToken);
                name = plan.FileName;
                ExtractReport report;
                using (var content = plan.OpenRead()) report = deadline.Run(token => engine.Extract(content, plan.FileName, token), cancellationToken);
                submission = PlanSubmission.FromDocx(plan.Content, plan.FileName, report.Plan, report.Kpis, unitId);
            }
            catch (Exception e) when (DocxLoader.AsInputException(e) is { } input)
            {
                items[i] = Refused(name, ProblemCatalog.For(input.Error), input.Message);
                continue;
            }
            catch (EngineTimeoutException e)
            {
                items[i] = Refused(name, ProblemCatalog.EngineTimeout, e.Message);
                continue;
            }
            var filing = await scope.ForSubmissionAsync(submission.UnitId, submission.Plan, cancellationToken);
            if (filing.Allowed) accepted.Add((i, filing.Apply(submission)));
            else items[i] = Refused(name, ProblemCatalog.OutsideUnitScope, filing.Reason);
        }

        var attempts = await submissions.SubmitManyAsync(accepted.Select(a => a.Submission).ToList(), cancellationToken);
        for (var k = 0; k < accepted.Count; k++)
        {
            var (index, submission) = accepted[k];
            items[index] = attempts[k].Result is { } result
                ? new SubmissionBatchItem(submission.FileName, result.Outcome == SubmissionOutcome.Unchanged ? StatusCodes.Status200OK : StatusCodes.Status201Created, result, null)
                : Refused(submission.FileName, ProblemCatalog.SubmissionRejected, attempts[k].Rejection!);
        }
        return TypedResults.Ok(new SubmissionBatch(items!));
    }

    private static SubmissionBatchItem Refused(string file, ProblemCatalog.Entry entry, string detail) =>
        new(file, entry.Status, null, ApiProblems.Problem(entry, detail).ProblemDetails);
}
