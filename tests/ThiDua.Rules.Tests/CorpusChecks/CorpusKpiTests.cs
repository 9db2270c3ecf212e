using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.CorpusChecks;

/// <summary>
/// Extraction end to end through <see cref="PlanEngine"/>: the Trí Yên plans give the 18 measurable records of
/// <c>expected.json</c> plus the 6 qualitative ones (24 in all), the same from the untagged, compliant and tagged files.
/// </summary>
public sealed class CorpusKpiTests
{
    private static readonly PlanEngine Engine = new();

    public static IEnumerable<object[]> FilesWithKpis =>
        Expectations.All.Values.Where(e => e.Kpis.Count > 0).Select(e => new object[] { e.File });

    private static ExtractReport Extract(string file)
    {
        using var stream = System.IO.File.OpenRead(Corpus.File(file));
        return Engine.Extract(stream, file);
    }

    [Theory]
    [MemberData(nameof(FilesWithKpis))]
    public void Every_expected_measurable_record_is_extracted(string file)
    {
        var report = Extract(file);
        var missing = new List<string>();
        foreach (var k in Expectations.All[file].Kpis)
        {
            var hit = report.Kpis.FirstOrDefault(t => t.Code == k.Code);
            if (hit is null) { missing.Add($"{k.Code}: not extracted"); continue; }
            if (hit.Value != k.Value || hit.Unit != k.Unit || hit.Comparator != k.Comparator || hit.Label != k.Label)
                missing.Add($"{k.Code}: got «{hit.Label}» {hit.Comparator} {hit.Value} {hit.Unit}, expected «{k.Label}» {k.Comparator} {k.Value} {k.Unit}");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(FilesWithKpis))]
    public void The_list_gives_18_measurable_and_6_qualitative_records(string file)
    {
        var report = Extract(file);
        Assert.Equal(18, report.Kpis.Count(t => !t.Qualitative));
        Assert.Equal(6, report.Kpis.Count(t => t.Qualitative));
        Assert.All(report.Kpis.Where(t => t.Qualitative), t => Assert.Null(t.Value));
        Assert.All(report.Kpis, t => Assert.InRange(t.Source.Row, 1, 16));
    }

    [Fact]
    public void Tagged_and_untagged_plans_give_the_same_records_and_header_data()
    {
        var plain = Extract("tri-yen-2024-compliant.docx");
        var tagged = Extract("tri-yen-2024-tagged.docx");
        Assert.Equal(plain.Kpis.Select(k => (k.Code, k.Value, k.Unit, k.Comparator)), tagged.Kpis.Select(k => (k.Code, k.Value, k.Unit, k.Comparator)));
        Assert.Equal(plain.Plan, tagged.Plan);
        Assert.Equal("16", plain.Plan.Number);
        Assert.Equal("KH-UBND", plain.Plan.Symbol);
        Assert.Equal("Trí Yên", plain.Plan.Place);
        Assert.Equal(new DateOnly(2024, 2, 1), plain.Plan.Date);
        Assert.Equal(2024, plain.Plan.Year);
        Assert.Equal("Nguyễn Văn Diễn", plain.Plan.SignerName);
        Assert.Equal("CHỦ TỊCH", plain.Plan.SignerTitle);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", plain.Plan.SignerAuthority);
        Assert.Equal("ỦY BAN NHÂN DÂN XÃ TRÍ YÊN", plain.Plan.Issuer);
    }
}
