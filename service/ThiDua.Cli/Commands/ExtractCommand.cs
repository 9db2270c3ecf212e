using System.CommandLine;
using ThiDua.Cli.Input;
using ThiDua.Cli.Output;
using ThiDua.Rules;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua extract &lt;tệp hoặc thư mục…&gt; [--format text|json] [--jobs N]</c>: plan metadata and chỉ tiêu records.</summary>
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
        var jobs = PlanBatch.CreateJobsOption();
        var command = new Command("extract", "Trích xuất thông tin văn bản và các chỉ tiêu thi đua (mã, tên, lĩnh vực, so sánh, giá trị, đơn vị, nguồn). " + ExitCodes.Help)
        {
            paths, format, jobs,
        };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(paths) ?? [], result.GetValue(format) == OutputFormat.Json, result.GetValue(jobs), token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, int jobs, CancellationToken cancellationToken)
    {
        using var array = json ? new JsonArrayOutput<ExtractReport>(context.Output) : null;
        var outcome = await PlanBatch.RunAsync(context, PlanFiles.Expand(paths), jobs, (file, stream, token) =>
        {
            var report = context.Engine.Extract(stream, file.Display, token);
            return (Text: json ? null : ExtractReportText.Render(file.Display, report), Report: json ? report : null);
        }, (_, done) => array is not null ? array.WriteAsync(done.Report!) : context.Output.WriteAsync(done.Text), cancellationToken);
        if (array is not null) await array.EndAsync();
        return PlanBatch.ExitCode(outcome, errorFindings: false);
    }
}
