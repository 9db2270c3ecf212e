using ThiDua.Docx.Tests.Package.Samples;
using ThiDua.Rules;

namespace ThiDua.Service.Tests.Cli;

/// <summary><c>thidua tag</c>: wraps the standard parts of an untagged plan in their content controls, text unchanged.</summary>
public class TagCommandTests
{
    private static readonly PlanEngine Engine = new();

    [Fact]
    public async Task Tags_an_untagged_plan_so_that_TAG_MISSING_goes_and_the_text_stays()
    {
        using var folder = new TempFolder();
        var source = Corpus.File("hai-anh-2023.docx");
        var target = Path.Combine(folder.Path, "gan-the.docx");
        var (code, output, error) = await CliRun.RunAsync("tag", source, "-o", target);

        Assert.True(code == 0, error);
        Assert.StartsWith($"Đã ghi {target}: đã gắn ", output);
        var before = Engine.Read(File.OpenRead(source));
        var after = Engine.Read(File.OpenRead(target));
        Assert.Equal(before.Source.Paragraphs.Select(p => p.RenderedText), after.Source.Paragraphs.Select(p => p.RenderedText));
        Assert.Contains(Engine.Check(File.OpenRead(source), "truoc").Findings, f => f.Rule == "TAG-MISSING");
        Assert.DoesNotContain(Engine.Check(File.OpenRead(target), "sau").Findings, f => f.Rule is "TAG-MISSING" or "TAG-BROKEN");
    }

    [Fact]
    public async Task Tagging_a_tagged_plan_adds_nothing()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "lai.docx");
        var (code, output, error) = await CliRun.RunAsync("tag", Corpus.File("tri-yen-2024-tagged.docx"), "-o", target);
        Assert.True(code == 0, error);
        Assert.StartsWith($"Đã ghi {target}: không có phần nào cần gắn thêm.", output);
    }

    [Fact]
    public async Task Bad_input_is_one_line_exit_3_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var input = folder.Write("hong.docx", SamplePackages.Truncated());
        var target = Path.Combine(folder.Path, "ra.docx");
        var (code, _, error) = await CliRun.RunAsync("tag", input, "-o", target);
        Assert.Equal(3, code);
        Assert.StartsWith(input + ": lỗi: Tệp bị hỏng", Assert.Single(CliRun.Lines(error)));
        Assert.False(File.Exists(target));
    }
}
