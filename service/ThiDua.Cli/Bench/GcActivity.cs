using ThiDua.Cli.Output;

namespace ThiDua.Cli.Bench;

/// <summary>
/// Garbage collection during some runs of an operation: collections of each generation (<see cref="GC.CollectionCount"/>
/// deltas; collecting a generation collects the younger ones too, so <see cref="Gen0"/> ≥ <see cref="Gen1"/> ≥
/// <see cref="Gen2"/>) and the time the runtime paused the program for them (<see cref="GC.GetTotalPauseDuration"/>, ms).
/// The counters are the process's: the bench measures on one thread with nothing else running. A collection of gen0 or
/// gen1 runs on the thread that allocates, so its cost is inside that thread's CPU time.
/// </summary>
/// <param name="Gen0">Collections of generation 0 (every collection).</param>
/// <param name="Gen1">Collections of generation 1 (and 2).</param>
/// <param name="Gen2">Full collections.</param>
/// <param name="PauseMs">Time the program was paused for collections, ms.</param>
public readonly record struct GcActivity(double Gen0, double Gen1, double Gen2, double PauseMs)
{
    /// <summary>Header for <see cref="ToString"/>'s columns.</summary>
    public const string Heading = "GC 0/1/2 mỗi lần, dừng (ms)";

    /// <summary>The process's counters now, to subtract from a later reading with <see cref="Since"/>.</summary>
    public static GcActivity Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds);

    /// <summary>What happened between <paramref name="start"/> (an earlier <see cref="Now"/>) and this reading.</summary>
    public GcActivity Since(GcActivity start) => new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, PauseMs - start.PauseMs);

    /// <summary>This activity and <paramref name="other"/> together.</summary>
    public GcActivity Plus(GcActivity other) => new(Gen0 + other.Gen0, Gen1 + other.Gen1, Gen2 + other.Gen2, PauseMs + other.PauseMs);

    /// <summary>The average of one run, when this is the activity of <paramref name="runs"/> runs.</summary>
    public GcActivity PerRun(int runs) => runs <= 0 ? this : new(Gen0 / runs, Gen1 / runs, Gen2 / runs, PauseMs / runs);

    /// <summary>Collections of generation 0, 1 and 2 per run and the pause, e.g. <c>0,43/0,10/0,00 1,2</c>.</summary>
    public override string ToString()
    {
        var vi = Labels.Vietnamese;
        return $"{Gen0.ToString("0.00", vi)}/{Gen1.ToString("0.00", vi)}/{Gen2.ToString("0.00", vi)} {PauseMs.ToString("0.0", vi),5}";
    }
}
