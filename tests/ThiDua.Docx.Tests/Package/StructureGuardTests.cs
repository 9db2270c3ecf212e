using System.Globalization;
using System.Text;
using ThiDua.Docx.Package;
using ThiDua.Docx.Tests.Package.Samples;

namespace ThiDua.Docx.Tests.Package;

/// <summary>
/// The guard's structure limits (issue 14): depth, paragraph length and size, elements in all — measured while the package
/// inflates, before the Open XML SDK (whose element loading is recursive) reads a byte of XML. None of these tests opens
/// a package with the SDK, so a guard that let one through fails a test instead of overflowing the stack.
/// </summary>
public sealed class StructureGuardTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static DocxInputException Rejects(byte[] bytes, PackageLimits? limits = null) =>
        Assert.Throws<DocxInputException>(() => PackageGuard.Validate(bytes, limits));

    [Theory]
    [InlineData(100)]
    [InlineData(5_000)]
    [InlineData(50_000)]
    [InlineData(100_000)]
    public void Tables_nested_deeper_than_a_plan_ever_is_are_refused_as_too_complex(int depth)
    {
        var error = Rejects(HostileDocx.NestedTables(depth));
        Assert.Equal(DocxInputError.TooComplex, error.Error);
        Assert.Contains("lồng nhau sâu hơn 100 cấp", error.Message);
    }

    [Fact]
    public void The_depth_limit_is_exact()
    {
        // document, body, then tbl/tr/tc per level, then p/r/t: the deepest element is at 3 × levels + 5.
        PackageGuard.Validate(HostileDocx.NestedTables(31)); // 98
        Assert.Equal(DocxInputError.TooComplex, Rejects(HostileDocx.NestedTables(32)).Error); // 101
        PackageGuard.Validate(HostileDocx.NestedTables(32), new PackageLimits { MaxElementDepth = 101 });
    }

    [Fact]
    public void Nested_content_controls_and_insertions_are_refused() => Assert.All(
        [HostileDocx.NestedContentControls(50_000), HostileDocx.NestedInsertions(50_000)],
        bytes => Assert.Equal(DocxInputError.TooComplex, Rejects(bytes).Error));

    [Fact]
    public void A_paragraph_of_five_million_characters_is_refused_in_one_run_or_one_run_per_word()
    {
        var oneRun = Rejects(HostileDocx.LongParagraph(5_000_000));
        Assert.Equal(DocxInputError.TooComplex, oneRun.Error);
        Assert.Contains("đoạn văn dài hơn 100.000 ký tự", oneRun.Message);
        Assert.Equal(DocxInputError.TooComplex, Rejects(HostileDocx.LongParagraph(5_000_000, runPerWord: true)).Error);
    }

    [Theory]
    [InlineData("<w:r><w:t>{0}</w:t></w:r>")]
    [InlineData("<w:r><w:t xml:space=\"preserve\">{0}</w:t></w:r>")]
    [InlineData("<w:r><w:t><![CDATA[{0}]]></w:t></w:r>")]
    [InlineData("<w:hyperlink><w:r><w:t>{0}</w:t></w:r></w:hyperlink>")]
    public void Paragraph_characters_are_counted_as_characters_not_bytes(string run)
    {
        var text = new string('ệ', 50); // three UTF-8 bytes each
        var docx = Body("<w:p>" + string.Format(CultureInfo.InvariantCulture, run, text) + "</w:p>");
        PackageGuard.Validate(docx, new PackageLimits { MaxParagraphCharacters = 50 });
        Assert.Equal(DocxInputError.TooComplex, Rejects(docx, new PackageLimits { MaxParagraphCharacters = 49 }).Error);
    }

    [Fact]
    public void Markup_that_is_not_elements_is_not_counted_as_depth_or_text()
    {
        var tricky = "<w:p><!-- <w:p><w:p><w:p> --><?pi <w:p>?><w:r w:rsidR=\"a>b\" w:x='c>\"d'><w:t>ab</w:t></w:r>"
            + "<w:r><w:t><![CDATA[x]]]></w:t></w:r><w:r/><w:r /></w:p>";
        var docx = Body(tricky);
        // Deepest: document, body, p, r, t = 5; text: "ab" + "x]" = 4.
        PackageGuard.Validate(docx, new PackageLimits { MaxElementDepth = 5, MaxParagraphCharacters = 4 });
        Assert.Equal(DocxInputError.TooComplex, Rejects(docx, new PackageLimits { MaxElementDepth = 4 }).Error);
        Assert.Equal(DocxInputError.TooComplex, Rejects(docx, new PackageLimits { MaxParagraphCharacters = 3 }).Error);
    }

    [Fact]
    public void Elements_of_one_paragraph_and_of_the_package_are_limited()
    {
        var runs = string.Concat(Enumerable.Repeat("<w:r><w:t>a</w:t></w:r>", 100));
        var docx = Body("<w:p>" + runs + "</w:p><w:p>" + runs + "</w:p>");
        PackageGuard.Validate(docx, new PackageLimits { MaxParagraphElements = 200 });
        Assert.Contains("phần tử", Rejects(docx, new PackageLimits { MaxParagraphElements = 199 }).Message);
        Assert.Equal(DocxInputError.TooComplex, Rejects(docx, new PackageLimits { MaxElements = 300 }).Error);
    }

    [Fact]
    public void A_part_in_utf16_is_measured_as_the_same_part_in_utf8()
    {
        var deep = $"<w:document xmlns:w=\"{W}\"><w:body>" + string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 40))
            + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl><w:p/>", 40)) + "</w:body></w:document>";
        foreach (var encoding in new Encoding[] { new UTF8Encoding(false), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) })
        {
            var docx = SamplePackages.Rewrite(SamplePackages.ValidDocx(), "word/document.xml", _ => deep, encoding);
            Assert.Equal(DocxInputError.TooComplex, Rejects(docx).Error);
            PackageGuard.Validate(docx, new PackageLimits { MaxElementDepth = 200 });
        }
    }

    [Fact]
    public void A_document_type_declaration_ends_the_measure_and_the_reading_refuses_the_part()
    {
        var docx = SamplePackages.Rewrite(SamplePackages.ValidDocx(), "word/document.xml",
            xml => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>" + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        PackageGuard.Validate(docx);
        var error = Assert.Throws<DocxInputException>(() => DocxLoader.Read(docx, document => ThiDua.Docx.Reading.DocxReader.Read(document)));
        Assert.Equal(DocxInputError.Corrupt, error.Error);
    }

    [Theory]
    [InlineData("word/vbaProject.bin", "application/vnd.ms-office.vbaProject")]
    [InlineData("word/vbaProject.bin", "application/octet-stream")]
    [InlineData("word/macros.dat", "application/vnd.ms-office.vbaProject")]
    [InlineData("word/vbaData.xml", "application/vnd.ms-word.vbaData+xml")]
    public void A_macro_project_inside_a_docx_named_package_is_refused(string part, string contentType)
    {
        var error = Rejects(HostileDocx.WithPart(part, contentType, new byte[128]));
        Assert.Equal(DocxInputError.MacroEnabled, error.Error);
        Assert.Contains("macro", error.Message);
    }

    [Fact]
    public void A_plain_binary_part_is_not_a_macro() =>
        PackageGuard.Validate(HostileDocx.WithPart("word/media/image1.png", "image/png", [0x89, 0x50, 0x4E, 0x47]));

    /// <summary>A package whose body holds <paramref name="bodyXml"/>.</summary>
    private static byte[] Body(string bodyXml) => HostileDocx.Document(body => body.Append(bodyXml), stored: false);
}
