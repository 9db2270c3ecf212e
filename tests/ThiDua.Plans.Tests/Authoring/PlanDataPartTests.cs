using DocumentFormat.OpenXml.Packaging;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Ooxml;

namespace ThiDua.Plans.Tests.Authoring;

public class PlanDataPartTests
{
    private static PlanData Data() => PlanData.From(
        PlanParametersValidator.Normalize(CorpusUnits.Get("duong-quang-2025").Plan with { Number = "7", Date = new DateOnly(2025, 1, 9) }),
        [new("y-te.bao-phu-bhyt", "Tỷ lệ bao phủ BHYT toàn dân", "y-te", ">=", 99.6m, "%"), new("", "An ninh trật tự được giữ vững", "", "maintain", null, "")]);

    [Fact]
    public void Xml_reads_back_to_the_same_plan_data()
    {
        var data = Data();

        var parsed = PlanDataPart.Parse(PlanDataPart.ToXml(data.Metadata, data.Targets));

        Assert.NotNull(parsed);
        Assert.Equal(data.Metadata, parsed!.Value.Plan);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", parsed.Value.Plan.SignerAuthority);
        Assert.Equal("07", parsed.Value.Plan.Number);
        Assert.Equal(data.Targets.Select(t => (t.Code, t.Label, t.Sector, t.Comparator, t.Value, t.Unit, t.Qualitative, t.Source.Sentence, t.Source.Row)),
            parsed.Value.Kpis.Select(t => (t.Code, t.Label, t.Sector, t.Comparator, t.Value, t.Unit, t.Qualitative, t.Source.Sentence, t.Source.Row)));
    }

    [Fact]
    public void Xml_of_another_namespace_is_not_plan_data()
    {
        Assert.Null(PlanDataPart.Parse(System.Xml.Linq.XDocument.Parse("<plan xmlns=\"urn:other\"/>")));
    }

    [Fact]
    public void Writing_again_replaces_the_part_and_keeps_its_item_id()
    {
        using var stream = new MemoryStream();
        using var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        var data = Data();

        var first = PlanDataPart.Write(main, PlanDataPart.ToXml(data.Metadata, data.Targets));
        var second = PlanDataPart.Write(main, PlanDataPart.ToXml(data.Metadata with { Number = "08" }, []), "{00000000-0000-0000-0000-000000000001}");

        Assert.Equal(first, second);
        var part = Assert.Single(main.CustomXmlParts);
        Assert.Matches(@"^\{[0-9A-F-]{36}\}$", first);
        using var read = part.GetStream();
        Assert.Equal("08", PlanDataPart.Parse(System.Xml.Linq.XDocument.Load(read))!.Value.Plan.Number);
    }
}
