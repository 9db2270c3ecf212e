using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Model;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Header;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Recognition;

/// <summary>
/// Header elements are found by position and wording, then judged: a cơ quan typed in lower case is the cơ quan, reported
/// as not in capitals; a drawn line in a tab-stop header belongs to the column it is drawn in; <c>Số: 16/KH - UBND</c>
/// is one finding and its ký hiệu reads <c>KH-UBND</c>.
/// </summary>
public sealed class HeaderByMeaningTests
{
    private const string TabStops = "duong-quang-2025.docx";

    [Fact]
    public void An_agency_typed_in_lower_case_is_reported_as_not_in_capitals_with_a_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, d =>
        {
            Retype("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân")(d);
            Retype("XÃ TRÍ YÊN", "xã Trí Yên")(d);
        });
        Assert.Equal("Ủy ban nhân dân xã Trí Yên", plan.Header.IssuingAuthorityText);
        var findings = PlanFixture.Run(new IssuingAuthorityRule(), plan);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Contains("không in hoa", f.Message);
            Assert.True(f.Fix!.Run!.AllCaps);
        });
        Assert.Empty(PlanFixture.Run(new PlaceNameRule(), plan));
    }

    [Fact]
    public void An_agency_in_capitals_passes() =>
        Assert.Empty(PlanFixture.Run(new IssuingAuthorityRule(), PlanFixture.Load(PlanFixture.Compliant)));

    [Fact]
    public void A_spaced_symbol_is_one_finding_and_is_read_as_written_without_spaces()
    {
        var plan = PlanFixture.Load("tri-yen-2024-tagged.docx", Retype("Số: 16/KH-UBND", "Số: 16/KH - UBND"));
        Assert.Equal("KH-UBND", PlanMetadataReader.Read(plan).Symbol);
        var f = Assert.Single(PlanChecker.Check(plan));
        Assert.Equal("HDR-NUMBER", f.Rule);
        Assert.Contains("khoảng trắng", f.Message);
        Assert.Equal("KH-UBND", Assert.Single(f.Fix!.Replace!).ReplaceWith);
    }

    [Fact]
    public void The_tagged_plan_with_its_symbol_as_decreed_has_no_finding() =>
        Assert.Empty(PlanChecker.Check(PlanFixture.Load("tri-yen-2024-tagged.docx")));

    [Fact]
    public void Tab_stop_header_with_a_drawn_agency_line_and_an_underlined_motto_is_read_line_by_line()
    {
        var plan = PlanFixture.Load(TabStops, d =>
        {
            RemoveLine(d, right: true);
            Underline(d, "Độc lập - Tự do - Hạnh phúc");
        });
        Assert.Equal(LineKind.Drawing, plan.Header.AgencyLine!.Kind);
        Assert.Equal(LineKind.Underline, plan.Header.MottoLine!.Kind);
        Assert.Empty(PlanFixture.Run(new MottoRule(), plan));
        Assert.Empty(PlanFixture.Run(new IssuingAuthorityRule(), plan));
    }

    [Fact]
    public void Tab_stop_header_with_only_the_motto_line_drawn_reports_the_agency_line_as_missing()
    {
        var plan = PlanFixture.Load(TabStops, d => RemoveLine(d, right: false));
        Assert.Null(plan.Header.AgencyLine);
        Assert.Equal(LineKind.Drawing, plan.Header.MottoLine!.Kind);
        Assert.Empty(PlanFixture.Run(new MottoRule(), plan));
        var f = Assert.Single(PlanFixture.Run(new IssuingAuthorityRule(), plan));
        Assert.Contains("không có đường kẻ", f.Message);
    }

    [Fact]
    public void Tab_stop_header_with_an_underlined_agency_and_a_drawn_motto_line_judges_each_its_own_line()
    {
        var plan = PlanFixture.Load(TabStops, d =>
        {
            RemoveLine(d, right: false);
            Underline(d, "XÃ DƯƠNG QUANG");
        });
        Assert.Equal(LineKind.Underline, plan.Header.AgencyLine!.Kind);
        Assert.Equal(LineKind.Drawing, plan.Header.MottoLine!.Kind);
        Assert.Empty(PlanFixture.Run(new MottoRule(), plan));
        // The agency's own line, an underline as long as its text, is too long for 1/3–1/2: reported for what it is.
        var f = Assert.Single(PlanFixture.Run(new IssuingAuthorityRule(), plan));
        Assert.Contains("gạch chân", f.Observed);
    }

    [Fact]
    public void Tab_stop_header_as_drawn_in_the_corpus_passes()
    {
        var plan = PlanFixture.Load(TabStops);
        Assert.Empty(PlanFixture.Run(new MottoRule(), plan));
        Assert.Empty(PlanFixture.Run(new IssuingAuthorityRule(), plan));
    }

    /// <summary>Underlines the run that shows <paramref name="text"/>.</summary>
    private static void Underline(WordprocessingDocument doc, string text)
    {
        var run = doc.MainDocumentPart!.Document!.Body!.Descendants<Run>().First(r => r.GetFirstChild<Text>()?.Text == text);
        (run.RunProperties ??= new RunProperties()).Underline = new Underline { Val = UnderlineValues.Single };
    }

    /// <summary>Removes the drawn line of the right (Tiêu ngữ) or the left (cơ quan) column from the tab-stop header line that carries both.</summary>
    private static void RemoveLine(WordprocessingDocument doc, bool right)
    {
        var lines = doc.MainDocumentPart!.Document!.Body!.Descendants<Drawing>()
            .Where(d => d.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.PositionOffset>().Any())
            .Take(2)
            .OrderBy(d => long.Parse(d.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.PositionOffset>().First().Text, CultureInfo.InvariantCulture))
            .ToList();
        lines[right ? 1 : 0].Ancestors<Run>().First().Remove();
    }
}
