using System.CommandLine;
using ThiDua.Cli.Output;
using ThiDua.Rules;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua extract &lt;tệp hoặc thư mục…&gt; [--format text|json]</c>: plan metadata and chỉ tiêu records.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Tệp .docx hoặc thư mục (tìm mọi *.docx, kể cả thư mục con).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = OutputFormat.CreateOption();
        var command = new Command("extract", "Trích xuất thông tin văn bản và các chỉ tiêu thi đua (mã, tên, lĩnh vực, so sánh, giá trị, đơn vị, nguồn). " + ExitCodes.Help)
        {
            paths, format,
        };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(paths) ?? [], result.GetValue(format) == OutputFormat.Json, token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, CancellationToken cancellationToken)
    {
        var reports = new List<ExtractReport>();
        var outcome = await PlanBatch.RunAsync(context, paths, async (file, stream) =>
        {
            var report = context.Engine.Extract(stream, file.Display);
            reports.Add(report);
            if (!json) await ExtractReportText.WriteAsync(context.Output, file.Display, report);
        }, cancellationToken);
        if (json) await CliJson.WriteAsync(context.Output, reports);
        return PlanBatch.ExitCode(outcome, errorFindings: false);
    }
}
