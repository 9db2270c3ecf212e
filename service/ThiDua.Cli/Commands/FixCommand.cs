using System.CommandLine;
using ThiDua.Cli.Input;
using ThiDua.Docx.Package;
using ThiDua.Rules.Profiles;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua fix &lt;tệp hoặc thư mục…&gt; [-o &lt;tệp hoặc thư mục ra&gt;] [--rules A,B] [--jobs N] [--profile tệp|tên]</c>: applies
/// the mechanical fixes, under a rule profile, and writes each fixed plan as <c>&lt;tên&gt;-da-sua.docx</c> — beside its original, or under the folder given by
/// <c>-o</c> (keeping the subfolders of a folder given as input); <c>-o</c> names the file itself when one file is fixed.
/// Files named <c>*-da-sua.docx</c> found in folders are earlier output and are skipped.
/// </summary>
public static class FixCommand
{
    /// <summary>The suffix of a fixed plan's file name, before <c>.docx</c>.</summary>
    public const string FixedSuffix = "-da-sua";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("paths")
        {
            Description = "Tệp kế hoạch .docx hoặc thư mục cần sửa (tìm mọi *.docx, kể cả thư mục con; bỏ qua tệp *-da-sua.docx đã sửa trước đó).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Khi sửa một tệp: tệp ghi kết quả (mặc định: <tên>-da-sua.docx cạnh tệp gốc). " +
                          "Khi sửa nhiều tệp: thư mục ghi các tệp <tên>-da-sua.docx (mặc định: cạnh từng tệp gốc).",
        };
        var rules = new Option<string?>("--rules", "-r") { Description = "Mã các quy tắc cần sửa, cách nhau bởi dấu phẩy (mặc định: mọi lỗi sửa được)." };
        var jobs = PlanBatch.CreateJobsOption();
        var profile = new ProfileOption();
        var command = new Command("fix", "Sửa tự động các lỗi thể thức sửa được và ghi ra tệp mới; báo số phát hiện trước và sau khi sửa. " + ExitCodes.Help)
        {
            inputs, output, rules, jobs,
        };
        profile.AddTo(command);
        command.SetAction(async (result, token) =>
        {
            if (await profile.ResolveAsync(result, context, token) is not { } applied) return ExitCodes.Usage;
            return await RunAsync(context, result.GetValue(inputs) ?? [], result.GetValue(output),
                result.GetValue(rules)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), result.GetValue(jobs), applied, token);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, string? output, string[]? rules, int jobs, EffectiveProfile profile, CancellationToken cancellationToken)
    {
        var input = PlanFiles.Expand(paths, name => Path.GetFileNameWithoutExtension(name).EndsWith(FixedSuffix, StringComparison.Ordinal));
        var oneFile = paths.Length == 1 && File.Exists(paths[0]) && !(output is not null && Directory.Exists(output));
        var firstFor = new Dictionary<string, PlanFile>(StringComparer.Ordinal);
        var targets = input.Files.ToDictionary(f => f, f =>
        {
            var target = oneFile && output is not null ? Path.GetFullPath(output) : Target(f, output);
            return (Path: target, Clash: firstFor.TryAdd(target, f) ? null : firstFor[target]);
        });

        var outcome = await PlanBatch.RunAsync(context, input, jobs, (file, stream, token) =>
        {
            var (target, clash) = targets[file];
            if (clash is not null) throw new IOException($"tệp ra {target} trùng với tệp ra của {clash.Display}.");
            var original = DocxLoader.ReadAll(stream);
            var before = context.Engine.Check(new MemoryStream(original, writable: false), file.Display, profile, token);
            var fixedPlan = context.Engine.Fix(new MemoryStream(original, writable: false), rules, profile, token);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, fixedPlan);
            var after = context.Engine.Check(new MemoryStream(fixedPlan, writable: false), target, profile, token);
            return $"Đã ghi {target}: trước khi sửa {before.Findings.Count} phát hiện ({before.Errors} lỗi, {before.Warnings} cảnh báo), " +
                   $"sau khi sửa {after.Findings.Count} phát hiện ({after.Errors} lỗi, {after.Warnings} cảnh báo).";
        }, (_, line) => context.Output.WriteLineAsync(line), cancellationToken);
        return PlanBatch.ExitCode(outcome, errorFindings: false);
    }

    /// <summary><c>&lt;tên&gt;-da-sua.docx</c> beside the original, or under <paramref name="folder"/> at the file's relative path.</summary>
    private static string Target(PlanFile file, string? folder)
    {
        var name = Path.GetFileNameWithoutExtension(file.Path) + FixedSuffix + ".docx";
        var relativeFolder = Path.GetDirectoryName(file.Relative) ?? "";
        return folder is null
            ? Path.Combine(Path.GetDirectoryName(file.Path)!, name)
            : Path.GetFullPath(Path.Combine(folder, relativeFolder, name));
    }
}
