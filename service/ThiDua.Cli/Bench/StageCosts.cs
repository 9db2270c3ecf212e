using System.Diagnostics;
using System.Runtime.InteropServices;
using ThiDua.Rules;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Font;

namespace ThiDua.Cli.Bench;

/// <summary>What one stage of a check costs: bytes it allocates on its thread, and its thread CPU time (median, ms).</summary>
/// <param name="Stage">
/// The stage: <c>đọc trần</c> (the bare baseline, <see cref="BaselineReader"/>), <c>kiểm tra</c> (the whole check, bytes to
/// findings), <c>đọc</c> (reading and recognition), <c>dùng chung</c> (what the rule context derives once for several rules),
/// its parts (<c>· chỉ tiêu</c> all read, <c>· chỉ tiêu lỗi</c> only those that cannot be read, what the check needs, <c>· thông tin</c>, <c>· chữ hiển thị</c>, <c>· phông chữ</c>, <c>· từ ngữ</c> the words of each paragraph), or a rule id.
/// </param>
/// <param name="Allocated">Bytes one run allocates on the measuring thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>).</param>
/// <param name="CpuMs">Median thread CPU time of one run, in milliseconds (wall-clock where the thread's CPU clock is not available).</param>
/// <param name="IsRule">Whether the stage is one rule (summed into the rules' total).</param>
/// <param name="Gc">Garbage collections per run over the measured runs.</param>
public sealed record StageCost(string Stage, long Allocated, double CpuMs, bool IsRule = false, GcActivity Gc = default);

/// <summary>
/// The cost of a check stage by stage on one plan — the bare read and the whole check for comparison, reading, what the rule
/// context derives once (in all, then part by part, each on a fresh context), then each rule of the <see cref="RuleCatalog"/>
/// alone — in allocated bytes and CPU time of the measuring thread, both independent of what else the machine runs (a shared
/// machine distorts wall-clock, not these). Each rule runs on a context whose shared values are already derived, so a
/// rule's figure is its own.
/// </summary>
public static class StageCosts
{
    /// <summary>Measures <paramref name="docx"/>: each stage warmed up, then <paramref name="runs"/> times (median CPU, collections per run); allocation from one warm run.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="docx">The plan.</param>
    /// <param name="runs">Measured runs per stage.</param>
    /// <param name="rules">Whether to measure each rule alone (false: only the bare read, the check and its shared stages).</param>
    public static IReadOnlyList<StageCost> Measure(PlanEngine engine, byte[] docx, int runs, bool rules = true)
    {
        var plan = engine.Read(new MemoryStream(docx, writable: false));
        var costs = new List<StageCost>
        {
            Stage("đọc trần", () => BaselineReader.ReadAllText(docx), runs),
            Stage("kiểm tra", () => engine.Check(new MemoryStream(docx, writable: false), "plan.docx"), runs),
            Stage("đọc", () => engine.Read(new MemoryStream(docx, writable: false)), runs),
            Stage("dùng chung", () => Derive(new RuleContext(plan)), runs),
            Stage("· chỉ tiêu", () => _ = new RuleContext(plan).Targets, runs),
            Stage("· chỉ tiêu lỗi", () => _ = new RuleContext(plan).UnparsedTargets, runs),
            Stage("· thông tin", () => _ = new RuleContext(plan).Metadata, runs),
            Stage("· chữ hiển thị", () => _ = new RuleContext(plan).VisibleParagraphs, runs),
        };
        var visible = new RuleContext(plan).VisibleParagraphs;
        costs.Add(Stage("· phông chữ", () => _ = visible.Select(v => VisibleFonts.Of(v.Paragraph)).ToList(), runs));
        costs.Add(Stage("· từ ngữ", () => Words(new RuleContext(plan)), runs));
        if (!rules) return costs;
        var context = new RuleContext(plan);
        Derive(context);
        foreach (var rule in RuleCatalog.All)
            costs.Add(Stage(rule.Id, () => _ = rule.Check(context).Count(), runs) with { IsRule = true });
        return costs;
    }

    private static void Derive(RuleContext context)
    {
        _ = context.UnparsedTargets;
        _ = context.Metadata;
        if (context.VisibleParagraphs.Count > 0) _ = context.FontsOf(0);
        Words(context);
    }

    /// <summary>The word pass: every paragraph's words (<see cref="RuleContext.WordsOf"/>).</summary>
    private static void Words(RuleContext context)
    {
        for (var p = 0; p < context.Document.Paragraphs.Count; p++) _ = context.WordsOf(p);
    }

    private static StageCost Stage(string name, Action operation, int runs)
    {
        for (var i = 0; i < 3; i++) operation();
        var before = GC.GetAllocatedBytesForCurrentThread();
        operation();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var samples = new double[runs];
        var collections = GcActivity.Now();
        for (var i = 0; i < runs; i++)
        {
            var start = ThreadCpu.Milliseconds();
            operation();
            samples[i] = ThreadCpu.Milliseconds() - start;
        }
        var gc = GcActivity.Now().Since(collections).PerRun(runs);
        Array.Sort(samples);
        return new StageCost(name, allocated, samples[runs / 2], Gc: gc);
    }

    /// <summary>The calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>); wall-clock elsewhere.</summary>
    internal static class ThreadCpu
    {
        private const int ClockThreadCpuTime = 3;

        public static double Milliseconds()
        {
            if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var t) == 0) return t.Seconds * 1000d + t.Nanoseconds / 1e6;
            return Stopwatch.GetTimestamp() * 1000d / Stopwatch.Frequency;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        private static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
