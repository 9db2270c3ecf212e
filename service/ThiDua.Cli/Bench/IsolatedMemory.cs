using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace ThiDua.Cli.Bench;

/// <summary>
/// The memory of checking one plan, each figure from a fresh <c>thidua</c> process that does only that (cold: the first
/// check of the process, JIT and the Vietnamese dictionaries included), so that no earlier phase has raised the peak.
/// Bytes throughout.
/// </summary>
/// <param name="StartPeak">Peak working set of a process that starts and stops (runtime and CLI alone).</param>
/// <param name="BaselinePeak">Peak working set of a process that runs the bare baseline (<see cref="BaselineReader"/>) on the plan once.</param>
/// <param name="CheckPeak">Peak working set of a process that checks the plan once: the peak memory of checking it.</param>
/// <param name="CheckAllocated">Bytes that process allocated (managed, all threads), loading included.</param>
/// <param name="CheckHeapPeak">The largest managed heap of that process (<see cref="GC.GetTotalMemory"/>, sampled every millisecond during the check).</param>
public sealed record IsolatedMemory(long StartPeak, long BaselinePeak, long CheckPeak, long CheckAllocated, long CheckHeapPeak)
{
    /// <summary>What a probe process does.</summary>
    public enum Probe
    {
        /// <summary>Nothing: start and stop.</summary>
        Start,
        /// <summary>The baseline once.</summary>
        Baseline,
        /// <summary>One check.</summary>
        Check,
    }

    /// <summary>Measures <paramref name="docx"/> in three probe processes; null when this process is not the <c>thidua</c> tool (in-process tests) or a probe fails.</summary>
    public static IsolatedMemory? Measure(byte[] docx)
    {
        if (Assembly.GetEntryAssembly()?.GetName().Name != "thidua" || Environment.ProcessPath is not { } host) return null;
        var file = Path.Combine(Path.GetTempPath(), $"thidua-bench-{Environment.ProcessId}.docx");
        try
        {
            File.WriteAllBytes(file, docx);
            var start = Run(host, Probe.Start, file);
            var baseline = Run(host, Probe.Baseline, file);
            var check = Run(host, Probe.Check, file);
            return start is null || baseline is null || check is null
                ? null
                : new IsolatedMemory(start.Value.Peak, baseline.Value.Peak, check.Value.Peak, check.Value.Allocated, check.Value.HeapPeak);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The probe itself, run in the child: does <paramref name="probe"/> on <paramref name="file"/> and returns the line the
    /// parent reads — peak working set, bytes allocated, peak managed heap.
    /// </summary>
    public static string RunProbe(Probe probe, string file)
    {
        var heapPeak = GC.GetTotalMemory(forceFullCollection: false);
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            do heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
            while (!done.Wait(1));
        })
        { IsBackground = true };
        sampler.Start();
        switch (probe)
        {
            case Probe.Baseline:
                BaselineReader.ReadAllText(File.ReadAllBytes(file));
                break;
            case Probe.Check:
                new ThiDua.Rules.PlanEngine().Check(new MemoryStream(File.ReadAllBytes(file), writable: false), Path.GetFileName(file));
                break;
        }
        done.Set();
        sampler.Join();
        heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
        return string.Join(' ', Timing.PeakWorkingSet(), GC.GetTotalAllocatedBytes(precise: true), heapPeak);
    }

    private static (long Peak, long Allocated, long HeapPeak)? Run(string host, Probe probe, string file)
    {
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Run through the dotnet host when this process was started as `dotnet thidua.dll` (the first argument is then the
        // .dll's path); the native thidua runs itself.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
        foreach (var arg in new[] { "bench", "--memory-probe", probe.ToString(), "--probe-file", file }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start);
        if (process is null) return null;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var parts = output.Trim().Split(' ');
        return process.ExitCode == 0 && parts.Length == 3
            && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var peak)
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var allocated)
            && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var heap)
            ? (peak, allocated, heap)
            : null;
    }
}
