using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Package;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Docx.Tests.Package;

public class DocxLoaderTests
{
    [Fact]
    public void Opens_a_valid_docx_read_only_with_its_text()
    {
        using var document = DocxLoader.Open(SamplePackages.ValidDocx());
        Assert.False(document.CanSave);
        Assert.Equal("KẾ HOẠCH", document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().InnerText);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Opens_every_corpus_plan_from_a_stream(string name)
    {
        using var file = File.OpenRead(Corpus.File(name));
        using var document = DocxLoader.Open(file);
        Assert.NotEmpty(document.MainDocumentPart!.Document!.Body!.Descendants<Text>());
    }

    [Fact]
    public void Runs_the_guard_first() =>
        Assert.Equal(DocxInputError.MacroEnabled, Assert.Throws<DocxInputException>(() => DocxLoader.Open(SamplePackages.Docm())).Error);

    [Fact]
    public void Malformed_document_xml_is_corrupt_not_an_xml_exception()
    {
        var error = Assert.Throws<DocxInputException>(() => DocxLoader.Open(SamplePackages.MalformedDocumentXml()));
        Assert.Equal(DocxInputError.Corrupt, error.Error);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void A_relationship_to_a_part_the_package_lacks_is_corrupt_not_an_invalid_operation()
    {
        // Found by the reader's fuzzing (ReaderFuzzTests): a damaged byte left a relationship to a part that was not there, and
        // the SDK threw InvalidOperationException when the reader first reached the style part — a 500 for the officer.
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("KẾ HOẠCH")))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles();
        }
        var docx = SamplePackages.Without(stream.ToArray(), "word/styles.xml");

        var error = Assert.Throws<DocxInputException>(() => DocxLoader.Read(docx, d => ThiDua.Docx.Reading.DocxReader.Read(d)));

        Assert.Equal(DocxInputError.Corrupt, error.Error);
    }

    [Fact]
    public void A_malformed_hyperlink_address_in_a_header_is_read_as_the_sdk_reads_it_from_a_stream()
    {
        var docx = SamplePackages.MalformedHyperlinkInHeader();

        var read = DocxLoader.Read(docx, d => (Body: d.MainDocumentPart!.Document!.Body!.InnerText,
            Header: d.MainDocumentPart.HeaderParts.Single().Header!.InnerText, Links: d.MainDocumentPart.HeaderParts.Single().HyperlinkRelationships.Count()));

        Assert.Equal(("KẾ HOẠCH", "ỦY BAN NHÂN DÂN XÃ TRÍ YÊN", 1), read);
        Assert.Throws<OpenXmlPackageException>(() =>
        {
            using var zip = System.IO.Packaging.Package.Open(new MemoryStream(docx, writable: false), FileMode.Open, FileAccess.Read);
            using var document = WordprocessingDocument.Open(zip);
            foreach (var _ in document.GetAllParts()) { }
        });
    }

    [Fact]
    public void Stream_longer_than_the_limit_is_too_large_before_it_is_all_read()
    {
        var stream = new CountingStream(new MemoryStream(new byte[10 * 1024 * 1024]));
        var error = Assert.Throws<DocxInputException>(() => DocxLoader.ReadAll(stream, new PackageLimits { MaxBytes = 1024 * 1024 }));
        Assert.Equal(DocxInputError.TooLarge, error.Error);
        Assert.True(stream.BytesRead < 2 * 1024 * 1024, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void Read_all_returns_exactly_the_stream_content()
    {
        var docx = SamplePackages.ValidDocx();
        Assert.Equal(docx, DocxLoader.ReadAll(new CountingStream(new MemoryStream(docx))));
        Assert.Equal(docx, DocxLoader.ReadAll(new MemoryStream(docx)));
    }

    [Fact]
    public void Editable_copy_saves_changes_into_a_new_valid_package()
    {
        var original = SamplePackages.ValidDocx();
        byte[] saved;
        using (var editable = DocxLoader.OpenEditable(original))
        {
            editable.Document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().Elements<Run>().First().GetFirstChild<Text>()!.Text = "KẾ HOẠCH ĐÃ SỬA";
            saved = editable.ToArray();
        }
        using var reopened = DocxLoader.Open(saved);
        Assert.Equal("KẾ HOẠCH ĐÃ SỬA", reopened.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().InnerText);
        using var unchanged = DocxLoader.Open(original);
        Assert.Equal("KẾ HOẠCH", unchanged.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().InnerText);
    }

    [Fact]
    public void Xml_failures_are_translated_and_bugs_are_not()
    {
        Assert.Equal(DocxInputError.Corrupt, DocxLoader.AsInputException(new System.Xml.XmlException("bad"))!.Error);
        Assert.Equal(DocxInputError.Corrupt, DocxLoader.AsInputException(new InvalidOperationException("wrap", new InvalidDataException()))!.Error);
#pragma warning disable CA2201 // the runtime's own exception, as a bug in the reader would raise it, is only passed, not thrown
        Assert.Null(DocxLoader.AsInputException(new NullReferenceException()));
#pragma warning restore CA2201
        var input = InputFailures.Encrypted();
        Assert.Same(input, DocxLoader.AsInputException(input));
    }

    /// <summary>A non-seekable stream that counts what was read from it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
