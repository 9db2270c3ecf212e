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
        var (code, output, error) = await CliRun.RunAsync("fix", Corpus.File("hai-anh-2023.docx"), "-o", target);
        Assert.True(code == 0, error);
        PackageGuard.Validate(File.ReadAllBytes(target));
        Assert.Matches(@"^Đã ghi .+: trước khi sửa (\d+) phát hiện .+, sau khi sửa (\d+) phát hiện", output);
    }

    [Fact]
    public async Task Default_output_sits_beside_the_input()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ke-hoach.docx", File.ReadAllBytes(Corpus.File("tri-yen-2024.docx")));
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

    [Fact]
    public async Task A_folder_is_fixed_into_the_output_folder_keeping_subfolders_and_skipping_earlier_output()
    {
        using var folder = new TempFolder();
        folder.Write("vao/tri-yen.docx", File.ReadAllBytes(Corpus.File("tri-yen-2024.docx")));
        folder.Write("vao/xa/hai-anh.docx", File.ReadAllBytes(Corpus.File("hai-anh-2023.docx")));
        folder.Write("vao/tri-yen-da-sua.docx", File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"))); // an earlier run's output
        folder.Write("vao/hong.docx", SamplePackages.Truncated());
        var output = Path.Combine(folder.Path, "ra");

        var (code, text, error) = await CliRun.RunAsync("fix", Path.Combine(folder.Path, "vao"), "-o", output, "-j", "2");

        Assert.Equal(3, code);
        Assert.StartsWith(Path.Combine(folder.Path, "vao", "hong.docx") + ": lỗi: Tệp bị hỏng", Assert.Single(CliRun.Lines(error)));
        var lines = CliRun.Lines(text);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Đã ghi " + Path.Combine(output, "tri-yen-da-sua.docx") + ":", lines[0]);
        Assert.StartsWith("Đã ghi " + Path.Combine(output, "xa", "hai-anh-da-sua.docx") + ":", lines[1]);
        PackageGuard.Validate(File.ReadAllBytes(Path.Combine(output, "xa", "hai-anh-da-sua.docx")));
        Assert.Equal(["tri-yen-da-sua.docx", Path.Combine("xa", "hai-anh-da-sua.docx")],
            Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_plans_that_would_be_written_to_one_file_write_the_first_and_refuse_the_second()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a/ke-hoach.docx", File.ReadAllBytes(Corpus.File("tri-yen-2024.docx")));
        var second = folder.Write("b/ke-hoach.docx", File.ReadAllBytes(Corpus.File("hai-anh-2023.docx")));
        var output = Path.Combine(folder.Path, "ra");

        var (code, text, error) = await CliRun.RunAsync("fix", first, second, "-o", output);

        Assert.Equal(3, code);
        Assert.StartsWith("Đã ghi " + Path.Combine(output, "ke-hoach-da-sua.docx") + ":", Assert.Single(CliRun.Lines(text)));
        Assert.Equal($"{second}: lỗi: không đọc hoặc ghi được tệp: tệp ra {Path.Combine(output, "ke-hoach-da-sua.docx")} trùng với tệp ra của {first}.",
            Assert.Single(CliRun.Lines(error)));
    }
}
