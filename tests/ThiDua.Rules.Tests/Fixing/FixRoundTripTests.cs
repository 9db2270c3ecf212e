using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.Fixing;

/// <summary>rules.md: "applying every offered fix must not create a new finding" — and a fix must remove what it fixes.</summary>
public sealed class FixRoundTripTests
{
    private static readonly PlanEngine Engine = new();

    [Theory]
    [MemberData(nameof(Expectations.Files), MemberType = typeof(Expectations))]
    public void Applying_all_fixes_creates_no_new_finding_and_removes_the_fixed_ones(string file)
    {
        var bytes = System.IO.File.ReadAllBytes(Corpus.File(file));
        var before = Engine.Check(new MemoryStream(bytes), file).Findings;
        var fixedBytes = Engine.Fix(new MemoryStream(bytes), null);
        var after = Engine.Check(new MemoryStream(fixedBytes), file).Findings;

        static string Key(Finding f) => $"{f.Rule}@{f.Paragraph}";
        var beforeKeys = before.Select(Key).ToHashSet();
        var created = after.Where(f => !beforeKeys.Contains(Key(f))).Select(f => $"{Key(f)} «{f.Text}»: {f.Message}").ToList();
        Assert.True(created.Count == 0, "new findings after fixing:\n" + string.Join("\n", created));

        var fixedKeys = before.Where(f => f.Fix is not null).Select(Key).ToHashSet();
        var left = after.Where(f => fixedKeys.Contains(Key(f)) && f.Fix is not null).Select(f => $"{Key(f)} «{f.Text}»: {f.Message}").ToList();
        Assert.True(left.Count == 0, "fixed findings still reported:\n" + string.Join("\n", left));
    }
}
