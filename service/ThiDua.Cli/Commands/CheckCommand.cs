using System.CommandLine;
using ThiDua.Cli.Input;
using ThiDua.Cli.Output;
using ThiDua.Rules;
using ThiDua.Rules.Profiles;

namespace ThiDua.Cli.Commands;

/// <summary><c>thidua check &lt;tệp hoặc thư mục…&gt; [--format text|json] [--jobs N] [--profile tệp|tên]</c>: checks plans against every rule, under a rule profile.</summary>
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
        var jobs = PlanBatch.CreateJobsOption();
        var profile = new ProfileOption();
        var command = new Command("check", "Kiểm tra thể thức kế hoạch theo Nghị định 30/2020/NĐ-CP, hoặc theo một hồ sơ quy tắc (--profile). " + ExitCodes.Help) { paths, format, jobs };
        profile.AddTo(command);
        command.SetAction(async (result, token) =>
        {
            if (await profile.ResolveAsync(result, context, token) is not { } applied) return ExitCodes.Usage;
            return await RunAsync(context, result.GetValue(paths) ?? [], result.GetValue(format) == OutputFormat.Json, result.GetValue(jobs), applied, token);
        });
        return command;
    }

    /// <summary>What the run keeps of one checked file: its counts, and its report (text or the report itself for JSON) until written.</summary>
    private sealed record Checked(int Errors, int Warnings, int Infos, string? Text, CheckReport? Report);

    private static async Task<int> RunAsync(CliContext context, string[] paths, bool json, int jobs, EffectiveProfile profile, CancellationToken cancellationToken)
    {
        int errors = 0, warnings = 0, infos = 0, filesWithErrors = 0;
        using var array = json ? new JsonArrayOutput<CheckReport>(context.Output) : null;
        var outcome = await PlanBatch.RunAsync(context, PlanFiles.Expand(paths), jobs, (file, stream, token) =>
        {
            var report = context.Engine.Check(stream, file.Display, profile, token);
            return new Checked(report.Errors, report.Warnings, report.Infos,
                json ? null : CheckReportText.Render(file.Display, report), json ? report : null);
        }, async (_, done) =>
        {
            errors += done.Errors;
            warnings += done.Warnings;
            infos += done.Infos;
            if (done.Errors > 0) filesWithErrors++;
            if (array is not null) await array.WriteAsync(done.Report!);
            else await context.Output.WriteAsync(done.Text);
        }, cancellationToken);

        if (array is not null)
            await array.EndAsync();
        else if (!outcome.NothingFound)
            await context.Output.WriteLineAsync(CheckReportText.Summary(
                outcome.Processed + outcome.Failed, errors, warnings, infos, filesWithErrors, outcome.Failed));
        return PlanBatch.ExitCode(outcome, filesWithErrors > 0);
    }
}
