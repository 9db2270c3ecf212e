using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;
using ThiDua.Docx.Tests.Reading;
using static ThiDua.Docx.Tests.Reading.DocBuilder;

namespace ThiDua.Docx.Tests.Markup;

/// <summary>
/// ECMA-376 on/off values as other writers save them: LibreOffice writes <c>w:val="true"</c> and <c>"1"</c>, which the SDK's
/// typed <see cref="OnOffOnlyValues"/> cannot hold (dotnet/Open-XML-SDK#780) — reading them used to throw.
/// </summary>
public sealed class OnOffTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("true", true)]
    [InlineData("on", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("off", false)]
    [InlineData("0", false)]
    [InlineData(" TRUE ", true)]
    public void Every_form_of_the_schema_reads(string? value, bool on) => Assert.Equal(on, OnOff.IsOn(value));

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData(null, true)]
    public void A_repeated_header_row_reads_in_every_form(string? value, bool header)
    {
        var th = new TableHeader();
        if (value is not null) th.SetAttribute(new OpenXmlAttribute("w", "val", W, value));
        if (value is "true" or "1" or "false" or "0") Assert.Throws<FormatException>(() => th.Val!.Value); // what the SDK alone does
        var table = new Table(
            new TableRow(new TableRowProperties(th), new TableCell(P("Chỉ tiêu"))),
            new TableRow(new TableCell(P("Thu ngân sách"))));
        var doc = new DocBuilder().Add(table, P("sau")).Read();
        Assert.Equal([header, false], doc.Tables.Single().Rows.Select(r => r.IsHeader));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("on", true)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData("", true)]
    [InlineData("yes", true)]
    public void Run_and_paragraph_toggles_read_in_every_form(string value, bool on)
    {
        OpenXmlElement WithVal(OpenXmlElement e)
        {
            e.SetAttribute(new OpenXmlAttribute("w", "val", W, value));
            return e;
        }
        var p = new Paragraph(
            new ParagraphProperties(WithVal(new KeepNext()), WithVal(new PageBreakBefore())),
            new Run(new RunProperties(WithVal(new Bold()), WithVal(new Italic()), WithVal(new Caps())), new Text("chữ")));
        var read = new DocBuilder().Add(p).Read().Paragraphs.Single();
        Assert.Equal(on, read.Format.KeepNext);
        Assert.Equal(on, read.Format.PageBreakBefore);
        var format = read.Runs.Single().Format;
        Assert.Equal((on, on, on), (format.Bold, format.Italic, format.Caps));
        Assert.Equal(on ? "CHỮ" : "chữ", read.Text);
    }
}
