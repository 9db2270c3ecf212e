using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models.ODataErrors;
using ThiDua.Data;
using ThiDua.Data.Entities;
using ThiDua.Data.Hosting;
using ThiDua.Data.Submissions;
using ThiDua.Docx.Package;
using ThiDua.Rules;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// Runs one stored import: lists the folder's .docx files through Graph, downloads each, extracts its chỉ tiêu with the
/// <see cref="PlanEngine"/> and submits it through <see cref="PlanSubmissions"/> under the member's unit scope — the same path as
/// <c>POST /api/plans/submit</c>, so a file whose SHA-256 is already stored is reported <c>unchanged</c> and stored nothing.
/// Each file's report is written to the database as soon as it is known; a resumed import (after a restart) lists the folder
/// again and skips the items it already reported. A file submitted just before a crash, whose report was not yet written, is
/// submitted again on resume and then reported <c>unchanged</c>.
/// </summary>
public sealed class ImportRunner(
    IGraphCredentials credentials, IOptions<GraphOptions> graph, IOptions<UploadOptions> upload, ImportJobs jobs, PlanEngine engine, EngineDeadline deadline,
    PlanSubmissions submissions, ThiDuaDbContext db, ThiDuaDbContextFactory factory, IHttpClientFactory http, TimeProvider clock, ILogger<ImportRunner> logger)
{
    /// <summary>An import started this many times without finishing (each start cut short by a stop or crash) is given up.</summary>
    public const int MaxStarts = 3;

    /// <summary>Runs the stored import <paramref name="jobId"/> to its end; a failure to read the folder ends it <see cref="ImportStatus.Failed"/>.</summary>
    /// <exception cref="OperationCanceledException">The service is stopping: the import stays running in the database, to be resumed.</exception>
    public async Task RunAsync(int jobId, CancellationToken cancellationToken)
    {
        await using var progress = factory.CreateDbContext();
        var job = await progress.ImportJobs.Include(j => j.Files).SingleAsync(j => j.Id == jobId, cancellationToken);
        if (job.Starts >= MaxStarts)
        {
            await FinishAsync(progress, job, $"Đợt nhập đã dừng giữa chừng {job.Starts} lần (máy chủ khởi động lại); hãy bắt đầu lại đợt nhập.", cancellationToken);
            return;
        }
        if (jobs.MemberOf(job) is not { } member)
        {
            await FinishAsync(progress, job, "Tài khoản bắt đầu đợt nhập không còn là thành viên của ThiDua.", cancellationToken);
            return;
        }
        job.Status = ImportStatus.Running;
        job.Starts++;
        job.StartedAt = clock.GetUtcNow();
        job.Found = 0;
        await progress.SaveChangesAsync(cancellationToken);

        var reported = job.Files.Select(f => f.ItemId).ToHashSet(StringComparer.Ordinal);
        var scope = new CurrentUnitScope(member, db, clock);
        var source = new ImportRequest(job.SiteUrl, job.SiteId, job.FolderPath, job.OneDrive);
        try
        {
            var library = DocumentLibrary.Create(http.CreateClient(GraphHttp.ClientName), credentials.For(job.GraphSessionKey), graph, upload.Value.MaxBytes);
            await foreach (var file in library.ListDocxAsync(source, cancellationToken))
            {
                job.Found++;
                if (!reported.Add(file.ItemId))
                {
                    await progress.SaveChangesAsync(cancellationToken);
                    continue;
                }
                var report = await HandleAsync(library, file, scope, cancellationToken);
                job.Files.Add(new ImportedFile
                {
                    Position = job.Files.Count, ItemId = file.ItemId, Name = report.File, Outcome = report.Outcome, Message = report.Message,
                    PlanId = report.PlanId, KpiCount = report.KpiCount, ContentHash = report.ContentHash,
                });
                await progress.SaveChangesAsync(cancellationToken);
            }
            await FinishAsync(progress, job, null, cancellationToken);
        }
        catch (ODataError e)
        {
            logger.LogWarning(e, "Import {Id}: Graph refused", job.PublicId);
            await FinishAsync(progress, job, GraphRefusal(e.ResponseStatusCode, source), cancellationToken);
        }
        catch (GraphSignInException e)
        {
            logger.LogWarning(e, "Import {Id}: no Graph token", job.PublicId);
            await FinishAsync(progress, job, e.Message, cancellationToken);
        }
        catch (Polly.ExecutionRejectedException e)
        {
            // Graph kept failing past the retries and the total timeout, or the circuit breaker holds calls back after such failures.
            logger.LogWarning(e, "Import {Id}: Graph unavailable", job.PublicId);
            await FinishAsync(progress, job, "Microsoft 365 tạm thời không trả lời (quá tải hoặc đang bảo trì); đợt nhập đã dừng, hãy thử lại sau ít phút.", cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or UriFormatException)
        {
            logger.LogWarning(e, "Import {Id} failed", job.PublicId);
            await FinishAsync(progress, job, $"Không đọc được thư mục: {e.Message}", cancellationToken);
        }
    }

    /// <summary>Why Microsoft Graph refused to list <paramref name="source"/>, in words an officer reads (the status code kept for support).</summary>
    private static string GraphRefusal(int status, ImportRequest source)
    {
        var folder = ImportRequest.Segments(source.FolderPath) is { Count: > 0 } names ? $"thư mục \"{string.Join('/', names)}\"" : "thư mục gốc";
        var where = source.OneDrive ? "OneDrive" : source.SiteUrl ?? "trang SharePoint đã chọn";
        return status switch
        {
            404 => $"Không tìm thấy {folder} trong {where}: hãy kiểm tra tên thư mục và địa chỉ trang (Microsoft Graph trả lời {status}).",
            401 or 403 => $"Tài khoản không có quyền đọc {folder} trong {where} (Microsoft Graph trả lời {status}).",
            _ => $"Microsoft 365 chưa trả được danh sách tệp của {folder} trong {where}; hãy thử lại sau (Microsoft Graph trả lời {status}).",
        };
    }

    /// <summary>Marks <paramref name="job"/> finished: completed, or failed with <paramref name="failure"/>.</summary>
    public async Task FinishAsync(ThiDuaDbContext progress, ImportJob job, string? failure, CancellationToken cancellationToken)
    {
        job.Error = failure;
        job.Status = failure is null ? ImportStatus.Completed : ImportStatus.Failed;
        job.FinishedAt = clock.GetUtcNow();
        await progress.SaveChangesAsync(cancellationToken);
    }

    private async Task<ImportFileReport> HandleAsync(DocumentLibrary library, LibraryFile file, ICurrentUnitScope scope, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await library.DownloadAsync(file, cancellationToken);
        }
        catch (DocxInputException e)
        {
            return new ImportFileReport(file.Name, "unreadable", e.Message, null, 0, "");
        }
        return await SubmitAsync(file.Name, bytes, scope, cancellationToken);
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
