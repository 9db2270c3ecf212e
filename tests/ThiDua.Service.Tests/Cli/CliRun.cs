using ThiDua.Cli;

namespace ThiDua.Service.Tests.Cli;

/// <summary>Runs <c>thidua</c> in-process and captures what it prints.</summary>
public static class CliRun
{
    /// <summary>The exit code, stdout and stderr of <c>thidua <paramref name="args"/></c>.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The non-empty lines of <paramref name="text"/>.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
