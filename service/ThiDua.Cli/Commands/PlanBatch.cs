using ThiDua.Cli.Input;

namespace ThiDua.Cli.Commands;

/// <summary>
/// Runs one action per plan file of a <c>check</c> or <c>extract</c> run: a file that fails gets its one stderr line and
/// the run goes on with the rest.
/// </summary>
public static class PlanBatch
{
    /// <summary>The outcome of a batch.</summary>
    /// <param name="Processed">Files the action completed on.</param>
    /// <param name="Failed">Files (or paths) that could not be processed.</param>
    /// <param name="NothingFound">True when the paths held no .docx file at all (a usage error).</param>
    public sealed record Outcome(int Processed, int Failed, bool NothingFound);

    /// <summary>Expands <paramref name="paths"/> and calls <paramref name="action"/> on each file with an open read stream.</summary>
    public static async Task<Outcome> RunAsync(CliContext context, IEnumerable<string> paths, Func<PlanFile, Stream, Task> action, CancellationToken cancellationToken)
    {
        var (files, missing) = PlanFiles.Expand(paths);
        foreach (var path in missing) await FileFailure.WriteMissingAsync(context.Error, path);
        if (files.Count == 0 && missing.Count == 0)
        {
            await context.Error.WriteLineAsync("thidua: lỗi: không tìm thấy tệp .docx nào trong các đường dẫn đã cho.");
            return new Outcome(0, 0, NothingFound: true);
        }
        var processed = 0;
        var failed = missing.Count;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await using var stream = File.OpenRead(file.Path);
                await action(file, stream);
                processed++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await FileFailure.WriteAsync(context.Error, file.Display, ex);
                failed++;
            }
        }
        return new Outcome(processed, failed, NothingFound: false);
    }

    /// <summary>The exit code of a batch, given whether an error-level finding was seen.</summary>
    public static int ExitCode(Outcome outcome, bool errorFindings) =>
        outcome.NothingFound ? ExitCodes.Usage
        : outcome.Failed > 0 ? ExitCodes.UnreadableFile
        : errorFindings ? ExitCodes.ErrorFindings
        : ExitCodes.Ok;
}
