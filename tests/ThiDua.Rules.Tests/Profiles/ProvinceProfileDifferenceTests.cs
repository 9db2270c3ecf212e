using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Profiles;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.Profiles;

/// <summary>
/// The same plan checked under the base and under the sample province profile (body 14 pt only, line spacing exactly
/// 1,2 lines) differs exactly as the profile states: only in the findings of the rules it narrows, each naming the profile.
/// </summary>
public sealed class ProvinceProfileDifferenceTests
{
    private static readonly EffectiveProfile Province = EffectiveProfile.Of([SampleProfiles.Find("tinh-mau")!]);
    private static readonly string[] Narrowed = ["BODY-FONT", "BODY-SPACING"];

    private static string Key(Finding f) => $"{f.Rule}|{f.Paragraph}|{f.Severity}|{f.Message}|{f.Expected}|{f.Observed}";

    [Theory]
    [MemberData(nameof(Expectations.Files), MemberType = typeof(Expectations))]
    public void Only_the_narrowed_rules_differ_and_their_findings_name_the_profile(string file)
    {
        var plan = PlanFixture.Load(file);
        var under = PlanChecker.Check(plan, Province);
        var base_ = PlanChecker.Check(plan);
        Assert.Equal(base_.Where(f => !Narrowed.Contains(f.Rule)).Select(Key), under.Where(f => !Narrowed.Contains(f.Rule)).Select(Key));
        Assert.All(under.Where(f => !Narrowed.Contains(f.Rule)), f => Assert.Equal(EffectiveProfile.BaseTitle, f.Profile));
        Assert.All(under.Where(f => Narrowed.Contains(f.Rule)), f => Assert.Equal(Province.Title, f.Profile));
    }

    [Fact]
    public void A_body_at_13_pt_passes_the_decree_and_fails_the_province_guide()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, doc =>
        {
            foreach (var run in doc.MainDocumentPart!.Document!.Body!.Descendants<Run>())
                if (run.RunProperties?.FontSize is { Val.Value: "28" } size) size.Val = "26";
            foreach (var style in doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<FontSize>())
                if (style.Val?.Value == "28") style.Val = "26";
        });
        Assert.DoesNotContain(PlanChecker.Check(plan), f => f.Rule == "BODY-FONT");
        var findings = PlanChecker.Check(plan, Province).Where(f => f.Rule == "BODY-FONT").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Contains("14 pt", f.Expected);
            Assert.Equal(14, f.Fix!.Run!.SizePt);
            Assert.Equal("Hướng dẫn thể thức văn bản của tỉnh (mẫu)", f.Profile);
        });
    }

    [Fact]
    public void Single_line_spacing_passes_the_decree_and_fails_the_province_guide_with_a_fix_to_1_2_lines()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, doc =>
        {
            foreach (var p in doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
            {
                var properties = p.ParagraphProperties ??= new ParagraphProperties();
                var spacing = properties.SpacingBetweenLines ??= new SpacingBetweenLines();
                spacing.Line = "240";
                spacing.LineRule = LineSpacingRuleValues.Auto;
            }
        });
        Assert.DoesNotContain(PlanChecker.Check(plan), f => f.Rule == "BODY-SPACING");
        var findings = PlanChecker.Check(plan, Province).Where(f => f.Rule == "BODY-SPACING").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Contains("1,2 dòng", f.Expected);
            Assert.DoesNotContain("chính xác", f.Expected);
            Assert.Equal(1.2, f.Fix!.ParagraphFormat!.LineSpacingLines);
        });
    }
}
