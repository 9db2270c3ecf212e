using System.CommandLine;
using ThiDua.Cli.Commands;
using ThiDua.Rules;

namespace ThiDua.Cli;

/// <summary>
/// The <c>thidua</c> command line (<c>check</c>, <c>extract</c>, <c>fix</c>, <c>bench</c>, <c>submit</c>, <c>import</c> and the commands of other features). Entry point for
/// <c>Program</c> and for in-process tests, writing to the given writers instead of the console.
/// </summary>
public static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>; reports go to <paramref name="output"/>, per-file errors and usage errors to <paramref name="error"/>.</summary>
    /// <returns>An <see cref="ExitCodes"/> value.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, new PlanEngine());
        var root = new RootCommand("thidua — kiểm tra thể thức, sửa lỗi và trích xuất chỉ tiêu của kế hoạch thi đua, khen thưởng (.docx) theo Nghị định 30/2020/NĐ-CP. " + ExitCodes.Help)
        {
            CheckCommand.Create(context),
            ExtractCommand.Create(context),
            FixCommand.Create(context),
            BenchCommand.Create(context),
            RulesCommand.Create(context),
            ExplainCommand.Create(context),
            NewCommand.Create(context),
            TagCommand.Create(context),
            SubmitCommand.Create(context),
            ImportCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) await error.WriteLineAsync("thidua: lỗi: " + parseError.Message);
            await error.WriteLineAsync("Dùng `thidua --help` hoặc `thidua <lệnh> --help` để xem cách dùng.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync($"thidua: lỗi nội bộ: {ex.Message}");
            return ExitCodes.InternalError;
        }
    }
}
