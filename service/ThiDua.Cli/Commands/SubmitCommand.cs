using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using ThiDua.Cli.Input;
using ThiDua.Cli.Output;
using ThiDua.Cli.Service;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua submit &lt;tệp hoặc thư mục…&gt; [--server URL] [--token T | --sign-in] [--unit ID] [--parallel N] [--repeat-to N]</c>:
/// sends signed plans to the central KPI database (<c>POST /api/plans/submit</c> of ThiDua.Service) with a progress bar, one
/// line per file (stored, unchanged, superseded, rejected with the server's Vietnamese reason) and a summary. With
/// <c>--repeat-to N</c> it is the ingestion benchmark: the files are sent again and again, each copy made distinct, until N
/// plans were sent, and the rate in plans per second is printed.
/// </summary>
public static class SubmitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Tệp .docx hoặc thư mục (tìm mọi *.docx, kể cả thư mục con).",
            Arity = ArgumentArity.OneOrMore,
        };
        var service = new ServiceOptions();
        var unit = new Option<int?>("--unit") { Description = "Mã đơn vị ban hành, cho kế hoạch không ghi tên cơ quan ban hành ở phần đầu." };
        var parallel = new Option<int>("--parallel") { Description = "Số tệp gửi đồng thời (mặc định 1).", DefaultValueFactory = _ => 1 };
        var repeatTo = new Option<int?>("--repeat-to")
        {
            Description = "Đo hiệu năng nhập liệu: gửi lặp lại các tệp (mỗi bản sao khác nhau) cho đủ N kế hoạch rồi in số kế hoạch/giây. " +
                          "Chỉ dùng với máy chủ thử nghiệm: mỗi bản sao được lưu thành một phiên bản mới.",
        };
        parallel.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 64) r.AddError("--parallel phải từ 1 đến 64."); });
        repeatTo.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1 or > 1_000_000) r.AddError("--repeat-to phải từ 1 đến 1 000 000."); });
        unit.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--unit phải là số nguyên dương."); });
        var command = new Command("submit",
            "Gửi kế hoạch đã ký về cơ sở dữ liệu chỉ tiêu chung; in kết quả từng tệp (đã lưu, không đổi, thay thế phiên bản cũ, bị từ chối và lý do) " +
            "và tổng kết. Mã thoát: 0 = mọi tệp được nhận; 2 = sai cú pháp hoặc không có tệp .docx nào; 3 = có tệp bị từ chối hoặc không đọc được; " +
            "4 = không kết nối được máy chủ. Máy chủ đăng nhập bằng Microsoft Entra ID cần --token, biến môi trường THIDUA_TOKEN hoặc --sign-in.")
        {
            paths, unit, parallel, repeatTo,
        };
        service.AddTo(command);
        command.SetAction((result, token) => RunAsync(context, new Settings(
            result.GetValue(paths) ?? [], service.Read(result), result.GetValue(unit), result.GetValue(parallel), result.GetValue(repeatTo)), token));
        return command;
    }

    private sealed record Settings(string[] Paths, ServiceSettings Service, int? Unit, int Parallel, int? RepeatTo);

    private enum Outcome { Stored, Unchanged, Superseded, Rejected }

    private sealed record Sent(PlanFile File, Outcome Outcome, string Text);

    private static async Task<int> RunAsync(CliContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (files, missing) = PlanFiles.Expand(settings.Paths);
        foreach (var path in missing) await FileFailure.WriteMissingAsync(context.Error, path);
        if (files.Count == 0)
        {
            await context.Error.WriteLineAsync("thidua: lỗi: không có tệp .docx nào để gửi.");
            return ExitCodes.Usage;
        }

        var jobs = settings.RepeatTo is { } n ? Enumerable.Range(0, n).Select(i => (File: files[i % files.Count], Copy: i + 1)) : files.Select(f => (File: f, Copy: 0));
        var total = settings.RepeatTo ?? files.Count;
        var progress = ProgressBar.ForConsole(context.Error);
        var results = new List<Sent>();
        var clock = new Stopwatch();
        try
        {
            using var service = await ServiceClient.ConnectAsync(settings.Service, context.Error, cancellationToken);
            clock.Start();
            await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel, CancellationToken = cancellationToken }, async (job, token) =>
            {
                var sent = await SendAsync(service, job.File, job.Copy, settings.Unit, token);
                lock (results)
                {
                    results.Add(sent);
                    progress.Clear();
                    var firstRejection = sent.Outcome == Outcome.Rejected && results.Count(r => r.File == sent.File && r.Outcome == Outcome.Rejected) == 1;
                    if (settings.RepeatTo is null || firstRejection) context.Output.WriteLine($"{sent.File.Display}: {sent.Text}");
                    progress.Show(results.Count, total, sent.File.Display);
                }
            });
        }
        catch (ServiceCallException e)
        {
            progress.Clear();
            return await e.ReportAsync(context.Error);
        }
        clock.Stop();
        progress.Clear();

        int Count(Outcome o) => results.Count(r => r.Outcome == o);
        await context.Output.WriteLineAsync(Labels.SubmissionSummary(
            results.Count, Count(Outcome.Stored), Count(Outcome.Unchanged), Count(Outcome.Superseded), Count(Outcome.Rejected)) + ".");
        if (settings.RepeatTo is not null)
        {
            var rate = results.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Nhập {results.Count} kế hoạch trong {clock.Elapsed.TotalSeconds:0.0} s với {settings.Parallel} luồng: {rate:0.0} kế hoạch/giây."));
        }
        return missing.Count > 0 || Count(Outcome.Rejected) > 0 ? ExitCodes.UnreadableFile : ExitCodes.Ok;
    }

    private static async Task<Sent> SendAsync(ServiceClient service, PlanFile file, int copy, int? unit, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
            if (copy > 0) bytes = DistinctCopy(bytes, copy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new Sent(file, Outcome.Rejected, "bị từ chối: " + FileFailure.Reason(e));
        }
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(content, "file", Path.GetFileName(file.Path));
        if (unit is { } id) form.Add(new StringContent(id.ToString(CultureInfo.InvariantCulture)), "unitId");
        return Describe(file, await service.PostAsync("api/plans/submit", form, cancellationToken));
    }

    private static Sent Describe(PlanFile file, ServiceReply reply)
    {
        if (!reply.Success || reply.Body.ValueKind != JsonValueKind.Object) return new Sent(file, Outcome.Rejected, $"bị từ chối: {reply.Problem}");
        var written = reply.Text("outcome");
        var outcome = written switch
        {
            "stored" => Outcome.Stored,
            "superseded" => Outcome.Superseded,
            _ => Outcome.Unchanged,
        };
        var label = Labels.SubmissionOutcome(written ?? "") ?? Labels.SubmissionOutcome("unchanged");
        return new Sent(file, outcome, $"{label} — {reply.Text("message")}");
    }

    /// <summary>The same package with one entry's timestamp moved by <paramref name="copy"/> minutes (ZIP times have a 2-second resolution): other bytes, the same document.</summary>
    private static byte[] DistinctCopy(byte[] docx, int copy)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries[0];
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(copy);
        }
        return buffer.ToArray();
    }
}
