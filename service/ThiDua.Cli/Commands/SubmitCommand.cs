using System.Buffers.Binary;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ThiDua.Cli.Input;
using ThiDua.Cli.Output;
using ThiDua.Cli.Service;
using ThiDua.Cli.Service.Api;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua submit &lt;tệp hoặc thư mục…&gt; [--server URL] [--token T | --sign-in] [--unit ID] [--jobs N] [--repeat-to N]</c>:
/// sends signed plans to the central KPI database with a progress bar, one line per file in input order (stored,
/// unchanged, superseded, rejected with the server's Vietnamese reason) and a summary. Files go in batches
/// (<c>POST /api/plans/submit/batch</c>: the service stores a batch in one transaction), <c>--jobs</c> batches at once. With
/// <c>--repeat-to N</c> it is the ingestion benchmark: the files are sent again and again, each copy made distinct, until N
/// plans were sent, and the rate in plans per second is printed.
/// </summary>
public static class SubmitCommand
{
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Most files in one request.</summary>
    public const int BatchFiles = 16;

    /// <summary>Most bytes of files in one request (a larger file goes alone), well under the service's upload limit.</summary>
    public const long BatchBytes = 4 * 1024 * 1024;

    /// <summary>What makes this run's copies distinct from another run's: a second run against the same service stores new versions too.</summary>
    private static readonly string RunId = Guid.NewGuid().ToString("N");

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
        var jobs = PlanBatch.CreateJobsOption($"Số lô tệp gửi đồng thời, mỗi lô tối đa {BatchFiles} tệp (mặc định: số nhân CPU, ở máy này {{0}}).");
        jobs.Aliases.Add("--parallel");
        var repeatTo = new Option<int?>("--repeat-to")
        {
            Description = "Đo hiệu năng nhập liệu: gửi lặp lại các tệp (mỗi bản sao khác nhau) cho đủ N kế hoạch rồi in số kế hoạch/giây. " +
                          "Chỉ dùng với máy chủ thử nghiệm: mỗi bản sao được lưu thành một phiên bản mới.",
        };
        repeatTo.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1 or > 1_000_000) r.AddError("--repeat-to phải từ 1 đến 1 000 000."); });
        unit.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) r.AddError("--unit phải là số nguyên dương."); });
        var command = new Command("submit",
            "Gửi kế hoạch đã ký về cơ sở dữ liệu chỉ tiêu chung; in kết quả từng tệp (đã lưu, không đổi, thay thế phiên bản cũ, bị từ chối và lý do) " +
            "và tổng kết. Mã thoát: 0 = mọi tệp được nhận; 2 = sai cú pháp hoặc không có tệp .docx nào; 3 = có tệp bị từ chối hoặc không đọc được; " +
            "4 = không kết nối được máy chủ. Máy chủ đăng nhập bằng Microsoft Entra ID cần --token, biến môi trường THIDUA_TOKEN hoặc --sign-in.")
        {
            paths, unit, jobs, repeatTo,
        };
        service.AddTo(command);
        command.SetAction((result, token) => RunAsync(context, new Settings(
            result.GetValue(paths) ?? [], service.Read(result), result.GetValue(unit), result.GetValue(jobs), result.GetValue(repeatTo)), token));
        return command;
    }

    private sealed record Settings(string[] Paths, ServiceSettings Service, int? Unit, int Jobs, int? RepeatTo);

    private enum Outcome { Stored, Unchanged, Superseded, Rejected }

    /// <summary>One file to send: a plan file, and the number of its distinct copy in benchmark mode (0: the file as it is).</summary>
    private sealed record Job(PlanFile File, int Copy);

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

        var total = settings.RepeatTo ?? files.Count;
        var jobs = settings.RepeatTo is { } n ? Enumerable.Range(0, n).Select(i => new Job(files[i % files.Count], i + 1)) : files.Select(f => new Job(f, 0));
        // Enough batches to keep every worker busy, none larger than BatchFiles.
        var batches = Batches(jobs, Math.Clamp((total + settings.Jobs - 1) / settings.Jobs, 1, BatchFiles));
        var progress = ProgressBar.ForConsole(context.Error);
        var counts = new int[Enum.GetValues<Outcome>().Length];
        var rejectedFiles = new HashSet<PlanFile>();
        var clock = new Stopwatch();
        try
        {
            using var service = await ServiceClient.ConnectAsync(settings.Service, context.Error, cancellationToken);
            clock.Start();
            await OrderedParallel.RunAsync(batches, settings.Jobs, (batch, token) => SendAsync(service, batch, settings.Unit, token), async (_, sent) =>
            {
                progress.Clear();
                foreach (var one in sent)
                {
                    counts[(int)one.Outcome]++;
                    var firstRejection = one.Outcome == Outcome.Rejected && rejectedFiles.Add(one.File);
                    if (settings.RepeatTo is null || firstRejection) await context.Output.WriteLineAsync($"{one.File.Display}: {one.Text}");
                }
                progress.Show(counts.Sum(), total, sent[^1].File.Display);
            }, cancellationToken);
        }
        catch (ServiceCallException e)
        {
            progress.Clear();
            return await e.ReportAsync(context.Error);
        }
        clock.Stop();
        progress.Clear();

        var sentCount = counts.Sum();
        await context.Output.WriteLineAsync(Labels.SubmissionSummary(sentCount, counts[(int)Outcome.Stored], counts[(int)Outcome.Unchanged],
            counts[(int)Outcome.Superseded], counts[(int)Outcome.Rejected]) + ".");
        if (settings.RepeatTo is not null)
        {
            var rate = sentCount / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Nhập {sentCount} kế hoạch trong {clock.Elapsed.TotalSeconds:0.0} s với {settings.Jobs} luồng: {rate:0.0} kế hoạch/giây."));
        }
        return missing.Count > 0 || counts[(int)Outcome.Rejected] > 0 ? ExitCodes.UnreadableFile : ExitCodes.Ok;
    }

    /// <summary>
    /// <paramref name="jobs"/> in consecutive groups of at most <paramref name="size"/> files and <see cref="BatchBytes"/>
    /// (by the files' sizes on disk; a larger file is a group of its own), read lazily.
    /// </summary>
    private static IEnumerable<IReadOnlyList<Job>> Batches(IEnumerable<Job> jobs, int size)
    {
        var batch = new List<Job>(size);
        long bytes = 0;
        foreach (var job in jobs)
        {
            var length = SizeOf(job.File);
            if (batch.Count > 0 && (batch.Count == size || bytes + length > BatchBytes))
            {
                yield return batch;
                batch = new List<Job>(size);
                bytes = 0;
            }
            batch.Add(job);
            bytes += length;
        }
        if (batch.Count > 0) yield return batch;
    }

    private static long SizeOf(PlanFile file)
    {
        try
        {
            return new FileInfo(file.Path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // reading it will say why
        }
    }

    /// <summary>Sends one batch; what became of each of its files, in order. A file that cannot be read is rejected without being sent.</summary>
    private static async Task<IReadOnlyList<Sent>> SendAsync(ServiceClient service, IReadOnlyList<Job> batch, int? unit, CancellationToken cancellationToken)
    {
        var sent = new Sent?[batch.Count];
        var posted = new List<int>(batch.Count);
        var files = new List<FileParameter>(batch.Count);
        for (var k = 0; k < batch.Count; k++)
        {
            var (file, copy) = batch[k];
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken);
                if (copy > 0) bytes = DistinctCopy(bytes, copy);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                sent[k] = new Sent(file, Outcome.Rejected, "bị từ chối: " + FileFailure.Reason(e));
                continue;
            }
            files.Add(new FileParameter(new MemoryStream(bytes, writable: false), Path.GetFileName(file.Path), DocxContentType));
            posted.Add(k);
        }
        if (posted.Count > 0)
        {
            var reply = await service.CallAsync((api, token) => api.SubmitPlanBatchAsync(files, unit, token), cancellationToken);
            var items = reply.Value?.Items is { } answered && answered.Count == posted.Count ? answered : null;
            for (var j = 0; j < posted.Count; j++)
            {
                var file = batch[posted[j]].File;
                sent[posted[j]] = items is null
                    ? new Sent(file, Outcome.Rejected, "bị từ chối: " + (reply.Success ? "máy chủ trả lời không đọc được." : reply.ProblemText))
                    : Describe(file, items[j]);
            }
        }
        return sent!;
    }

    /// <summary>One item of the batch answer: the file's <see cref="SubmissionResult"/>, or the problem that says why it was refused.</summary>
    private static Sent Describe(PlanFile file, SubmissionBatchItem item)
    {
        if (item.Result is not { } result)
            return new Sent(file, Outcome.Rejected, "bị từ chối: " + (item.Problem is { Detail: { Length: > 0 } detail } ? detail
                : item.Problem is { Title: { Length: > 0 } title } ? title : "máy chủ không nói lý do."));
        var (outcome, written) = result.Outcome switch
        {
            SubmissionOutcome.Stored => (Outcome.Stored, "stored"),
            SubmissionOutcome.Superseded => (Outcome.Superseded, "superseded"),
            _ => (Outcome.Unchanged, "unchanged"),
        };
        return new Sent(file, outcome, $"{Labels.SubmissionOutcome(written)} — {result.Message}");
    }

    /// <summary>
    /// The same package with <paramref name="copy"/> (and the run's <see cref="RunId"/>) written as the ZIP archive's comment (the end of central directory
    /// record's last field, which no reader of the package looks at): other bytes, the same document, without decompressing
    /// or recompressing a part — the client's cost per copy stays a memory copy, so the benchmark measures the service. A file
    /// whose end record cannot be found (not a ZIP) is sent as it is and rejected by the service as it would be alone.
    /// </summary>
    private static byte[] DistinctCopy(byte[] docx, int copy)
    {
        const int EndRecordLength = 22; // signature 50 4B 05 06 … comment length (2 bytes), then the comment
        var end = EndOfCentralDirectory(docx);
        if (end < 0) return docx;
        var comment = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"thidua submit --repeat-to: {RunId} {copy}"));
        var copied = new byte[end + EndRecordLength + comment.Length];
        docx.AsSpan(0, end + EndRecordLength).CopyTo(copied);
        BinaryPrimitives.WriteUInt16LittleEndian(copied.AsSpan(end + EndRecordLength - 2), (ushort)comment.Length);
        comment.CopyTo(copied.AsSpan(end + EndRecordLength));
        return copied;

        // The last end record whose comment reaches exactly to the end of the file (a comment is at most 65 535 bytes).
        static int EndOfCentralDirectory(byte[] zip)
        {
            for (var at = zip.Length - EndRecordLength; at >= Math.Max(0, zip.Length - EndRecordLength - ushort.MaxValue); at--)
                if (zip[at] == 0x50 && zip[at + 1] == 0x4B && zip[at + 2] == 0x05 && zip[at + 3] == 0x06
                    && at + EndRecordLength + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 20)) == zip.Length)
                    return at;
            return -1;
        }
    }
}
