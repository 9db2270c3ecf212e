using ThiDua.Cli.Output;

namespace ThiDua.Cli.Bench;

/// <summary>Prints <see cref="StageCosts"/> as Vietnamese tables: one plan stage by stage, or several plans a row each.</summary>
public static class StageTable
{
    private const string Note = "Cấp phát và CPU đo trên luồng chạy (GC.GetAllocatedBytesForCurrentThread, CLOCK_THREAD_CPUTIME_ID): không phụ thuộc tải của máy. "
        + "GC: số lần thu gom thế hệ 0/1/2 và thời gian dừng trung bình mỗi lần chạy (GC.CollectionCount, GC.GetTotalPauseDuration).";

    /// <summary>Writes one row per stage (MB allocated, CPU ms, collections and pause per run), then the rules' total and the check's CPU ÷ the bare read's.</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<StageCost> costs)
    {
        await output.WriteLineAsync($"Bước                  Cấp phát (MB)  CPU luồng (ms)  {GcActivity.Heading}");
        foreach (var cost in costs) await output.WriteLineAsync(Row(cost.Stage, cost.Allocated, cost.CpuMs, cost.Gc));
        var rules = costs.Where(c => c.IsRule).ToList();
        var rulesGc = rules.Aggregate(default(GcActivity), (sum, c) => sum.Plus(c.Gc));
        await output.WriteLineAsync(Row("(mọi quy tắc)", rules.Sum(c => c.Allocated), rules.Sum(c => c.CpuMs), rulesGc));
        await output.WriteLineAsync($"Kiểm tra ÷ đọc trần (CPU luồng): {Ratio(costs)}");
        await output.WriteLineAsync(Note);
    }

    /// <summary>Writes one row per plan: CPU ms (MB) of the bare read, the check, reading, the shared derivation and its parts, the ratio, and the whole check's collections per run.</summary>
    public static async Task WritePlansAsync(TextWriter output, IReadOnlyList<(string Name, IReadOnlyList<StageCost> Costs)> plans)
    {
        if (plans.Count == 0) return;
        var stages = plans[0].Costs.Select(c => c.Stage).ToList();
        await output.WriteLineAsync("CPU luồng (ms) / cấp phát (MB) mỗi kế hoạch: " + string.Join(" | ", stages) + " | kiểm tra ÷ đọc trần | GC kiểm tra 0/1/2, dừng (ms)");
        foreach (var (name, costs) in plans)
            await output.WriteLineAsync($"{name,-34} " + string.Join(" | ", costs.Select(c => $"{Ms(c.CpuMs)} / {Mb(c.Allocated)}")) + $" | {Ratio(costs)} | {costs.FirstOrDefault(c => c.Stage == "kiểm tra")?.Gc}");
        await output.WriteLineAsync(Note);
    }

    private static string Ratio(IReadOnlyList<StageCost> costs)
    {
        var bare = costs.FirstOrDefault(c => c.Stage == "đọc trần");
        var check = costs.FirstOrDefault(c => c.Stage == "kiểm tra");
        return bare is null || check is null || bare.CpuMs <= 0 ? "—" : (check.CpuMs / bare.CpuMs).ToString("0.00", Labels.Vietnamese) + "×";
    }

    private static string Ms(double cpuMs) => cpuMs.ToString("0.00", Labels.Vietnamese);

    private static string Mb(long bytes) => (bytes / 1048576d).ToString("0.00", Labels.Vietnamese);

    private static string Row(string stage, long bytes, double cpuMs, GcActivity gc) => $"{stage,-20}  {Mb(bytes),13}  {Ms(cpuMs),14}  {gc}";
}
