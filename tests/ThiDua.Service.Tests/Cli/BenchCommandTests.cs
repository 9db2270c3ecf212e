using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Cli.Bench;
using ThiDua.Docx.Package;

namespace ThiDua.Service.Tests.Cli;

public class BenchCommandTests
{
    [Fact]
    public async Task Bench_prints_check_and_baseline_side_by_side_for_every_corpus_plan_and_the_long_one()
    {
        using var folder = new TempFolder();
        var saved = Path.Combine(folder.Path, "dai.docx");
        var (code, output, error) = await CliRun.RunAsync("bench", "--corpus", Corpus.Directory, "--pages", "20", "--runs", "1", "--save", saved);
        Assert.True(code == 0, error + output);
        foreach (var file in Directory.GetFiles(Corpus.Directory, "*.docx")) Assert.Contains(Path.GetFileName(file), output);
        Assert.Contains("(sinh từ tri-yen-2024.docx, 20 trang)", output);
        Assert.Contains("Cơ sở (ms)", output);
        Assert.Matches(@"\d+,\d×", output);
        Assert.Matches(@"kiểm tra [\d\.]+ văn bản/giây", output);
        Assert.Contains("PeakWorkingSet64", output);
        Assert.True(File.Exists(saved));
    }

    [Fact]
    public async Task Bench_releases_prints_the_check_with_every_rule_beside_the_first_release_for_every_plan()
    {
        var (code, output, error) = await CliRun.RunAsync("bench", "--corpus", Corpus.Directory, "--pages", "20", "--runs", "1", "--releases");
        Assert.True(code == 0, error + output);
        foreach (var file in Directory.GetFiles(Corpus.Directory, "*.docx")) Assert.Contains(Path.GetFileName(file), output);
        Assert.Contains("(sinh từ tri-yen-2024.docx, 20 trang)", output);
        Assert.Contains("Bản đầu (MB / ms)", output);
        Assert.Matches(@"[+-]\d+,\d% / +[+-]\d+,\d%", output);
        Assert.Contains("GC mọi quy tắc / bản đầu", output);
        Assert.Matches(GcColumn + " / " + GcColumn + "$", output.Split('\n').First(l => l.StartsWith("(sinh từ tri-yen-2024.docx, 20 trang)", StringComparison.Ordinal)).TrimEnd());
    }

    [Fact]
    public async Task Bench_stages_prints_each_stage_and_rule_with_its_collections_and_every_corpus_plan()
    {
        var (code, output, error) = await CliRun.RunAsync("bench", "--corpus", Corpus.Directory, "--pages", "20", "--runs", "1", "--stages");
        Assert.True(code == 0, error + output);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        foreach (var stage in new[] { "đọc trần", "kiểm tra", "dùng chung", "TEXT-CAPS", "BODY-FONT", "(mọi quy tắc)" })
            Assert.Matches(@"^\S.*  +\d+,\d\d +\d+,\d\d  " + GcColumn + "$", lines.First(l => l.StartsWith(stage + " ", StringComparison.Ordinal)));
        foreach (var file in Directory.GetFiles(Corpus.Directory, "*.docx"))
            Assert.Matches(@"\| \d+,\d\d× \| " + GcColumn + "$", lines.First(l => l.StartsWith(Path.GetFileName(file) + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Gc_activity_counts_the_collections_between_two_readings_per_run()
    {
        var before = GcActivity.Now();
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        var two = GcActivity.Now().Since(before);
        Assert.InRange(two.Gen1, 2, 100);
        Assert.True(two.Gen0 >= two.Gen1 && two.Gen1 >= two.Gen2 && two.PauseMs >= 0, two.ToString());
        Assert.Equal(two.Gen1 / 2, two.PerRun(2).Gen1);
        Assert.Equal(two.Gen0 * 2, two.Plus(two).Gen0);
    }

    private const string GcColumn = @"\d+,\d\d/\d+,\d\d/\d+,\d\d +\d+,\d";

    [Fact]
    public void First_release_profile_turns_off_exactly_the_second_release_rules()
    {
        foreach (var rule in ThiDua.Rules.Engine.RuleCatalog.All)
            Assert.Equal(!ThiDua.Rules.Engine.RuleCatalog.SecondRelease.Contains(rule.Id), ReleaseCosts.FirstRelease.IsEnabled(rule.Id));
    }

    [Fact]
    public void Long_plan_reaches_the_page_count_and_stays_valid()
    {
        var source = File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"));
        var large = LargePlanBuilder.Build(source, 300);
        PackageGuard.Validate(large);
        using var document = DocxLoader.Open(large);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        Assert.InRange(PageEstimate.Pages(body), 300, 330);

        var numIds = main.NumberingDefinitionsPart?.Numbering?.Elements<NumberingInstance>().Select(n => n.NumberID!.Value).ToHashSet() ?? [];
        Assert.All(body.Descendants<NumberingId>(), id => Assert.True(id.Val!.Value == 0 || numIds.Contains(id.Val!.Value), $"numId {id.Val} undefined"));
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Id!.Value).ToList();
        Assert.Equal(bookmarks.Count, bookmarks.Distinct().Count());
        var paraIds = body.Descendants<Paragraph>().Select(p => p.ParagraphId?.Value).OfType<string>().ToList();
        Assert.Equal(paraIds.Count, paraIds.Distinct().Count());
        Assert.Single(body.ChildElements, e => e.InnerText.StartsWith("Nơi nhân:", StringComparison.Ordinal)); // tri-yen's misspelt closing label: not repeated
    }

    [Fact]
    public void Copies_of_a_tagged_plan_add_no_content_control()
    {
        var source = File.ReadAllBytes(Corpus.File("tri-yen-2024-tagged.docx"));
        var large = LargePlanBuilder.Build(source, 40);
        Assert.NotEmpty(Tags(source));
        Assert.Equal(Tags(source), Tags(large));
        Assert.True(large.Length > 2 * source.Length);
    }

    private static List<string> Tags(byte[] docx)
    {
        using var document = DocxLoader.Open(docx);
        return document.MainDocumentPart!.Document!.Descendants<Tag>().Select(t => t.Val!.Value!).Order(StringComparer.Ordinal).ToList();
    }
}
