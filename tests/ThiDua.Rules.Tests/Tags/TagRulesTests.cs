using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Rules.Tags;
using ThiDua.Rules.Tests.Support;

namespace ThiDua.Rules.Tests.Tags;

public sealed class TagRulesTests
{
    private const string Tagged = "tri-yen-2024-tagged.docx";

    [Fact]
    public void Tagged_plan_has_no_missing_or_broken_tag()
    {
        var plan = PlanFixture.Load(Tagged);
        Assert.Empty(PlanFixture.Run(new MissingTagsRule(), plan));
        Assert.Empty(PlanFixture.Run(new BrokenTagsRule(), plan));
    }

    [Fact]
    public void Untagged_plan_gets_one_info_listing_its_parts()
    {
        var f = Assert.Single(PlanFixture.Run(new MissingTagsRule(), PlanFixture.Load(PlanFixture.Compliant)));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal(MissingTagsRule.WrapTags, f.Fix!.Kind);
        Assert.Contains("Nơi nhận", f.Observed);
    }

    [Fact]
    public void Partly_tagged_plan_gets_one_finding_per_untagged_part()
    {
        var plan = PlanFixture.Load(Tagged, d => Tag(d, "thidua:recipients").Val = "ghi-chu");
        var f = Assert.Single(PlanFixture.Run(new MissingTagsRule(), plan));
        Assert.Contains("Nơi nhận", f.Message);
        Assert.Equal(f.Paragraph, f.Fix!.Paragraph);
    }

    [Fact]
    public void Custom_xml_number_differing_from_the_text_is_reported()
    {
        var plan = PlanFixture.Load(Tagged, d =>
        {
            var part = d.MainDocumentPart!.CustomXmlParts.First();
            XDocument xml;
            using (var s = part.GetStream()) xml = XDocument.Load(s);
            xml.Root!.Element(BrokenTagsRule.PlanNamespace + "number")!.Value = "17";
            using var w = part.GetStream(FileMode.Create);
            xml.Save(w);
        });
        var f = Assert.Single(PlanFixture.Run(new BrokenTagsRule(), plan));
        Assert.Contains("“17”", f.Message);
        Assert.Contains("“16”", f.Message);
    }

    [Fact]
    public void Content_locked_section_is_reported()
    {
        var plan = PlanFixture.Load(Tagged, d =>
            Tag(d, "thidua:section:noi-dung").Parent!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()!.Val = LockingValues.ContentLocked);
        var f = Assert.Single(PlanFixture.Run(new BrokenTagsRule(), plan));
        Assert.Equal("thidua:section:noi-dung", f.Tag);
    }

    [Fact]
    public void Second_control_with_a_unique_tag_is_reported()
    {
        var plan = PlanFixture.Load(Tagged, d => Tag(d, "thidua:recipients").Val = "thidua:signature");
        Assert.Contains(PlanFixture.Run(new BrokenTagsRule(), plan), f => f.Message.Contains("thidua:signature"));
    }

    private static Tag Tag(DocumentFormat.OpenXml.Packaging.WordprocessingDocument d, string tag) =>
        d.MainDocumentPart!.Document!.Body!.Descendants<Tag>().First(t => t.Val == tag);
}
