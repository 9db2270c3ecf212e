using System.Diagnostics;

namespace ThiDua.Plans.Tests.Authoring;

/// <summary>Runs LibreOffice and poppler-utils from tests, with a time limit.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/> and returns its standard output; fails the test on a non-zero exit or a timeout.</summary>
    public static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var path = Locate(program);
        var info = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {timeout.TotalSeconds} s.");
        }
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string Locate(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        Assert.Fail($"{program} is not installed (apt-get install -y libreoffice-writer-nogui poppler-utils).");
        return "";
    }
}
