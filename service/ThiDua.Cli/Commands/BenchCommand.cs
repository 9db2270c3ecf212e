using System.CommandLine;
using ThiDua.Cli.Bench;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua bench [--corpus DIR] [--pages N] [--runs N] [--save FILE] [--stages | --releases]</c>: check time per plan, plans per second
/// with 2 workers and peak memory, for every corpus plan, a generated typical plan (<see cref="TypicalPages"/> pages) and a
/// generated long plan, beside the bare Open XML baseline; the long plan's memory is also measured alone, in fresh processes.
/// With <c>--stages</c>, only the cost of each stage of checking the long plan (<see cref="StageCosts"/>: the bare read, the
/// check, reading, what the rules share and its parts, each rule), then the same without the rules for each corpus plan, in
/// allocated bytes and thread CPU time. With <c>--releases</c>, only what the second release of rules adds to the check of
/// every corpus plan, the typical and the long plan (<see cref="ReleaseCosts"/>).
/// </summary>
public static class BenchCommand
{
    /// <summary>The corpus plan the long plan is grown from, when the corpus has it.</summary>
    private const string LongPlanSource = "tri-yen-2024.docx";

    /// <summary>Pages of the generated typical plan, the size the "≤ 20 ms warm" target is set for (issue 3).</summary>
    public const int TypicalPages = 20;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string?>("--corpus") { Description = "Thư mục kế hoạch mẫu (mặc định: shared/corpus tìm từ thư mục hiện tại trở lên)." };
        var pages = new Option<int>("--pages") { Description = "Số trang của kế hoạch dài được sinh ra (mặc định 300).", DefaultValueFactory = _ => 300 };
        var runs = new Option<int>("--runs") { Description = "Số lần chạy đo cho mỗi văn bản, lấy trung vị (mặc định 21).", DefaultValueFactory = _ => 21 };
        var save = new Option<string?>("--save") { Description = "Ghi kế hoạch dài được sinh ra vào tệp này (để mở bằng Word kiểm tra số trang)." };
        // The probe a fresh process runs for IsolatedMemory; not for users.
        var probe = new Option<IsolatedMemory.Probe?>("--memory-probe") { Hidden = true };
        var probeFile = new Option<string?>("--probe-file") { Hidden = true };
        var stages = new Option<bool>("--stages") { Description = "Chỉ đo chi phí từng bước khi kiểm tra kế hoạch dài (đọc, phần dùng chung, từng quy tắc) và của từng kế hoạch mẫu, so với đọc trần (bộ nhớ cấp phát và thời gian CPU của luồng)." };
        var releases = new Option<bool>("--releases") { Description = "Chỉ đo phần các quy tắc bản thứ hai thêm vào: kiểm tra mỗi kế hoạch với mọi quy tắc và chỉ với các quy tắc bản đầu (bộ nhớ cấp phát và thời gian CPU của luồng)." };
        pages.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 5000) r.AddError("--pages phải từ 1 đến 5000."); });
        runs.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 1000) r.AddError("--runs phải từ 1 đến 1000."); });
        var command = new Command("bench", "Đo hiệu năng: thời gian kiểm tra mỗi văn bản, số văn bản/giây với 2 luồng, bộ nhớ đỉnh; so với mức cơ sở (Open XML SDK chỉ đọc chữ).")
        {
            corpus, pages, runs, save, probe, probeFile, stages, releases,
        };
        command.SetAction((result, token) => result.GetValue(probe) is { } p && result.GetValue(probeFile) is { } f
            ? RunProbeAsync(context, p, f)
            : RunAsync(context, result.GetValue(corpus), result.GetValue(pages), result.GetValue(runs), result.GetValue(save), result.GetValue(stages), result.GetValue(releases)));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? corpusOption, int pages, int runs, string? save, bool stages, bool releases)
    {
        var folder = corpusOption ?? FindCorpus();
        if (folder is null || !Directory.Exists(folder))
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: không tìm thấy thư mục kế hoạch mẫu{(folder is null ? "" : " " + folder)}; hãy chỉ rõ bằng --corpus.");
            return ExitCodes.Usage;
        }
        var files = Directory.GetFiles(folder, "*.docx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: thư mục {folder} không có tệp .docx nào.");
            return ExitCodes.Usage;
        }
        var documents = files.Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var source = documents.FirstOrDefault(d => d.Name == LongPlanSource);
        if (source.Bytes is null) source = documents.MaxBy(d => d.Bytes.Length);
        var large = LargePlanBuilder.Build(source.Bytes, pages);
        if (save is not null) await File.WriteAllBytesAsync(save, large);
        if (stages)
        {
            await context.Output.WriteLineAsync($"Chi phí từng bước khi kiểm tra kế hoạch sinh từ {source.Name}, {pages} trang (trung vị của {runs} lần chạy sau khi làm nóng)…");
            await StageTable.WriteAsync(context.Output, StageCosts.Measure(context.Engine, large, runs));
            await context.Output.WriteLineAsync($"Các kế hoạch mẫu trong {folder} (trung vị của {runs} lần chạy)…");
            await StageTable.WritePlansAsync(context.Output, documents.Select(d => (d.Name, StageCosts.Measure(context.Engine, d.Bytes, runs, rules: false))).ToList());
            return ExitCodes.Ok;
        }
        var generated = new List<(string Name, byte[] Bytes)>();
        if (pages != TypicalPages) generated.Add(($"(sinh từ {source.Name}, {TypicalPages} trang)", LargePlanBuilder.Build(source.Bytes, TypicalPages)));
        generated.Add(($"(sinh từ {source.Name}, {pages} trang)", large));
        if (releases)
        {
            await context.Output.WriteLineAsync($"Phần các quy tắc bản thứ hai thêm vào khi kiểm tra {documents.Count} kế hoạch mẫu và {generated.Count} kế hoạch sinh ra (trung vị của {runs} lần chạy xen kẽ sau khi làm nóng)…");
            await ReleaseCosts.WriteAsync(context.Output, ReleaseCosts.Measure(context.Engine, documents.Concat(generated), runs));
            return ExitCodes.Ok;
        }

        await context.Output.WriteLineAsync($"Đo trên {documents.Count} kế hoạch mẫu trong {folder} và {generated.Count} kế hoạch sinh ra…");
        const int workers = 2;
        var result = new BenchRunner(context.Engine, runs, workers).Run(documents, generated);
        await BenchTable.WriteAsync(context.Output, result, runs, workers);
        return result.Rows.Any(r => r.CheckError is not null) ? ExitCodes.UnreadableFile : ExitCodes.Ok;
    }

    /// <summary>The child side of <see cref="IsolatedMemory"/>: one probe, one line of figures.</summary>
    private static async Task<int> RunProbeAsync(CliContext context, IsolatedMemory.Probe probe, string file)
    {
        try
        {
            await context.Output.WriteLineAsync(IsolatedMemory.RunProbe(probe, file));
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ThiDua.Docx.Package.DocxInputException)
        {
            await context.Error.WriteLineAsync($"thidua: lỗi: {ex.Message}");
            return ExitCodes.UnreadableFile;
        }
    }

    /// <summary><c>shared/corpus</c> in the working folder or a parent (the repository sits beside <c>shared/</c>).</summary>
    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
