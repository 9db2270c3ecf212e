using System.CommandLine;
using ThiDua.Cli.Output;
using ThiDua.Cli.Service;
using ThiDua.Cli.Service.Api;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua import (--site-url URL | --site-id ID | --onedrive) [--folder PATH] [--server URL] [--token T | --sign-in] [--format text|json]</c>:
/// imports every plan of a SharePoint or OneDrive folder into the central KPI database through ThiDua.Service (issue 7
/// item 3). It starts the import (<c>POST /api/imports</c>; the service reads Microsoft 365 on the user's behalf), polls
/// <c>GET /api/imports/{id}</c> every half second with a progress bar, prints one line per file (stored, unchanged,
/// superseded, rejected and why, with its chỉ tiêu count) as the service reports it, and a summary; <c>--format json</c>
/// prints the service's final report instead. Files already stored (same SHA-256) are reported unchanged and stored nothing.
/// </summary>
public static class ImportCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var siteUrl = new Option<string?>("--site-url")
        {
            Description = "Địa chỉ trang SharePoint, ví dụ https://ubnd.sharepoint.com/sites/noivu (thư viện tài liệu mặc định của trang).",
        };
        var siteId = new Option<string?>("--site-id") { Description = "Mã trang SharePoint trong Microsoft Graph (host,site-guid,web-guid), thay cho --site-url." };
        var oneDrive = new Option<bool>("--onedrive") { Description = "Nhập từ OneDrive của tài khoản đăng nhập thay cho một trang SharePoint." };
        var folder = new Option<string?>("--folder") { Description = "Thư mục trong thư viện hoặc OneDrive, ví dụ \"Kế hoạch/2024\" (mặc định: thư mục gốc)." };
        var format = OutputFormat.CreateOption();
        var service = new ServiceOptions();
        siteUrl.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
                r.AddError($"--site-url phải là địa chỉ https://… của trang SharePoint (đã cho \"{url}\").");
        });
        var command = new Command("import",
            "Nhập mọi kế hoạch (.docx) trong một thư mục SharePoint hoặc OneDrive vào cơ sở dữ liệu chỉ tiêu chung qua máy chủ ThiDua: máy chủ tải từng tệp, " +
            "kiểm tra, trích xuất chỉ tiêu và lưu; tệp đã nhập trước đó không được lưu lại. In kết quả từng tệp và tổng kết. Mã thoát: 0 = mọi tệp được nhận; " +
            "2 = sai cú pháp, máy chủ từ chối yêu cầu, cần đăng nhập, hoặc thư mục không có tệp .docx nào; 3 = có tệp bị từ chối hoặc không đọc được thư mục; " +
            "4 = không kết nối được máy chủ. Máy chủ đăng nhập bằng Microsoft Entra ID cần --token, biến môi trường THIDUA_TOKEN hoặc --sign-in.")
        {
            siteUrl, siteId, oneDrive, folder, format,
        };
        service.AddTo(command);
        command.Validators.Add(r =>
        {
            var sources = (r.GetValue(siteUrl) is not null ? 1 : 0) + (r.GetValue(siteId) is not null ? 1 : 0) + (r.GetValue(oneDrive) ? 1 : 0);
            if (sources != 1) r.AddError("Chọn đúng một nguồn: --site-url, --site-id hoặc --onedrive.");
        });
        command.SetAction((result, token) => RunAsync(context,
            new ImportRequest { SiteUrl = result.GetValue(siteUrl), SiteId = result.GetValue(siteId), FolderPath = result.GetValue(folder), OneDrive = result.GetValue(oneDrive) },
            service.Read(result), result.GetValue(format) == OutputFormat.Json, token));
        return command;
    }

    /// <summary>A source in words, for messages: <c>https://…/sites/noivu, thư mục Kế hoạch 2024</c>.</summary>
    public static string Display(ImportRequest source) =>
        (source.OneDrive == true ? "OneDrive" : source.SiteUrl ?? $"trang {source.SiteId}")
        + (string.IsNullOrWhiteSpace(source.FolderPath) ? "" : $", thư mục {source.FolderPath.Trim().Trim('/')}");

    /// <summary>True once the service has finished with the import, well or not.</summary>
    private static bool Finished(ImportView report) => report.Status is ImportStatus.Completed or ImportStatus.Failed;

    private static async Task<int> RunAsync(CliContext context, ImportRequest source, ServiceSettings settings, bool json, CancellationToken cancellationToken)
    {
        var progress = ProgressBar.ForConsole(context.Error);
        try
        {
            using var service = await ServiceClient.ConnectAsync(settings, context.Error, cancellationToken);
            var started = await service.CallAsync((api, token) => api.StartImportAsync(source, token), cancellationToken);
            if (!started.Success)
            {
                await context.Error.WriteLineAsync($"thidua: lỗi: máy chủ không nhận đợt nhập từ {Display(source)} (HTTP {started.Status}): {started.ProblemText}");
                return started.Status is >= 400 and < 500 ? ExitCodes.Usage : ExitCodes.InternalError;
            }
            var report = started.Value;
            var printed = 0;
            while (true)
            {
                if (!json)
                    for (; printed < report.Files.Count; printed++)
                    {
                        progress.Clear();
                        await context.Output.WriteLineAsync(Line(report.Files[printed]));
                    }
                if (Finished(report)) break;
                progress.Show(report.Done, Math.Max(report.Found, report.Done), report.Files.Count > 0 ? report.Files[^1].File : Display(source));
                await Task.Delay(PollInterval, cancellationToken);
                report = await PollAsync(service, report, cancellationToken);
            }
            progress.Clear();
            return await FinishAsync(context, source, report, json);
        }
        catch (ServiceCallException e)
        {
            progress.Clear();
            return await e.ReportAsync(context.Error);
        }
    }

    /// <summary>
    /// The import's progress. A poll that fails for a while — the service restarting (the import is kept in its database and
    /// resumes), 408, 429 or a 5xx, a lost connection — is tried again by <see cref="ServiceHttp"/>'s pipeline (waiting what
    /// <c>Retry-After</c> says; up to <see cref="ServiceHttp.ReadRetries"/> times, said once on the error output); what
    /// still fails after that, or is refused for good, ends the run.
    /// </summary>
    private static async Task<ImportView> PollAsync(ServiceClient service, ImportView last, CancellationToken cancellationToken)
    {
        var polled = await service.CallAsync((api, token) => api.GetImportAsync(last.Id, token), cancellationToken);
        return polled.Value
               ?? throw new ServiceCallException($"không đọc được tiến độ đợt nhập {last.Id} (HTTP {polled.Status}): {polled.ProblemText}", ExitCodes.InternalError);
    }

    private static async Task<int> FinishAsync(CliContext context, ImportRequest source, ImportView report, bool json)
    {
        var files = report.Files;
        int Count(params string[] outcomes) => files.Count(f => outcomes.Contains(f.Outcome));
        var refused = files.Count - Count("stored", "unchanged", "superseded");
        if (json) await CliJson.WriteAsync(context.Output, report);
        else if (files.Count > 0)
            await context.Output.WriteLineAsync(
                Labels.SubmissionSummary(files.Count, Count("stored"), Count("unchanged"), Count("superseded"), refused) +
                $"; {files.Sum(f => f.KpiCount)} chỉ tiêu.");

        if (report.Status == ImportStatus.Failed)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: không nhập được từ {Display(source)}: {report.Error ?? "máy chủ không cho biết lý do."}");
            return ExitCodes.UnreadableFile;
        }
        if (files.Count == 0)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: không có tệp .docx nào trong {Display(source)}.");
            return ExitCodes.Usage;
        }
        return refused > 0 ? ExitCodes.UnreadableFile : ExitCodes.Ok;
    }

    /// <summary>The report line of one file: <c>tệp.docx: đã lưu (12 chỉ tiêu) — Đã lưu kế hoạch năm 2024 của …</c>.</summary>
    private static string Line(ImportFileReport file) => file.Outcome switch
    {
        "stored" or "superseded" or "unchanged" => $"{file.File}: {Labels.SubmissionOutcome(file.Outcome)} ({file.KpiCount} chỉ tiêu) — {file.Message}",
        "forbidden" => $"{file.File}: bị từ chối (ngoài phạm vi đơn vị): {file.Message}",
        "unreadable" => $"{file.File}: bị từ chối (không đọc được tệp): {file.Message}",
        _ => $"{file.File}: bị từ chối: {file.Message}",
    };
}
