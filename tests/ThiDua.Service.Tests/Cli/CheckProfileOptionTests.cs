using System.Text;
using System.Text.Json;

namespace ThiDua.Service.Tests.Cli;

/// <summary><c>thidua check --profile FILE|NAME</c>: a profile document or a sample applies; one that widens the decree is refused.</summary>
public sealed class CheckProfileOptionTests
{
    [Fact]
    public async Task A_sample_profile_is_named_in_the_report_and_in_the_json()
    {
        var (code, output, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024-compliant.docx"), "--profile", "tinh-mau");
        Assert.Equal(0, code);
        Assert.Contains("Hồ sơ quy tắc: Hướng dẫn thể thức văn bản của tỉnh (mẫu)", output);

        var (_, json, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024-compliant.docx"), "--profile", "tinh-mau", "--format", "json");
        var report = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal("tinh-mau", report.GetProperty("profile").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Without_a_profile_the_report_is_the_decrees()
    {
        var (_, output, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024-compliant.docx"));
        Assert.DoesNotContain("Hồ sơ quy tắc", output);
        var (_, json, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024-compliant.docx"), "--format", "json");
        Assert.Equal("mac-dinh", JsonDocument.Parse(json).RootElement[0].GetProperty("profile").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_profile_file_applies_its_choices()
    {
        using var folder = new TempFolder();
        var file = folder.Write("tat-the.json", Encoding.UTF8.GetBytes("""
            { "schemaVersion": 1, "name": "tat-the", "title": "Không nhắc gắn thẻ", "rules": { "TAG-MISSING": { "enabled": false } } }
            """));
        var (_, with, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024.docx"), "--profile", file, "--format", "json");
        var (_, without, _) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024.docx"), "--format", "json");
        static List<string> Rules(string json) =>
            JsonDocument.Parse(json).RootElement[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).ToList();
        Assert.Contains("TAG-MISSING", Rules(without));
        Assert.DoesNotContain("TAG-MISSING", Rules(with));
        Assert.Equal(Rules(without).Where(r => r != "TAG-MISSING"), Rules(with));
    }

    [Fact]
    public async Task A_profile_widening_the_decree_is_a_usage_error_in_vietnamese()
    {
        using var folder = new TempFolder();
        var file = folder.Write("rong.json", Encoding.UTF8.GetBytes("""
            { "schemaVersion": 1, "name": "rong", "title": "Rộng", "sizes": { "bodyText": { "min": 12, "max": 14 } } }
            """));
        var (code, output, error) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024.docx"), "--profile", file);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("rộng hơn Nghị định 30/2020/NĐ-CP cho phép (13–14 pt)", error);
    }

    [Fact]
    public async Task An_unknown_profile_name_without_a_server_is_a_usage_error()
    {
        Environment.SetEnvironmentVariable("THIDUA_SERVER", null);
        var (code, _, error) = await CliRun.RunAsync("check", Corpus.File("tri-yen-2024.docx"), "--profile", "khong-co");
        Assert.Equal(2, code);
        Assert.Contains("tinh-mau", error);
        Assert.Contains("--server", error);
    }
}
