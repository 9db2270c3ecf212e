using ThiDua.Docx.Package;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Service.Tests.Cli;

public class FixCommandTests
{
    [Fact]
    public async Task Writes_the_fixed_plan_and_reports_findings_before_and_after()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "da-sua.docx");
        var (code, output, error) = await CliRun.RunAsync("fix", CorpusPaths.PathOf("hai-anh-2023.docx"), "-o", target);
        Assert.True(code == 0, error);
        PackageGuard.Validate(File.ReadAllBytes(target));
        Assert.Matches(@"^Đã ghi .+: trước khi sửa (\d+) phát hiện .+, sau khi sửa (\d+) phát hiện", output);
    }

    [Fact]
    public async Task Default_output_sits_beside_the_input()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ke-hoach.docx", File.ReadAllBytes(CorpusPaths.PathOf("tri-yen-2024.docx")));
        var (code, output, error) = await CliRun.RunAsync("fix", input, "--rules", " text-spell, ");
        Assert.True(code == 0, error);
        Assert.StartsWith("Đã ghi " + Path.Combine(folder.Path, "ke-hoach-da-sua.docx") + ":", output);
        Assert.True(File.Exists(Path.Combine(folder.Path, "ke-hoach-da-sua.docx")));
    }

    [Fact]
    public async Task Bad_input_writes_nothing_and_exits_3()
    {
        using var folder = new TempFolder();
        var input = folder.Write("hong.docx", SamplePackages.Truncated());
        var target = Path.Combine(folder.Path, "ra.docx");
        var (code, _, error) = await CliRun.RunAsync("fix", input, "-o", target);
        Assert.Equal(3, code);
        Assert.StartsWith(input + ": lỗi: Tệp bị hỏng", error);
        Assert.False(File.Exists(target));
    }
}
