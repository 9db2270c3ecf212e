using System.Diagnostics;

namespace ThiDua.Cli.Bench;

/// <summary>Warm timings of one operation: the median of several runs after warm-up, and the bytes one run allocates.</summary>
public static class Timing
{
    /// <summary>
    /// Runs <paramref name="operation"/> untimed at least <paramref name="warmup"/> times and for at least one second (at most
    /// 200 times) — long enough for tiered JIT to replace the first, unoptimised code of the methods it uses — then
    /// <paramref name="runs"/> times; returns the median in milliseconds.
    /// </summary>
    public static double MedianMilliseconds(Action operation, int runs, int warmup = 3)
    {
        var warming = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup || (i < 200 && Stopwatch.GetElapsedTime(warming).TotalSeconds < 1); i++) operation();
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return runs % 2 == 1 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
    }

    /// <summary>Bytes allocated by one run of <paramref name="operation"/>, on every thread (nothing else runs meanwhile).</summary>
    public static long AllocatedBytes(Action operation)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        operation();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    /// <summary>Documents per second when <paramref name="workers"/> threads run <paramref name="operation"/> over <paramref name="count"/> documents.</summary>
    public static double Throughput(Action<int> operation, int count, int workers)
    {
        var start = Stopwatch.GetTimestamp();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers }, operation);
        return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>The process's peak working set so far, in bytes.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
