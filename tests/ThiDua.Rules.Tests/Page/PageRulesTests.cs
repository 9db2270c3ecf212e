using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Page;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Header.DocEdits;

namespace ThiDua.Rules.Tests.Page;

public class PageRulesTests
{
    [Fact]
    public void A4_portrait_passes()
    {
        Assert.Empty(PlanFixture.Run(new PageSizeRule(), PlanFixture.Load(PlanFixture.Compliant)));
    }

    [Fact]
    public void Letter_paper_is_reported_with_an_A4_fix()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Section(s => s.GetFirstChild<PageSize>()!.Width = 12240));
        var f = Assert.Single(PlanFixture.Run(new PageSizeRule(), plan));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(210, f.Fix!.Page!.WidthMm);
        Assert.Equal(297, f.Fix.Page.HeightMm);
    }

    [Fact]
    public void Landscape_A4_section_holding_a_table_passes()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Section(s =>
        {
            var size = s.GetFirstChild<PageSize>()!;
            (size.Width, size.Height) = (16838, 11906);
            size.Orient = PageOrientationValues.Landscape;
        }));
        // The compliant plan's only section holds the header table: a landscape page around a table is allowed.
        Assert.Empty(PlanFixture.Run(new PageSizeRule(), plan));
    }

    [Fact]
    public void Margins_of_the_decree_pass()
    {
        Assert.Empty(PlanFixture.Run(new PageMarginRule(), PlanFixture.Load(PlanFixture.Compliant)));
    }

    [Fact]
    public void Left_margin_of_20_mm_is_reported_and_fixed_to_30_mm()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Section(s => s.GetFirstChild<PageMargin>()!.Left = 1134));
        var f = Assert.Single(PlanFixture.Run(new PageMarginRule(), plan));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("lề trái", f.Message);
        Assert.Equal(30, f.Fix!.Page!.LeftMm);
        Assert.Equal(20, f.Fix.Page.TopMm);
    }

    [Fact]
    public void Page_number_from_page_two_in_the_header_passes()
    {
        Assert.Empty(PlanFixture.Run(new PageNumberRule(), PlanFixture.Load(PlanFixture.Compliant)));
    }

    [Fact]
    public void Page_number_on_the_first_page_is_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, Section(s => s.RemoveAllChildren<TitlePage>()));
        var f = Assert.Single(PlanFixture.Run(new PageNumberRule(), plan));
        Assert.Contains("trang đầu", f.Message);
    }

    [Fact]
    public void Missing_page_numbers_are_reported()
    {
        var plan = PlanFixture.Load(PlanFixture.Compliant, doc =>
        {
            foreach (var h in doc.MainDocumentPart!.HeaderParts)
            {
                h.Header.RemoveAllChildren<SimpleField>();
                foreach (var p in h.Header.Descendants<Paragraph>()) p.RemoveAllChildren<SimpleField>();
            }
        });
        var f = Assert.Single(PlanFixture.Run(new PageNumberRule(), plan));
        Assert.Contains("không đánh số trang", f.Message);
    }
}
