using System.Text.Json;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Service.Tests.Cli;

public class ExtractCommandTests
{
    [Fact]
    public async Task Json_gives_plan_and_targets_with_the_record_fields()
    {
        var (code, output, error) = await CliRun.RunAsync("extract", "--format", "json", Corpus.File("tri-yen-2024.docx"));
        Assert.True(code == 0, error);
        var file = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray().ToList());
        Assert.Contains("TRÍ YÊN", file.GetProperty("plan").GetProperty("issuer").GetString());
        var kpis = file.GetProperty("kpis").EnumerateArray().ToList();
        foreach (var key in new[] { "code", "label", "sector", "comparator", "value", "unit", "qualitative", "source" })
            Assert.All(kpis, k => Assert.True(k.TryGetProperty(key, out _), key));
        Assert.Contains(kpis, k => k.GetProperty("value").ValueKind == JsonValueKind.Number && k.GetProperty("value").GetDecimal() == 10_129_300_000m);
        Assert.Contains(kpis, k => k.GetProperty("qualitative").GetBoolean());
    }

    [Fact]
    public async Task Text_prints_the_header_data_and_a_table_in_vietnamese_notation()
    {
        var (code, output, _) = await CliRun.RunAsync("extract", Corpus.File("tri-yen-2024.docx"));
        Assert.Equal(0, code);
        Assert.Contains("Cơ quan ban hành: ", output);
        Assert.Matches(@"Chỉ tiêu: \d+ \(\d+ định lượng, \d+ định tính\)", output);
        Assert.Matches(@"STT\s+Chỉ tiêu\s+So sánh\s+Giá trị\s+Năm\s+Mã\s+Nguồn", output);
        Assert.Contains("10.129.300.000", output);
        Assert.Contains("tạ/ha", output);
    }

    [Fact]
    public async Task Unreadable_file_gets_its_line_and_exit_3()
    {
        using var folder = new TempFolder();
        var docm = folder.Write("macro.docx", SamplePackages.Docm());
        var (code, output, error) = await CliRun.RunAsync("extract", "--format", "json", docm);
        Assert.Equal(3, code);
        Assert.Equal("[]", output.Trim());
        Assert.StartsWith(docm + ": lỗi: Đây là tệp Word có macro (.docm)", error);
    }
}
