using System.Xml.Linq;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Tagging;

namespace ThiDua.Plans.Tests.Authoring;

public class InPlaceTaggerTests
{
    private static byte[] Corpus(string file) => File.ReadAllBytes(ThiDua.Tests.Shared.Corpus.File(file));

    private static IReadOnlyList<string> ParagraphTexts(byte[] docx)
    {
        using var package = PackageAssert.Open(docx);
        return DocxReader.Read(package).Paragraphs.Select(p => p.Text).ToList();
    }

    [Theory]
    [MemberData(nameof(PlanTaggerTests.Untagged), MemberType = typeof(PlanTaggerTests))]
    public void Every_control_the_tagger_adds_is_placed_on_the_untagged_text(string file)
    {
        var original = Corpus(file);
        var texts = ParagraphTexts(original);

        var tagging = InPlaceTagger.Plan(original);

        var (_, result) = PlanTagger.Tag(original);
        Assert.Equal(result.Added.Order(), tagging.Controls.Select(c => c.Tag).Order());
        Assert.Equal(result.Skipped, tagging.Skipped);
        foreach (var control in tagging.Controls)
        {
            Assert.InRange(control.FirstParagraph, 0, control.LastParagraph);
            Assert.InRange(control.LastParagraph, control.FirstParagraph, texts.Count - 1);
            Assert.False(string.IsNullOrWhiteSpace(control.Title));
            if (control.Kind == TaggedRangeKind.Inline)
            {
                Assert.Equal(control.FirstParagraph, control.LastParagraph);
                Assert.Equal(control.Text, texts[control.FirstParagraph].Substring(control.Start, control.Length));
            }
            else Assert.Equal(texts[control.FirstParagraph], control.Text);
        }
    }

    [Fact]
    public void Tri_Yen_gets_its_header_parts_sections_and_closing_with_the_plan_data()
    {
        var tagging = InPlaceTagger.Plan(Corpus("tri-yen-2024.docx"));

        var byTag = tagging.Controls.GroupBy(c => c.Tag).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(TaggedRangeKind.Block, byTag["thidua:header"].Single().Kind);
        Assert.Equal(TaggedRangeKind.Inline, byTag["thidua:number"].Single().Kind);
        Assert.StartsWith("Số", byTag["thidua:number"].Single().Text);
        Assert.Equal(TaggedRangeKind.Inline, byTag["thidua:place-date"].Single().Kind);
        Assert.Contains("Trí Yên, ngày 01 tháng 02 năm 2024", byTag["thidua:place-date"].Single().Text);
        Assert.Contains(tagging.Controls, c => c.Tag.StartsWith("thidua:section:", StringComparison.Ordinal));
        Assert.Contains("thidua:recipients", byTag.Keys);
        Assert.Contains("thidua:signature", byTag.Keys);
        // Outer controls come before the controls inside them.
        var header = byTag["thidua:header"].Single();
        var agency = byTag["thidua:agency"].Single();
        Assert.True(tagging.Controls.ToList().IndexOf(header) < tagging.Controls.ToList().IndexOf(agency));

        var plan = XDocument.Parse(tagging.PlanXml);
        XNamespace ns = PlanDataPart.Namespace;
        Assert.Equal("16", plan.Root!.Element(ns + "number")?.Value);
        Assert.Equal("Trí Yên", plan.Root.Element(ns + "place")?.Value);
    }

    [Fact]
    public void A_tagged_plan_needs_no_new_control()
    {
        var tagging = InPlaceTagger.Plan(Corpus("tri-yen-2024-tagged.docx"));

        Assert.Empty(tagging.Controls);
    }
}
