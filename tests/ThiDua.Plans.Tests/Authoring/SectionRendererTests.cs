using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Catalogue;

namespace ThiDua.Plans.Tests.Authoring;

public class SectionRendererTests
{
    private static readonly PlanParameters TriYen = CorpusUnits.Get("tri-yen-2024").Plan;

    public static TheoryData<string> Ids => [.. SectionCatalogue.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Flat_OPC_and_docx_of_every_section_pass_the_validator(string id)
    {
        var rendered = SectionRenderer.Render(id, TriYen, "II.");

        using (var flat = WordprocessingDocument.FromFlatOpcString(rendered.FlatOpc)) PackageAssert.Valid(flat);
        using var docx = PackageAssert.Open(rendered.Docx);
        PackageAssert.Valid(docx);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Flat_OPC_is_a_pkg_package_without_section_properties(string id)
    {
        var rendered = SectionRenderer.Render(id, TriYen, null);

        var xml = XDocument.Parse(rendered.FlatOpc);
        XNamespace pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
        Assert.Equal(pkg + "package", xml.Root!.Name);
        Assert.Contains(xml.Root.Elements(pkg + "part"), p => (string?)p.Attribute(pkg + "name") == "/word/document.xml");
        using var flat = WordprocessingDocument.FromFlatOpcString(rendered.FlatOpc);
        Assert.Empty(flat.MainDocumentPart!.Document.Body!.Elements<SectionProperties>());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_part_is_a_titled_tagged_control_locked_except_number_and_place_date(string id)
    {
        using var doc = PackageAssert.Open(SectionRenderer.Render(id, TriYen, null).Docx);

        var controls = doc.MainDocumentPart!.Document.Descendants<SdtProperties>()
            .Where(p => p.GetFirstChild<Tag>() is not null).ToList();
        Assert.NotEmpty(controls);
        Assert.All(controls, p =>
        {
            var tag = p.GetFirstChild<Tag>()!.Val!.Value!;
            Assert.StartsWith("thidua:", tag);
            Assert.False(string.IsNullOrWhiteSpace(p.GetFirstChild<SdtAlias>()?.Val?.Value));
            var locked = p.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()?.Val?.Value == LockingValues.SdtLocked;
            Assert.Equal(tag is not ("thidua:number" or "thidua:place-date"), locked);
        });
        var definition = SectionCatalogue.Find(id)!;
        foreach (var tag in definition.Tag.Split(' '))
            Assert.Contains(controls, p => p.GetFirstChild<Tag>()!.Val == tag);
    }

    [Theory]
    [InlineData("II.", "III. TỔ CHỨC THỰC HIỆN")]
    [InlineData("III. NỘI DUNG THI ĐUA", "IV. TỔ CHỨC THỰC HIỆN")]
    [InlineData("iv", "V. TỔ CHỨC THỰC HIỆN")]
    [InlineData(null, "I. TỔ CHỨC THỰC HIỆN")]
    [InlineData("", "I. TỔ CHỨC THỰC HIỆN")]
    public void Numbering_continues_from_the_heading_before_the_insertion_point(string? previous, string expected)
    {
        using var doc = PackageAssert.Open(SectionRenderer.Render("to-chuc-thuc-hien", TriYen, previous).Docx);

        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Equal(expected, body.Descendants<Paragraph>().First().InnerText);
        Assert.Equal(expected, body.Descendants<SdtAlias>().First().Val);
    }

    [Theory]
    [InlineData("MỤC ĐÍCH")]
    [InlineData("IIII.")]
    [InlineData("a)")]
    public void An_unreadable_previous_heading_is_refused_in_Vietnamese(string previous)
    {
        var e = Assert.Throws<AuthoringInputException>(() => SectionRenderer.Render("noi-dung", TriYen, previous));
        Assert.Contains("đề mục trước", e.Message);
    }

    [Fact]
    public void An_unknown_section_is_refused()
    {
        var e = Assert.Throws<AuthoringInputException>(() => SectionRenderer.Render("khong-co", TriYen, null));
        Assert.Contains("khong-co", e.Message);
    }

    [Fact]
    public void Header_controls_are_bound_to_the_custom_XML_part_by_its_item_id()
    {
        var rendered = SectionRenderer.Render("phan-dau", TriYen, null);
        using var doc = PackageAssert.Open(rendered.Docx);

        var main = doc.MainDocumentPart!;
        var part = Assert.Single(main.CustomXmlParts);
        Assert.Equal(rendered.StoreItemId, part.CustomXmlPropertiesPart!.DataStoreItem!.ItemId!.Value);
        Assert.Equal("urn:thidua:plan:1", part.CustomXmlPropertiesPart.DataStoreItem.SchemaReferences!.GetFirstChild<DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReference>()!.Uri!.Value);
        var bindings = main.Document.Descendants<DataBinding>().ToList();
        Assert.Equal(["/ns0:plan[1]/ns0:number[1]", "/ns0:plan[1]/ns0:place[1]", "/ns0:plan[1]/ns0:date[1]"], bindings.Select(b => b.XPath!.Value));
        Assert.All(bindings, b => Assert.Equal(rendered.StoreItemId, b.StoreItemId!.Value));
        var date = main.Document.Descendants<SdtContentDate>().Single();
        Assert.Equal(new DateTime(2024, 2, 1), date.FullDate!.Value.Date);
        Assert.Equal("2024-02-01", XDocument.Parse(rendered.PlanXml).Root!.Element(XName.Get("date", "urn:thidua:plan:1"))!.Value);
    }

    [Fact]
    public void A_given_item_id_is_kept_so_the_plans_existing_part_stays_bound()
    {
        var rendered = SectionRenderer.Render("phan-dau", TriYen, null, "{6F1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B}");

        Assert.Equal("{6F1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B}", rendered.StoreItemId);
        Assert.Contains("{6F1D2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B}", rendered.FlatOpc);
    }

    [Fact]
    public void Targets_table_has_a_row_control_per_coded_target_and_the_part_mirrors_them()
    {
        var plan = TriYen with
        {
            Targets =
            [
                new("kinh-te.thu-nhap-binh-quan", "Thu nhập bình quân đầu người", "kinh-te", ">=", 60_500_000m, "đồng"),
                new("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT toàn dân", "y-te", ">=", 99.6m, "%"),
                new("", "Tổng chi ngân sách", "kinh-te", "=", 10_129_300_000m, "đồng"),
            ],
        };
        var rendered = SectionRenderer.Render("chi-tieu", plan, "II.");
        using var doc = PackageAssert.Open(rendered.Docx);

        var body = doc.MainDocumentPart!.Document.Body!;
        var rows = body.Descendants<SdtRow>().ToList();
        Assert.Equal(["thidua:kpi:kinh-te.thu-nhap-binh-quan", "thidua:kpi:y-te.bao-phu-bhyt"], rows.Select(r => r.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value));
        var cells = body.Descendants<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().Last().InnerText).ToList();
        Assert.Equal(["Thu nhập bình quân đầu người đạt 60.500.000 đồng.", "Tỷ lệ bao phủ BHYT toàn dân đạt 99,6%.", "Tổng chi ngân sách: 10.129.300.000 đồng."], cells);
        XNamespace ns = "urn:thidua:plan:1";
        var kpis = XDocument.Parse(rendered.PlanXml).Root!.Element(ns + "kpis")!.Elements(ns + "kpi").ToList();
        Assert.Equal(["60500000", "99.6", "10129300000"], kpis.Select(k => k.Element(ns + "value")!.Value));
        Assert.Equal(["1", "2", "3"], kpis.Select(k => k.Element(ns + "source")!.Attribute("row")!.Value));
    }

    [Theory]
    [InlineData("", null, 2)]
    [InlineData("16", null, 1)]
    [InlineData("16", "2024-02-01", 0)]
    public void Blank_bound_fields_show_their_blank_as_placeholder_from_the_glossary(string number, string? date, int blanks)
    {
        var plan = TriYen with { Number = number, Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        using var doc = PackageAssert.Open(SectionRenderer.Render("phan-dau", plan, null).Docx);

        var main = doc.MainDocumentPart!;
        var placeholders = main.Document.Descendants<SdtProperties>().Where(p => p.GetFirstChild<SdtPlaceholder>() is not null).ToList();
        Assert.Equal(blanks, placeholders.Count);
        var glossary = main.GlossaryDocumentPart?.GlossaryDocument?.DocParts?.Elements<DocPart>()
            .ToDictionary(d => d.DocPartProperties!.DocPartName!.Val!.Value!, d => d.DocPartBody!.InnerText) ?? [];
        Assert.All(placeholders, p =>
        {
            Assert.NotNull(p.GetFirstChild<ShowingPlaceholder>());
            var name = p.GetFirstChild<SdtPlaceholder>()!.GetFirstChild<DocPartReference>()!.Val!.Value!;
            Assert.Equal(((SdtRun)p.Parent!).SdtContentRun!.InnerText, glossary[name]);
        });
        Assert.All(placeholders, p => Assert.True(string.IsNullOrWhiteSpace(glossary[p.GetFirstChild<SdtPlaceholder>()!.GetFirstChild<DocPartReference>()!.Val!.Value!].Replace("ngày", "").Replace("tháng", "").Replace("năm 2024", ""))));
    }
}
