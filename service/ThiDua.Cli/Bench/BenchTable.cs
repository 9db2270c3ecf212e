using ThiDua.Cli.Output;

namespace ThiDua.Cli.Bench;

/// <summary>Prints a <see cref="BenchResult"/> as a Vietnamese table with the check : baseline ratio, then throughput and memory.</summary>
public static class BenchTable
{
    /// <summary>Writes the table and the closing lines.</summary>
    public static async Task WriteAsync(TextWriter output, BenchResult result, int runs, int workers)
    {
        string[] header = ["Tệp", "~Trang", "KB", "Cơ sở (ms)", "Kiểm gói (ms)", "Kiểm tra (ms)", "Tỉ lệ", "Cấp phát (MB)"];
        var rows = result.Rows.Select(r => new[]
        {
            r.Name,
            r.Pages.ToString("0", Labels.Vietnamese),
            (r.Size / 1024d).ToString("0", Labels.Vietnamese),
            Ms(r.BaselineMs),
            Ms(r.GuardMs),
            r.CheckMs is { } c ? Ms(c) : "lỗi",
            r.CheckMs is { } m ? (m / r.BaselineMs).ToString("0.0", Labels.Vietnamese) + "×" : "—",
            r.CheckAllocated is { } a ? (a / 1048576d).ToString("0.0", Labels.Vietnamese) : "—",
        }).ToList();
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        await output.WriteLineAsync($"Thời gian: trung vị của {runs} lần chạy sau khi làm nóng; cơ sở = Open XML SDK mở gói và đọc toàn bộ chữ (Descendants<Text>()).");
        await output.WriteLineAsync(Row(header, widths));
        await output.WriteLineAsync(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in rows) await output.WriteLineAsync(Row(row, widths));
        await output.WriteLineAsync();

        await output.WriteLineAsync($"Thông lượng với {workers} luồng song song ({Environment.ProcessorCount} nhân), bộ kế hoạch mẫu: " +
            $"cơ sở {PerSecond(result.BaselinePerSecond)} văn bản/giây; kiểm tra " +
            (result.CheckPerSecond is { } p ? $"{PerSecond(p)} văn bản/giây." : "không đo được (kiểm tra bị lỗi)."));
        await output.WriteLineAsync($"Bộ nhớ đỉnh của tiến trình (PeakWorkingSet64): lúc bắt đầu {Mb(result.PeakAtStart)}, sau phần cơ sở {Mb(result.PeakAfterBaseline)}, " +
            $"sau kiểm tra bộ mẫu {Mb(result.PeakAfterCorpusCheck)}, sau kiểm tra các văn bản sinh ra {Mb(result.PeakAfterGeneratedCheck)}.");
        var longName = result.Rows[^1].Name;
        await output.WriteLineAsync(result.LongPlanMemory is { } m
            ? $"Bộ nhớ khi chỉ kiểm tra {longName}, mỗi số đo trong một tiến trình mới (lần kiểm tra đầu, gồm cả nạp mã và từ điển): " +
              $"đỉnh PeakWorkingSet64 {Mb(m.CheckPeak)} (tiến trình chỉ khởi động rồi thoát: {Mb(m.StartPeak)}; chỉ chạy cơ sở: {Mb(m.BaselinePeak)}); " +
              $"heap được quản lý lớn nhất {Mb(m.CheckHeapPeak)}; cấp phát {Mb(m.CheckAllocated)}."
            : $"Bộ nhớ khi chỉ kiểm tra {longName} trong tiến trình riêng: không đo được (chỉ đo khi chạy bằng công cụ thidua).");
        foreach (var failed in result.Rows.Where(r => r.CheckError is not null))
            await output.WriteLineAsync($"{failed.Name}: kiểm tra lỗi: {failed.CheckError}");
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", Labels.Vietnamese);

    private static string PerSecond(double value) => value.ToString("#,0", Labels.Vietnamese);

    private static string Mb(long bytes) => (bytes / 1048576d).ToString("0", Labels.Vietnamese) + " MB";
}
