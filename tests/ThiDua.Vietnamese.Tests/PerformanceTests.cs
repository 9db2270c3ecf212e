using System.Diagnostics;
using ThiDua.Vietnamese.Spacing;
using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Tests.Support;
using Xunit.Abstractions;

namespace ThiDua.Vietnamese.Tests;

/// <summary>
/// A 300-page plan (the seeds repeated to about 750,000 characters, 2,500 a page) is checked in under a second.
/// The best of three runs is measured, so that a busy machine does not fail the test by chance.
/// </summary>
[Collection(nameof(PerformanceTests))]
[CollectionDefinition(nameof(PerformanceTests), DisableParallelization = true)]
public class PerformanceTests(ITestOutputHelper output)
{
    private static readonly string ThreeHundredPages = BuildText();

    private static string BuildText()
    {
        var seeds = string.Join("\n", Directory.GetFiles(SeedFiles.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var text = new System.Text.StringBuilder();
        while (text.Length < 300 * 2_500) text.Append(seeds).Append('\n');
        return text.ToString();
    }

    [Fact]
    public void Spelling_of_a_300_page_plan_takes_under_a_second()
    {
        var checker = new SpellChecker(DebianDictionary.Instance);
        checker.Check("khởi động");

        var best = BestOfThree(() => checker.Check(ThreeHundredPages));

        output.WriteLine($"{ThreeHundredPages.Length:N0} characters: {best.TotalMilliseconds:N0} ms");
        Assert.True(best < TimeSpan.FromSeconds(1), $"{best.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public void Spacing_of_a_300_page_plan_takes_under_a_second()
    {
        var best = BestOfThree(() => TextSpacing.Check(ThreeHundredPages));

        output.WriteLine($"{ThreeHundredPages.Length:N0} characters: {best.TotalMilliseconds:N0} ms");
        Assert.True(best < TimeSpan.FromSeconds(1), $"{best.TotalMilliseconds:N0} ms");
    }

    private static TimeSpan BestOfThree(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            action();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }
        return best;
    }
}
