using System.CommandLine;
using ThiDua.Cli.Input;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua fix &lt;tệp&gt; [-o &lt;tệp ra&gt;] [--rules A,B]</c>: applies the mechanical fixes and writes the fixed plan.</summary>
public static class FixCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("file") { Description = "Tệp kế hoạch .docx cần sửa." };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp ghi kết quả (mặc định: <tên>-da-sua.docx cạnh tệp gốc)." };
        var rules = new Option<string?>("--rules", "-r") { Description = "Mã các quy tắc cần sửa, cách nhau bởi dấu phẩy (mặc định: mọi lỗi sửa được)." };
        var command = new Command("fix", "Sửa tự động các lỗi thể thức sửa được và ghi ra tệp mới; báo số phát hiện trước và sau khi sửa. " + ExitCodes.Help)
        {
            input, output, rules,
        };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(input)!, result.GetValue(output), result.GetValue(rules), token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string input, string? output, string? rules, CancellationToken cancellationToken)
    {
        if (!File.Exists(input))
        {
            await FileFailure.WriteMissingAsync(context.Error, input);
            return ExitCodes.UnreadableFile;
        }
        var target = output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input) + "-da-sua.docx");
        try
        {
            var original = await File.ReadAllBytesAsync(input, cancellationToken);
            var before = context.Engine.Check(new MemoryStream(original, writable: false), input);
            var fixedPlan = context.Engine.Fix(new MemoryStream(original, writable: false),
                rules?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            await File.WriteAllBytesAsync(target, fixedPlan, cancellationToken);
            var after = context.Engine.Check(new MemoryStream(fixedPlan, writable: false), target);
            await context.Output.WriteLineAsync($"Đã ghi {target}: trước khi sửa {before.Findings.Count} phát hiện ({before.Errors} lỗi, {before.Warnings} cảnh báo), " +
                                                $"sau khi sửa {after.Findings.Count} phát hiện ({after.Errors} lỗi, {after.Warnings} cảnh báo).");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FileFailure.WriteAsync(context.Error, input, ex);
            return ExitCodes.UnreadableFile;
        }
    }
}
