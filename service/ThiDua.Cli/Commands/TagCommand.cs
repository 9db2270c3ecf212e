using System.CommandLine;
using ThiDua.Cli.Input;
using ThiDua.Plans.Authoring.Tagging;

namespace ThiDua.Cli.Commands;

/// <summary>
/// <c>thidua tag &lt;tệp&gt; [-o &lt;tệp ra&gt;]</c>: wraps the recognised parts of a plan written without tags in their
/// content controls and fills its custom XML part, text and formatting unchanged (issue 4, the TAG-MISSING fix).
/// </summary>
public static class TagCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("file") { Description = "Tệp kế hoạch .docx cần gắn thẻ." };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp ghi kết quả (mặc định: <tên>-gan-the.docx cạnh tệp gốc)." };
        var command = new Command("tag", "Gắn thẻ (content control) cho các phần chuẩn của kế hoạch và ghi phần dữ liệu của kế hoạch, không đổi nội dung. " + ExitCodes.Help)
        {
            input, output,
        };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(input)!, result.GetValue(output), token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string input, string? output, CancellationToken cancellationToken)
    {
        if (!File.Exists(input))
        {
            await FileFailure.WriteMissingAsync(context.Error, input);
            return ExitCodes.UnreadableFile;
        }
        var target = output ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input) + "-gan-the.docx");
        try
        {
            var (tagged, result) = PlanTagger.Tag(await File.ReadAllBytesAsync(input, cancellationToken), cancellationToken: cancellationToken);
            await File.WriteAllBytesAsync(target, tagged, cancellationToken);
            var added = result.Added.Count == 0 ? "không có phần nào cần gắn thêm" : $"đã gắn {result.Added.Count} thẻ ({string.Join(", ", result.Added)})";
            await context.Output.WriteLineAsync($"Đã ghi {target}: {added}.");
            foreach (var skipped in result.Skipped) await context.Output.WriteLineAsync("  Bỏ qua: " + skipped);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FileFailure.WriteAsync(context.Error, input, ex);
            return ExitCodes.UnreadableFile;
        }
    }
}
