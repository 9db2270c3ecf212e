using System.Text;
using System.Text.Json;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Service.Tests.Cli;

public class CheckCommandTests
{
    private static byte[] CorpusBytes(string name) => File.ReadAllBytes(Corpus.File(name));

    [Fact]
    public async Task Folder_with_one_bad_file_reports_the_others_and_prints_one_line_for_it()
    {
        using var folder = new TempFolder();
        folder.Write("tri-yen-2024.docx", CorpusBytes("tri-yen-2024.docx"));
        folder.Write("xa/hai-anh-2023.docx", CorpusBytes("hai-anh-2023.docx"));
        folder.Write("loi.docx", Encoding.UTF8.GetBytes("KẾ HOẠCH thi đua năm 2024 (bản chép ra văn bản thuần)"));
        folder.Write("~$i-yen-2024.docx", [1, 2, 3]);           // Word's lock file: skipped
        folder.Write("ghi-chu.txt", Encoding.UTF8.GetBytes("x")); // not *.docx: skipped

        var (code, output, error) = await CliRun.RunAsync("check", folder.Path);

        Assert.Equal(3, code);
        var errorLine = Assert.Single(CliRun.Lines(error));
        Assert.StartsWith(Path.Combine(folder.Path, "loi.docx") + ": lỗi: Tệp này là tệp văn bản thuần", errorLine);
        Assert.Contains("══ " + Path.Combine(folder.Path, "tri-yen-2024.docx") + " ══", output);
        Assert.Contains("══ " + Path.Combine(folder.Path, "xa", "hai-anh-2023.docx") + " ══", output);
        Assert.DoesNotContain("~$", output + error);
        Assert.Contains("Tổng cộng 3 tệp:", output);
        Assert.Contains("1 tệp không đọc được", output);
    }

    [Fact]
    public async Task Several_jobs_print_exactly_what_one_job_prints_in_input_order()
    {
        using var folder = new TempFolder();
        var plans = new[] { "tri-yen-2024.docx", "hai-anh-2023.docx", "dak-ha-2024.docx", "tri-yen-2024-compliant.docx" };
        for (var i = 0; i < 12; i++)
            folder.Write($"{i:00}-{plans[i % plans.Length]}", CorpusBytes(plans[i % plans.Length]));
        folder.Write("03-hong.docx", SamplePackages.Truncated());
        folder.Write("07-macro.docx", SamplePackages.Docm());

        var one = await CliRun.RunAsync("check", folder.Path, "--jobs", "1");
        var four = await CliRun.RunAsync("check", folder.Path, "-j", "4");
        var json = await CliRun.RunAsync("check", folder.Path, "-j", "4", "--format", "json");

        Assert.Equal(3, one.Code);
        Assert.Equal(one, four);
        var headings = CliRun.Lines(one.Out).Where(l => l.StartsWith("══ ", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, headings.Count);
        Assert.Equal(headings.Order(StringComparer.Ordinal), headings);
        Assert.Equal(2, CliRun.Lines(one.Err).Length);
        Assert.Contains("Tổng cộng 14 tệp:", one.Out);
        Assert.Contains("2 tệp không đọc được", one.Out);
        var files = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().Select(f => f.GetProperty("file").GetString()).ToList();
        Assert.Equal(headings.Select(h => h[3..^3]), files);
        Assert.Equal(one.Err, json.Err);
    }

    [Fact]
    public async Task Plan_with_errors_exits_1_and_shows_rule_paragraph_and_expectation()
    {
        var (code, output, error) = await CliRun.RunAsync("check", Corpus.File("hai-anh-2023.docx"));
        Assert.Equal("", error);
        Assert.Equal(1, code);
        Assert.Contains("Phần đầu văn bản", output);
        Assert.Contains("[LỖI] HDR-MOTTO · toàn văn bản · «(thiếu)»", output);
        Assert.Matches(@"\[CẢNH BÁO\] TEXT-SPELL · đoạn \d+ · «", output);
        Assert.Contains("Yêu cầu: ", output);
        Assert.Contains("Thực tế: ", output);
        Assert.Matches(@"Kết quả: [1-9]\d* lỗi, \d+ cảnh báo, \d+ thông tin\.", output);
    }

    [Fact]
    public async Task Compliant_plan_exits_0()
    {
        var (code, output, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024-compliant.docx"));
        Assert.Equal(0, code);
        Assert.Contains("Tổng cộng 1 tệp: 0 lỗi, 0 cảnh báo", output);
    }

    [Fact]
    public async Task Json_format_prints_one_object_per_file_with_the_finding_fields()
    {
        var (code, output, _) = await CliRun.RunAsync("check", "--format", "json",
            Corpus.File("tien-dong-2024.docx"), Corpus.File("tri-yen-2024-compliant.docx"));
        Assert.Equal(1, code);
        var files = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.EndsWith("tien-dong-2024.docx", files[0].GetProperty("file").GetString());
        var findings = files[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        foreach (var key in new[] { "rule", "severity", "paragraph", "text", "message", "expected", "observed", "fix" })
            Assert.True(findings[0].TryGetProperty(key, out _), key);
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" }));
        Assert.Contains("TEXT-SPELL", findings.Select(f => f.GetProperty("rule").GetString()));
        Assert.Contains("vủa", output); // Vietnamese is printed as is, not \u-escaped
    }

    [Fact]
    public async Task Bad_files_given_by_name_each_get_their_vietnamese_reason()
    {
        using var folder = new TempFolder();
        var encrypted = folder.Write("mat-khau.docx", SamplePackages.EncryptedPackage());
        var legacy = folder.Write("cu.doc", SamplePackages.LegacyDoc());
        var missing = Path.Combine(folder.Path, "khong-co.docx");

        var (code, output, error) = await CliRun.RunAsync("check", encrypted, legacy, missing);

        Assert.Equal(3, code);
        var lines = CliRun.Lines(error);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(encrypted + ": lỗi: Tệp đã được đặt mật khẩu", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(legacy + ": lỗi: Đây là tệp Word 97–2003 (.doc)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == missing + ": lỗi: không tìm thấy tệp hoặc thư mục.");
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task Folder_without_docx_files_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("ghi-chu.txt", [65]);
        var (code, _, error) = await CliRun.RunAsync("check", folder.Path);
        Assert.Equal(2, code);
        Assert.Contains("không tìm thấy tệp .docx nào", error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--format", "xml", "a.docx")]
    [InlineData("kiem-tra", "a.docx")]
    [InlineData("fix")]
    [InlineData("bench", "--pages", "0")]
    [InlineData("check", "--jobs", "0", "a.docx")]
    public async Task Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var (code, output, error) = await CliRun.RunAsync(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("thidua --help", error);
    }

    [Fact]
    public async Task Help_describes_the_exit_codes_in_vietnamese()
    {
        var (code, output, _) = await CliRun.RunAsync("check", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Mã thoát: 0 = không có lỗi; 1 = có phát hiện mức lỗi", output);
    }
}
