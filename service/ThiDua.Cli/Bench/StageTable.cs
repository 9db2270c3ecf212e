using ThiDua.Cli.Output;

namespace ThiDua.Cli.Bench;

/// <summary>Prints <see cref="StageCosts"/> as a Vietnamese table, the sum of the rules last.</summary>
public static class StageTable
{
    /// <summary>Writes one row per stage (MB allocated, CPU ms), then the rules' total.</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<StageCost> costs)
    {
        await output.WriteLineAsync("Bước                  Cấp phát (MB)  CPU luồng (ms)");
        foreach (var cost in costs) await output.WriteLineAsync(Row(cost.Stage, cost.Allocated, cost.CpuMs));
        var rules = costs.Skip(2).ToList();
        await output.WriteLineAsync(Row("(mọi quy tắc)", rules.Sum(c => c.Allocated), rules.Sum(c => c.CpuMs)));
        await output.WriteLineAsync("Cấp phát và CPU đo trên luồng chạy (GC.GetAllocatedBytesForCurrentThread, CLOCK_THREAD_CPUTIME_ID): không phụ thuộc tải của máy.");
    }

    private static string Row(string stage, long bytes, double cpuMs) =>
        $"{stage,-20}  {(bytes / 1048576d).ToString("0.00", Labels.Vietnamese),13}  {cpuMs.ToString("0.00", Labels.Vietnamese),14}";
}
