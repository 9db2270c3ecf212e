using ThiDua.Cli.Output;
using ThiDua.Rules;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Profiles;

namespace ThiDua.Cli.Bench;

/// <summary>
/// What the second release of rules adds to one plan's check: the whole check (reading, recognition, every rule) against
/// the same check with only the first-release rules (a profile turning off <see cref="RuleCatalog.SecondRelease"/>), in
/// bytes allocated and thread CPU of the measuring thread.
/// </summary>
/// <param name="Name">The plan.</param>
/// <param name="AllAllocated">Bytes one check with every rule allocates.</param>
/// <param name="AllCpuMs">Median thread CPU of one check with every rule, ms.</param>
/// <param name="FirstAllocated">Bytes one check with the first-release rules only allocates.</param>
/// <param name="FirstCpuMs">Median thread CPU of one check with the first-release rules only, ms.</param>
/// <param name="AllGc">Garbage collections per check with every rule.</param>
/// <param name="FirstGc">Garbage collections per check with the first-release rules only.</param>
public sealed record ReleaseCost(string Name, long AllAllocated, double AllCpuMs, long FirstAllocated, double FirstCpuMs, GcActivity AllGc = default, GcActivity FirstGc = default)
{
    /// <summary>The second release's share of CPU over the first-release check: (all − first) ÷ first.</summary>
    public double CpuIncrease => AllCpuMs / FirstCpuMs - 1;

    /// <summary>The second release's share of allocation over the first-release check: (all − first) ÷ first.</summary>
    public double AllocationIncrease => (double)AllAllocated / FirstAllocated - 1;
}

/// <summary>Measures and prints <see cref="ReleaseCost"/>s (issue 16: "no regression over 15 % from the new rules").</summary>
public static class ReleaseCosts
{
    /// <summary>The base profile with every second-release rule off.</summary>
    public static EffectiveProfile FirstRelease { get; } = EffectiveProfile.Of(
    [
        new RuleProfile(RuleProfileReader.SchemaVersion, "ban-dau", "Các quy tắc bản đầu",
            Rules: RuleCatalog.SecondRelease.ToDictionary(id => id, _ => new RuleChoice(Enabled: false))),
    ]);

    /// <summary>
    /// Measures each plan: both checks warmed up, then <paramref name="runs"/> runs of each, alternating (so a change of
    /// machine load falls on both), the median thread CPU and the collections per check of each; allocation from one warm run of each.
    /// </summary>
    public static IReadOnlyList<ReleaseCost> Measure(PlanEngine engine, IEnumerable<(string Name, byte[] Bytes)> plans, int runs)
    {
        var costs = new List<ReleaseCost>();
        foreach (var (name, bytes) in plans)
        {
            void All() => engine.Check(new MemoryStream(bytes, writable: false), name);
            void First() => engine.Check(new MemoryStream(bytes, writable: false), name, FirstRelease);
            for (var i = 0; i < 3; i++)
            {
                All();
                First();
            }
            var (allSamples, firstSamples) = (new double[runs], new double[runs]);
            var (allGc, firstGc) = (default(GcActivity), default(GcActivity));
            for (var i = 0; i < runs; i++)
            {
                allSamples[i] = Cpu(All, ref allGc);
                firstSamples[i] = Cpu(First, ref firstGc);
            }
            costs.Add(new ReleaseCost(name, Allocated(All), Median(allSamples), Allocated(First), Median(firstSamples), allGc.PerRun(runs), firstGc.PerRun(runs)));
        }
        return costs;
    }

    /// <summary>Writes one row per plan: MB and CPU ms with every rule, with the first release only, the increase, and the collections per check of both.</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<ReleaseCost> costs)
    {
        var vi = Labels.Vietnamese;
        await output.WriteLineAsync("Kế hoạch                                   Mọi quy tắc (MB / ms)   Bản đầu (MB / ms)   Tăng thêm (cấp phát / CPU)   GC mọi quy tắc / bản đầu: 0/1/2 mỗi lần, dừng (ms)");
        foreach (var c in costs)
            await output.WriteLineAsync(
                $"{Shorten(c.Name),-40}  {(c.AllAllocated / 1048576d).ToString("0.00", vi),8} / {c.AllCpuMs.ToString("0.0", vi),7}  "
                + $"{(c.FirstAllocated / 1048576d).ToString("0.00", vi),8} / {c.FirstCpuMs.ToString("0.0", vi),7}  "
                + $"{c.AllocationIncrease.ToString("+0.0%;-0.0%", vi),10} / {c.CpuIncrease.ToString("+0.0%;-0.0%", vi),7}   {c.AllGc} / {c.FirstGc}");
        await output.WriteLineAsync("Cả lần kiểm tra (đọc, nhận dạng, quy tắc); cấp phát và CPU đo trên luồng chạy: không phụ thuộc tải của máy; GC: số lần thu gom thế hệ 0/1/2 và thời gian dừng trung bình mỗi lần kiểm tra.");
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : name[..39] + "…";

    private static double Cpu(Action check, ref GcActivity collections)
    {
        var gc = GcActivity.Now();
        var start = StageCosts.ThreadCpu.Milliseconds();
        check();
        var cpu = StageCosts.ThreadCpu.Milliseconds() - start;
        collections = collections.Plus(GcActivity.Now().Since(gc));
        return cpu;
    }

    private static long Allocated(Action check)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        check();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static double Median(double[] samples)
    {
        Array.Sort(samples);
        return samples.Length % 2 == 1 ? samples[samples.Length / 2] : (samples[samples.Length / 2 - 1] + samples[samples.Length / 2]) / 2;
    }
}
