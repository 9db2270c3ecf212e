using System.Globalization;
using ThiDua.Docx.Package;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// The hostile files of issue 14 at the engine: each is refused (<see cref="DocxInputError.TooComplex"/>) or processed — check,
/// extract, fix and tag — before a deadline, and nothing crashes. Before this suite: tables nested 5 000 deep took 15 s and
/// overflowed the stack, 50 000 over 6.5 min; /fix on a 5 000 000-character paragraph 225 s, one run per word over 8 min.
/// What could overflow the stack runs in a child process (<see cref="ChildProcess"/>); the rest in process, under a
/// cancellation deadline that fails the test if the work is not bounded.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromMinutes(6);

    /// <summary>
    /// The bound that fails a test whose work is not bounded: generous, as the suite shares two cores with the whole CI run
    /// (the times themselves are measured by the benchmark, not asserted here).
    /// </summary>
    internal static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);
    private readonly string folder = Directory.CreateTempSubdirectory("thidua-hostile-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The deep files of issue 14, with what the engine must answer for each.</summary>
    private static readonly (string Name, Func<byte[]> Build, string Expected)[] DeepFiles =
    [
        ("tables nested 10 deep", () => HostileDocx.NestedTables(10), "ok"),
        ("tables nested 100 deep", () => HostileDocx.NestedTables(100), "input:TooComplex"),
        ("tables nested 1 000 deep", () => HostileDocx.NestedTables(1_000), "input:TooComplex"),
        ("tables nested 5 000 deep", () => HostileDocx.NestedTables(5_000), "input:TooComplex"),
        ("tables nested 50 000 deep", () => HostileDocx.NestedTables(50_000), "input:TooComplex"),
        ("tables nested 100 000 deep", () => HostileDocx.NestedTables(100_000), "input:TooComplex"),
        ("50 000 nested content controls", () => HostileDocx.NestedContentControls(50_000), "input:TooComplex"),
        ("50 000 nested insertions in one paragraph", () => HostileDocx.NestedInsertions(50_000), "input:TooComplex"),
    ];

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    [InlineData("fix")]
    [InlineData("tag")]
    public void Deep_nesting_is_refused_and_shallow_nesting_read_without_a_crash(string operation)
    {
        var paths = DeepFiles.Select(file =>
        {
            var path = Path.Combine(folder, Guid.NewGuid() + ".docx");
            File.WriteAllBytes(path, file.Build());
            return path;
        }).ToList();
        var (code, output, error) = ChildProcess.Run(ChildTimeout, ["engine", operation, .. paths]);
        Assert.True(code == 0, $"{operation}: exit {code}, after {CliLines(output).Length} files\n{error}");
        Assert.Equal(DeepFiles.Select(f => f.Name + ": " + f.Expected), DeepFiles.Zip(CliLines(output), (f, line) => f.Name + ": " + line));
    }

    private static string[] CliLines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Theory]
    [InlineData("tables", 3_000)]
    [InlineData("controls", 5_000)]
    [InlineData("insertions", 5_000)]
    public void The_reader_walks_a_tree_in_memory_deeper_than_a_small_stack_allows_recursion(string kind, int depth)
    {
        // No guard stands between an edited tree and the reader: the walk itself must not recurse. It runs on a 256 KB stack,
        // which a walk of a few hundred bytes of stack per level would overflow long before these depths. (Not deeper: the
        // SDK finds an attached element's part by walking up to the root, so each access costs the depth.)
        var (code, output, error) = ChildProcess.Run(ChildTimeout, "walk", kind, depth.ToString(CultureInfo.InvariantCulture));
        Assert.True(code == 0, $"exit {code}\n{error}");
        var paragraphs = kind == "tables" ? depth + 3 : 3;
        Assert.Equal($"paragraphs={paragraphs} located={paragraphs} text=cuối tables={(kind == "tables" ? depth : 0)} controls={(kind == "controls" ? depth : 0)}", output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_paragraph_of_five_million_characters_is_refused_at_once(bool runPerWord)
    {
        var docx = HostileDocx.LongParagraph(5_000_000, runPerWord, doubleSpaces: true);
        var engine = new PlanEngine();
        Assert.Equal(DocxInputError.TooComplex, Assert.Throws<DocxInputException>(() => engine.Check(new MemoryStream(docx), "x.docx")).Error);
        Assert.Equal(DocxInputError.TooComplex, Assert.Throws<DocxInputException>(() => engine.Fix(new MemoryStream(docx), null)).Error);
    }

    public static TheoryData<string> Processed => ["paragraph of 90 000 characters", "90 000 characters, one run per word", "20 000 tables", "500 header parts"];

    private static byte[] Build(string name) => name switch
    {
        "paragraph of 90 000 characters" => HostileDocx.LongParagraph(90_000, doubleSpaces: true),
        "90 000 characters, one run per word" => HostileDocx.LongParagraph(90_000, runPerWord: true, doubleSpaces: true),
        "20 000 tables" => HostileDocx.ManyTables(20_000),
        _ => HostileDocx.ManyHeaders(500),
    };

    [Theory]
    [MemberData(nameof(Processed))]
    public void Large_but_plan_sized_structures_are_checked_extracted_fixed_and_tagged_before_the_deadline(string name)
    {
        var docx = Build(name);
        var engine = new PlanEngine();
        using var deadline = new CancellationTokenSource(Deadline);
        var report = engine.Check(new MemoryStream(docx), "x.docx", cancellationToken: deadline.Token);
        engine.Extract(new MemoryStream(docx), "x.docx", deadline.Token);
        var fixedPlan = engine.Fix(new MemoryStream(docx), null, cancellationToken: deadline.Token);
        engine.Tag(new MemoryStream(fixedPlan), deadline.Token);
        if (name.StartsWith("paragraph", StringComparison.Ordinal) || name.StartsWith("90", StringComparison.Ordinal))
        {
            // Every tenth word is followed by two spaces: the spacing findings are fixed, all in one pass over the paragraph.
            Assert.Contains(report.Findings, f => f.Rule == "TEXT-SPACE" && f.Fix is not null);
            Assert.DoesNotContain(engine.Check(new MemoryStream(fixedPlan), "x.docx", cancellationToken: deadline.Token).Findings, f => f.Rule == "TEXT-SPACE");
        }
    }

    [Fact]
    public void Fixing_a_paragraph_of_five_million_characters_is_linear_when_the_limits_allow_it()
    {
        // Past the guard's limits on purpose: 225 s before (/fix, one pass over the paragraph per finding).
        var limits = new PackageLimits { MaxParagraphCharacters = 6_000_000, MaxCompressionRatio = 1_000 };
        var docx = HostileDocx.LongParagraph(5_000_000, doubleSpaces: true);
        using var deadline = new CancellationTokenSource(Deadline);
        var fixedPlan = new PlanEngine(limits).Fix(new MemoryStream(docx), ["TEXT-SPACE"], cancellationToken: deadline.Token);
        var text = new PlanEngine(limits).Read(new MemoryStream(fixedPlan), deadline.Token).Source.Paragraphs[^1].Text;
        Assert.True(text.Length >= 4_500_000, $"{text.Length} characters");
        Assert.DoesNotContain("  ", text);
    }

    [Fact]
    public void A_macro_project_in_a_docx_is_refused() =>
        Assert.Equal(DocxInputError.MacroEnabled, Assert.Throws<DocxInputException>(() => new PlanEngine().Check(
            new MemoryStream(HostileDocx.WithPart("word/vbaProject.bin", "application/vnd.ms-office.vbaProject", new byte[512])), "x.docx")).Error);
}
