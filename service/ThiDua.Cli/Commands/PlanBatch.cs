using System.CommandLine;
using ThiDua.Cli.Input;

namespace ThiDua.Cli.Commands;

/// <summary>
/// Runs one action per plan file of a <c>check</c>, <c>extract</c> or <c>fix</c> run on up to <c>--jobs</c> cores at once
/// (<see cref="OrderedParallel"/>): what each file gives is written in input order, a file that fails gets its one stderr
/// line in its place and the run goes on with the rest.
/// </summary>
public static class PlanBatch
{
    /// <summary>The outcome of a batch.</summary>
    /// <param name="Processed">Files the action completed on.</param>
    /// <param name="Failed">Files (or paths) that could not be processed.</param>
    /// <param name="NothingFound">True when the paths held no .docx file at all (a usage error).</param>
    public sealed record Outcome(int Processed, int Failed, bool NothingFound);

    /// <summary>The <c>--jobs</c> option: how many files are processed at once, by default one per core.</summary>
    public static Option<int> CreateJobsOption(string description = "Số tệp xử lý đồng thời (mặc định: số nhân CPU, ở máy này {0}).")
    {
        var option = new Option<int>("--jobs", "-j")
        {
            Description = string.Format(Output.Labels.Vietnamese, description, Environment.ProcessorCount),
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 256) r.AddError("--jobs phải từ 1 đến 256."); });
        return option;
    }

    /// <summary>
    /// Calls <paramref name="process"/> on each of <paramref name="input"/>'s files with an open read stream (and the run's
    /// cancellation), on up to
    /// <paramref name="jobs"/> threads, and <paramref name="write"/> with each result in input order (one call at a time).
    /// The paths that do not exist get their line first; a file whose processing throws gets its line
    /// (<see cref="FileFailure"/>) where its result would have been written.
    /// </summary>
    public static async Task<Outcome> RunAsync<T>(
        CliContext context, (IReadOnlyList<PlanFile> Files, IReadOnlyList<string> Missing) input, int jobs,
        Func<PlanFile, Stream, CancellationToken, T> process, Func<PlanFile, T, Task> write, CancellationToken cancellationToken)
    {
        foreach (var path in input.Missing) await FileFailure.WriteMissingAsync(context.Error, path);
        if (input.Files.Count == 0 && input.Missing.Count == 0)
        {
            await context.Error.WriteLineAsync("thidua: lỗi: không tìm thấy tệp .docx nào trong các đường dẫn đã cho.");
            return new Outcome(0, 0, NothingFound: true);
        }
        var processed = 0;
        var failed = input.Missing.Count;
        await OrderedParallel.RunAsync(input.Files, jobs, (file, token) => Task.FromResult(Run(file, token)), async (file, result) =>
        {
            if (result.Error is { } error)
            {
                await FileFailure.WriteAsync(context.Error, file.Display, error);
                failed++;
                return;
            }
            await write(file, result.Value!);
            processed++;
        }, cancellationToken);
        return new Outcome(processed, failed, NothingFound: false);

        (T? Value, Exception? Error) Run(PlanFile file, CancellationToken token)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                using var stream = File.OpenRead(file.Path);
                return (process(file, stream, token), null);
            }
            catch (Exception ex) when (!token.IsCancellationRequested || ex is not OperationCanceledException)
            {
                return (default, ex);
            }
        }
    }

    /// <summary>The exit code of a batch, given whether an error-level finding was seen.</summary>
    public static int ExitCode(Outcome outcome, bool errorFindings) =>
        outcome.NothingFound ? ExitCodes.Usage
        : outcome.Failed > 0 ? ExitCodes.UnreadableFile
        : errorFindings ? ExitCodes.ErrorFindings
        : ExitCodes.Ok;
}
