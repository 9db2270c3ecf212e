using System.CommandLine;
using ThiDua.Cli.Output;
using ThiDua.Rules;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua check &lt;tệp hoặc thư mục…&gt; [--format text|json]</c>: checks plans against every rule.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Tệp .docx hoặc thư mục (tìm mọi *.docx, kể cả thư mục con; bỏ qua tệp khóa ~$).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = OutputFormat.CreateOption();
        var command = new Command("check", "Kiểm tra thể thức kế hoạch theo Nghị định 30/2020/NĐ-CP. " + ExitCodes.Help) { paths, format };
        command.SetAction((result, token) => RunAsync(context, result.GetValue(paths) ?? [], result.GetValue(format) == OutputFormat.Json, token));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, CancellationToken cancellationToken)
    {
        var reports = new List<CheckReport>();
        var outcome = await PlanBatch.RunAsync(context, paths, async (file, stream) =>
        {
            var report = context.Engine.Check(stream, file.Display);
            reports.Add(report);
            if (!json) await CheckReportText.WriteAsync(context.Output, file.Display, report);
        }, cancellationToken);

        if (json)
            await CliJson.WriteAsync(context.Output, reports);
        else if (!outcome.NothingFound)
            await context.Output.WriteLineAsync(CheckReportText.Summary(
                outcome.Processed + outcome.Failed, reports.Sum(r => r.Errors), reports.Sum(r => r.Warnings), reports.Sum(r => r.Infos),
                reports.Count(r => r.Errors > 0), outcome.Failed));
        return PlanBatch.ExitCode(outcome, reports.Any(r => r.Errors > 0));
    }
}
