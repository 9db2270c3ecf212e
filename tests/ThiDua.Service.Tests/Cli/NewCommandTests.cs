using ThiDua.Rules;

namespace ThiDua.Service.Tests.Cli;

/// <summary><c>thidua new</c> with the sample unit profile and chỉ tiêu of <c>service/ThiDua.Cli/samples/</c>.</summary>
public class NewCommandTests
{
    private static readonly PlanEngine Engine = new();

    [Fact]
    public async Task Writes_a_plan_that_checks_clean_and_carries_the_unit_and_its_targets()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "ke-hoach-2025.docx");
        var (code, output, error) = await CliRun.RunAsync("new", "-u", Sample("don-vi-tri-yen.json"), "-y", "2025",
            "-s", "Phát động phong trào thi đua năm 2025", "--number", "07", "--date", "2025-02-03",
            "--targets", Sample("chi-tieu-tri-yen.json"), "-o", target);

        Assert.True(code == 0, error);
        Assert.Equal($"Đã ghi {target}: kế hoạch “Phát động phong trào thi đua năm 2025” của Ủy ban nhân dân xã Trí Yên.", output.Trim());
        var bytes = File.ReadAllBytes(target);
        var findings = Engine.Check(new MemoryStream(bytes), "ke-hoach-2025.docx").Findings;
        Assert.DoesNotContain(findings, f => f.Severity != Severity.Info);
        var extract = Engine.Extract(new MemoryStream(bytes), "ke-hoach-2025.docx");
        Assert.Equal("Nguyễn Văn Diễn", extract.Plan.SignerName);
        Assert.Equal(new DateOnly(2025, 2, 3), extract.Plan.Date);
        Assert.Equal("07", extract.Plan.Number);
        var measurable = extract.Kpis.Where(k => !k.Qualitative).Select(k => (k.Code, k.Value, k.Unit)).ToList();
        Assert.Equal(
            [("nong-nghiep.nang-suat-lua", 61m, "tạ/ha"), ("kinh-te.thu-nhap-binh-quan", 60500000m, "đồng"), ("ngan-sach.tong-thu", 10129300000m, "đồng")],
            measurable);
        Assert.Contains(extract.Kpis, k => k.Qualitative && k.Label.StartsWith("An ninh chính trị", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_file_that_is_not_json_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var unit = folder.Write("don-vi.json", "không phải JSON"u8.ToArray());
        var target = Path.Combine(folder.Path, "ra.docx");
        var (code, output, error) = await CliRun.RunAsync("new", "-u", unit, "-y", "2025", "-s", "Kế hoạch", "-o", target);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("thidua: lỗi: tệp JSON không đọc được", Assert.Single(CliRun.Lines(error)));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_missing_unit_file_is_one_line_and_exit_3()
    {
        using var folder = new TempFolder();
        var unit = Path.Combine(folder.Path, "khong-co.json");
        var (code, _, error) = await CliRun.RunAsync("new", "-u", unit, "-y", "2025", "-s", "Kế hoạch", "-o", Path.Combine(folder.Path, "ra.docx"));
        Assert.Equal(3, code);
        Assert.StartsWith(unit + ": lỗi:", Assert.Single(CliRun.Lines(error)));
    }

    /// <summary>A file of <c>service/ThiDua.Cli/samples/</c>.</summary>
    private static string Sample(string name) => Path.Combine(Corpus.RepositoryRoot, "service", "ThiDua.Cli", "samples", name);
}
