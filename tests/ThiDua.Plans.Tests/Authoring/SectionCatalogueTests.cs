using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Catalogue;

namespace ThiDua.Plans.Tests.Authoring;

public class SectionCatalogueTests
{
    [Fact]
    public void Sections_have_unique_ids_and_stand_in_plan_order()
    {
        var all = SectionCatalogue.All;

        Assert.Equal(all.Count, all.Select(s => s.Id).Distinct().Count());
        Assert.Equal(all.Select(s => s.Order).Order(), all.Select(s => s.Order));
        Assert.Equal(all.Count, all.Select(s => s.Order).Distinct().Count());
        Assert.Equal("phan-dau", all[0].Id);
        Assert.Equal("noi-nhan-chu-ky", all[^1].Id);
    }

    [Fact]
    public void The_three_parts_a_thi_dua_plan_must_have_are_numbered_sections()
    {
        var numbered = SectionCatalogue.All.Where(s => s.Numbered).Select(s => s.Id).ToList();

        Assert.Contains("muc-dich-yeu-cau", numbered);
        Assert.Contains("noi-dung", numbered);
        Assert.Contains("to-chuc-thuc-hien", numbered);
        Assert.True(numbered.IndexOf("muc-dich-yeu-cau") < numbered.IndexOf("noi-dung") && numbered.IndexOf("noi-dung") < numbered.IndexOf("to-chuc-thuc-hien"));
        Assert.All(SectionCatalogue.All.Where(s => s.Numbered), s => Assert.Equal($"thidua:section:{s.Id}", s.Tag));
    }

    [Fact]
    public void Every_section_has_Vietnamese_title_description_parameters_and_default_text()
    {
        Assert.All(SectionCatalogue.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.NotEmpty(s.Parameters);
            Assert.NotEmpty(s.DefaultText);
            Assert.True(s.Title.IsNormalized(System.Text.NormalizationForm.FormC));
            Assert.All(s.DefaultText, t => Assert.True(t.IsNormalized(System.Text.NormalizationForm.FormC)));
        });
        Assert.All(SectionCatalogue.All.Where(s => s.Numbered), s => Assert.Contains(s.Parameters, p => p.Name == "previousHeading"));
    }

    [Theory]
    [MemberData(nameof(SectionRendererTests.Ids), MemberType = typeof(SectionRendererTests))]
    public void Rendered_text_has_every_token_filled_with_the_plans_values(string id)
    {
        var plan = CorpusUnits.Get("dak-ha-2024").Plan;
        using var doc = PackageAssert.Open(SectionRenderer.Render(id, plan, "I").Docx);

        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.DoesNotContain("{", text);
        Assert.DoesNotContain("}", text);
        if (SectionCatalogue.Find(id)!.DefaultText.Any(t => t.Contains("{level}")))
            Assert.Contains("huyện", text);
        if (SectionCatalogue.Find(id)!.DefaultText.Any(t => t.Contains("{year}")))
            Assert.Contains("2024", text);
    }

    [Fact]
    public void Subject_runs_on_in_a_sentence_with_a_lower_case_first_letter()
    {
        var plan = CorpusUnits.Get("tri-yen-2024").Plan;
        using var doc = PackageAssert.Open(SectionRenderer.Render("can-cu", plan, null).Docx);

        var lines = doc.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Ủy ban nhân dân xã Trí Yên ban hành Kế hoạch phát động các phong trào thi đua năm 2024 như sau:", lines);
    }

    [Fact]
    public void Default_chi_tieu_are_qualitative_with_catalogue_codes()
    {
        Assert.NotEmpty(SectionCatalogue.DefaultTargets);
        Assert.All(SectionCatalogue.DefaultTargets, t =>
        {
            Assert.Null(t.Value);
            Assert.Matches(@"^[a-z-]+\.[a-z-]+$", t.Code);
            Assert.False(string.IsNullOrWhiteSpace(t.Sector));
        });
    }
}
