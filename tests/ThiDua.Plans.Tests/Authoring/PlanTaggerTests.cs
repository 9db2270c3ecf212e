using ThiDua.Docx.Model;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Tagging;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Tests.Authoring;

public class PlanTaggerTests
{
    public static TheoryData<string> Untagged =>
        ["tien-dong-2024.docx", "tri-yen-2024.docx", "tri-yen-2024-compliant.docx", "hai-anh-2023.docx", "dak-ha-2024.docx", "duong-quang-2025.docx"];

    private static byte[] Corpus(string file) => File.ReadAllBytes(ThiDua.Tests.Shared.Corpus.File(file));

    private static (DocxDocument Doc, PlanDocument Plan) Read(byte[] bytes)
    {
        using var package = PackageAssert.Open(bytes);
        var doc = DocxReader.Read(package);
        return (doc, PlanRecognizer.Recognize(doc));
    }

    private static readonly Dictionary<string, (byte[] Docx, TaggingResult Result)> Tagged = [];

    private static (byte[] Docx, TaggingResult Result) Tag(string file)
    {
        lock (Tagged)
        {
            if (!Tagged.TryGetValue(file, out var tagged)) Tagged[file] = tagged = PlanTagger.Tag(Corpus(file));
            return tagged;
        }
    }

    [Theory]
    [MemberData(nameof(Untagged))]
    public void Tagged_plan_passes_the_Open_XML_validator(string file)
    {
        using var doc = PackageAssert.Open(Tag(file).Docx);
        PackageAssert.Valid(doc);
    }

    [Theory]
    [MemberData(nameof(Untagged))]
    public void Tagging_keeps_every_paragraphs_text_and_effective_formatting(string file)
    {
        var before = Read(Corpus(file)).Doc;
        var after = Read(Tag(file).Docx).Doc;

        Assert.Equal(before.Paragraphs.Count, after.Paragraphs.Count);
        for (var i = 0; i < before.Paragraphs.Count; i++)
        {
            var (b, a) = (before.Paragraphs[i], after.Paragraphs[i]);
            Assert.Equal(b.Text, a.Text);
            Assert.Equal(b.Format with { Tabs = [] }, a.Format with { Tabs = [] });
            Assert.Equal(b.Format.Tabs, a.Format.Tabs);
            Assert.Equal(b.StyleName, a.StyleName);
            Assert.Equal(b.Numbering?.Label, a.Numbering?.Label);
            Assert.Equal(b.MarkFormat, a.MarkFormat);
            Assert.Equal(b.Cell, a.Cell);
            Assert.Equal(PerCharacter(b), PerCharacter(a));
            Assert.Equal(b.Drawings.Count, a.Drawings.Count);
        }
        Assert.Equal(before.Tables.Count, after.Tables.Count);
        Assert.Equal(before.Sections, after.Sections, (x, y) => (x.PageWidth, x.PageHeight, x.MarginTop, x.MarginLeft, x.TitlePage) == (y.PageWidth, y.PageHeight, y.MarginTop, y.MarginLeft, y.TitlePage));
    }

    /// <summary>Each character's format: run boundaries may move when a control starts inside a run, formats may not.</summary>
    private static IEnumerable<ThiDua.Docx.Formatting.RunFormat> PerCharacter(DocParagraph p) =>
        p.Runs.SelectMany(r => Enumerable.Repeat(r.Format, r.Text.Length));

    [Theory]
    [MemberData(nameof(Untagged))]
    public void Header_fields_and_KPI_records_read_the_same_after_tagging(string file)
    {
        var before = Read(Corpus(file)).Plan;
        var after = Read(Tag(file).Docx).Plan;

        Assert.Equal(PlanMetadataReader.Read(before), PlanMetadataReader.Read(after));
        Assert.Equal(PlanTargetReader.Read(before).Targets, PlanTargetReader.Read(after).Targets);
    }

    [Theory]
    [MemberData(nameof(Untagged))]
    public void Every_recognised_part_gets_its_control(string file)
    {
        var before = Read(Corpus(file)).Plan;
        var (docx, result) = Tag(file);
        var after = Read(docx).Plan;

        var h = before.Header;
        // A header laid out with tab stops has the cơ quan lines in the same paragraphs as Quốc hiệu and Tiêu ngữ: no
        // single inline control can hold them, so that part alone stays untagged (and says so).
        var splitAgency = h.Layout == HeaderLayout.TabStops;
        Assert.Equal(splitAgency ? ["Không gắn được thẻ thidua:agency cho phần “Cơ quan ban hành” mà không thay đổi văn bản."] : [], result.Skipped);
        var expected = new List<string>();
        if (h.NationalTitle is not null) expected.Add("thidua:header");
        if (h.IssuingAuthority.Count > 0 && !splitAgency) expected.Add("thidua:agency");
        if (h.DocumentNumber is not null) expected.Add("thidua:number");
        if (h.PlaceAndDate is not null) expected.Add("thidua:place-date");
        if (h.DocumentType is not null) expected.Add("thidua:title");
        if (before.Recipients is not null) expected.Add("thidua:recipients");
        if (before.Signature is not null) expected.Add("thidua:signature");
        Assert.All(expected, tag => Assert.Single(after.Tags[tag]));
        var parts = before.Headings.Count(x => x.Level == HeadingLevel.Section);
        Assert.Equal(parts, after.Tags.Keys.Count(t => t.StartsWith("thidua:section:", StringComparison.Ordinal)));
        Assert.All(after.Headings.Where(x => x.Level == HeadingLevel.Section), x => Assert.StartsWith("thidua:section:", after.TagOf(x.Paragraph)));
    }

    [Fact]
    public void Tri_Yen_chi_tieu_list_is_tagged_line_by_line_as_in_the_reference_file()
    {
        var after = Read(Tag("tri-yen-2024-compliant.docx").Docx).Plan;
        var reference = Read(Corpus("tri-yen-2024-tagged.docx")).Plan;

        Assert.Single(after.Tags["thidua:kpi-table"]);
        var ours = after.Tags.Keys.Where(t => t.StartsWith("thidua:kpi:", StringComparison.Ordinal)).Order();
        var theirs = reference.Tags.Keys.Where(t => t.StartsWith("thidua:kpi:", StringComparison.Ordinal)).Order();
        Assert.Equal(theirs, ours);
        Assert.Equal(reference.Tags.Keys.Where(t => t.StartsWith("thidua:section:", StringComparison.Ordinal)).Order(),
            after.Tags.Keys.Where(t => t.StartsWith("thidua:section:", StringComparison.Ordinal)).Order());
        Assert.Equal(
            reference.Tags["thidua:kpi-table"][0].Text,
            after.Tags["thidua:kpi-table"][0].Text);
    }

    [Theory]
    [MemberData(nameof(Untagged))]
    public void Custom_XML_part_mirrors_the_text_and_number_place_date_are_bound_to_it(string file)
    {
        var (docx, result) = Tag(file);
        var (doc, plan) = Read(docx);

        var (xml, stored) = (doc.CustomXmlParts.Single(p => p.ItemId == result.StoreItemId).Xml, PlanDataPart.Parse(doc.CustomXmlParts.Single().Xml));
        Assert.NotNull(stored);
        Assert.Equal(PlanMetadataReader.Read(plan), stored!.Value.Plan);
        Assert.Equal(PlanTargetReader.Read(plan).Targets.Select(t => (t.Code, t.Label, t.Comparator, t.Value, t.Unit, t.Qualitative)),
            stored.Value.Kpis.Select(t => (t.Code, t.Label, t.Comparator, t.Value, t.Unit, t.Qualitative)));
        Assert.Equal("plan", xml.Root!.Name.LocalName);
        var bound = doc.ContentControls.Where(c => c.DataBindingXPath is not null).ToList();
        Assert.All(bound, c => Assert.Equal(result.StoreItemId, c.DataBindingStoreItemId));
        void BoundInside(string xpath, string tag, string type)
        {
            var control = Assert.Single(bound, c => c.DataBindingXPath == xpath);
            Assert.Equal(type, control.Type);
            Assert.Contains(control.Text, Assert.Single(plan.Tags[tag]).Text);
        }
        if (plan.Header.DocumentNumber is not null) BoundInside(PlanDataPart.XPath("number"), "thidua:number", "text");
        if (plan.Header.PlaceAndDate is not null)
        {
            BoundInside(PlanDataPart.XPath("place"), "thidua:place-date", "text");
            BoundInside(PlanDataPart.XPath("date"), "thidua:place-date", "date");
        }
    }

    [Fact]
    public void Tagging_an_already_tagged_plan_adds_nothing()
    {
        var (docx, result) = PlanTagger.Tag(Corpus("tri-yen-2024-tagged.docx"));

        Assert.Empty(result.Added);
        Assert.Equal("{6F1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B}", result.StoreItemId);
        using var doc = PackageAssert.Open(docx);
        PackageAssert.Valid(doc);
    }

    [Fact]
    public void Tagging_twice_adds_nothing_the_second_time()
    {
        var (_, second) = PlanTagger.Tag(Tag("tien-dong-2024.docx").Docx);

        Assert.Empty(second.Added);
        Assert.Empty(second.Skipped);
    }

    [Fact]
    public void Bytes_that_are_not_a_docx_are_refused_as_input()
    {
        Assert.Throws<ThiDua.Docx.Package.DocxInputException>(() => PlanTagger.Tag("not a word file"u8.ToArray()));
    }
}
