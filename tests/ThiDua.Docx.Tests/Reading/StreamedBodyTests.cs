using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Model;
using ThiDua.Docx.Package;
using ThiDua.Docx.Reading;
using ThiDua.Docx.Tests.Package.Samples;
using static ThiDua.Docx.Tests.Reading.DocBuilder;

namespace ThiDua.Docx.Tests.Reading;

/// <summary>
/// <see cref="DocxReader"/> reads the body block by block from the part's XML when its tree is not loaded (a check), and
/// reads the tree when it is (a document opened for editing): both must give the same model.
/// </summary>
public sealed class StreamedBodyTests
{
    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void A_streamed_body_reads_as_the_loaded_tree_does(string file)
    {
        var bytes = File.ReadAllBytes(Corpus.File(file));
        var streamed = DocxLoader.Read(bytes, document => DocxReader.Read(document));
        using var loaded = DocxLoader.Open(bytes);
        Assert.True(loaded.MainDocumentPart!.IsRootElementLoaded);

        Assert.Equal(Dump(DocxReader.Read(loaded)), Dump(streamed));
        Assert.NotEmpty(streamed.Paragraphs);
    }

    [Fact]
    public void Sections_blocks_and_the_body_section_survive_streaming()
    {
        var landscape = new SectionProperties(new PageSize { Width = 16838, Height = 11906 });
        var builder = new DocBuilder().Add(
            P("một"),
            new Paragraph(new ParagraphProperties(landscape), new Run(new Text("hết phần ngang"))),
            new SdtBlock(new SdtProperties(new Tag { Val = "thidua:section:x" }), new SdtContentBlock(P("trong thẻ"))),
            new Table(new TableRow(new TableCell(P("ô")))),
            P("cuối"),
            new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new TitlePage()));
        var doc = builder.Read();

        Assert.Equal(["một", "hết phần ngang", "trong thẻ", "ô", "cuối"], doc.Paragraphs.Select(p => p.Text));
        Assert.Equal([(0, 1, true, false), (2, 4, false, true)], doc.Sections.Select(s => (s.FirstParagraph, s.LastParagraph, s.Landscape, s.TitlePage)));
        Assert.Equal([0, 0, 1, 1, 1], doc.Paragraphs.Select(p => p.Section));
        Assert.Equal("thidua:section:x", Assert.Single(doc.ContentControls).Tag);
        Assert.Single(doc.Tables);
    }

    [Fact]
    public void Malformed_body_xml_is_a_corrupt_package_not_a_crash()
    {
        var error = Assert.Throws<DocxInputException>(() => DocxLoader.Read(SamplePackages.MalformedDocumentXml(), document => DocxReader.Read(document)));
        Assert.Equal(DocxInputError.Corrupt, error.Error);
    }

    /// <summary>The model as JSON, custom XML parts as their text.</summary>
    private static string Dump(DocxDocument doc) => JsonSerializer.Serialize(new
    {
        doc.Paragraphs, doc.Tables, doc.ContentControls, doc.Sections, doc.TextBoxParagraphs,
        CustomXml = doc.CustomXmlParts.Select(p => (p.ItemId, p.Xml.ToString())).ToList(),
    }, new JsonSerializerOptions { IncludeFields = true });
}
