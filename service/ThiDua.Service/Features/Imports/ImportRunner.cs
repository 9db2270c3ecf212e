using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;
using ThiDua.Data;
using ThiDua.Data.Submissions;
using ThiDua.Docx.Package;
using ThiDua.Rules;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// Runs one import: lists the folder's .docx files through Graph, downloads each, extracts its chỉ tiêu with the
/// <see cref="PlanEngine"/> and submits it through <see cref="PlanSubmissions"/> under the user's unit scope — the same path as
/// <c>POST /api/plans/submit</c>, so a file whose SHA-256 is already stored is reported <c>unchanged</c> and stored nothing.
/// </summary>
public sealed class ImportRunner(
    IGraphCredentials credentials, IOptions<GraphOptions> graph, PlanEngine engine, EngineDeadline deadline, PlanSubmissions submissions,
    ThiDuaDbContext db, TimeProvider clock, ILogger<ImportRunner> logger)
{
    /// <summary>Runs <paramref name="job"/> to its end; a failure to read the folder ends it <see cref="ImportStatus.Failed"/>.</summary>
    public async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        job.Start();
        var scope = new CurrentUnitScope(job.User, db, clock);
        try
        {
            var library = DocumentLibrary.Create(credentials.For(job.User), graph);
            await foreach (var file in library.ListDocxAsync(job.Source, cancellationToken))
            {
                job.Found();
                var bytes = await library.DownloadAsync(file, cancellationToken);
                job.Report(await SubmitAsync(file.Name, bytes, scope, cancellationToken));
            }
            job.Finish();
        }
        catch (ODataError e)
        {
            logger.LogWarning(e, "Import {Id}: Graph refused", job.Id);
            job.Finish($"Microsoft Graph từ chối yêu cầu ({e.ResponseStatusCode}): {e.Error?.Message ?? "không rõ lý do"}.");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or UriFormatException or Microsoft.Identity.Client.MsalException)
        {
            logger.LogWarning(e, "Import {Id} failed", job.Id);
            job.Finish($"Không đọc được thư mục: {e.Message}");
        }
    }

    private async Task<ImportFileReport> SubmitAsync(string name, byte[] bytes, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        ExtractReport report;
        try
        {
            using var content = new MemoryStream(bytes, writable: false);
            report = deadline.Run(token => engine.Extract(content, name, token), cancellationToken);
        }
        catch (DocxInputException e)
        {
            return new ImportFileReport(name, "unreadable", e.Message, null, 0, hash);
        }
        catch (EngineTimeoutException e)
        {
            return new ImportFileReport(name, "unreadable", e.Message, null, 0, hash);
        }
        var submission = PlanSubmission.FromDocx(bytes, name, report.Plan, report.Kpis);
        var filing = await scope.ForSubmissionAsync(null, report.Plan, cancellationToken);
        if (!filing.Allowed) return new ImportFileReport(name, "forbidden", filing.Reason, null, 0, hash);
        try
        {
            var result = await submissions.SubmitAsync(filing.Apply(submission), cancellationToken);
            return new ImportFileReport(name, result.Outcome.ToString().ToLowerInvariant(), result.Message, result.PlanId, result.KpiCount, hash);
        }
        catch (SubmissionRejectedException e)
        {
            return new ImportFileReport(name, "rejected", e.Message, null, 0, hash);
        }
    }
}
