using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using static ThiDua.Docx.Tests.Reading.DocBuilder;

namespace ThiDua.Docx.Tests.Reading;

/// <summary>
/// The reader merges each style chain once and shares it between paragraphs and runs; these tests make sure what one
/// paragraph or run states directly never leaks into another that shares its style.
/// </summary>
public sealed class SharedFormatTests
{
    private static DocBuilder TwoStyles() => new DocBuilder()
        .Defaults(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "28" }))
        .Style("Normal", "paragraph", isDefault: true, pPr: new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }))
        .Style("Muc", "paragraph", basedOn: "Normal", rPr: new StyleRunProperties(new Bold()),
            pPr: new StyleParagraphProperties(new Indentation { FirstLine = "567" }));

    [Fact]
    public void Paragraphs_of_one_style_keep_their_own_direct_formatting_in_any_order()
    {
        var doc = TwoStyles().Add(
                P("giữa", new ParagraphProperties(new Justification { Val = JustificationValues.Center })),
                P("không định dạng riêng"),
                P("lề trái", new ParagraphProperties(new Indentation { Left = "720" })),
                P("mục", Styled("Muc")),
                P("mục căn phải", new ParagraphProperties(new ParagraphStyleId { Val = "Muc" }, new Justification { Val = JustificationValues.Right })),
                P("lại không định dạng riêng"))
            .Read();
        var f = doc.Paragraphs.Select(p => p.Format).ToList();

        Assert.Equal(new[] { Alignment.Center, Alignment.Justified, Alignment.Justified, Alignment.Justified, Alignment.Right, Alignment.Justified },
            f.Select(x => x.Alignment));
        Assert.Equal(new[] { 0, 0, 720, 0, 0, 0 }, f.Select(x => x.LeftIndent));
        Assert.Equal(new[] { 0, 0, 0, 567, 567, 0 }, f.Select(x => x.FirstLineIndent));
        Assert.Equal(new[] { "Normal", "Normal", "Normal", "Muc", "Muc", "Normal" }, f.Select(x => x.StyleId));
    }

    [Fact]
    public void Runs_differing_in_one_direct_property_resolve_apart_and_equal_ones_alike()
    {
        var doc = TwoStyles().Add(new Paragraph(
                R("đậm", new RunProperties(new Bold())),
                R(" thường"),
                R(" cỡ 15", new RunProperties(new FontSize { Val = "30" })),
                R(" đậm lại", new RunProperties(new Bold())),
                R(" nghiêng", new RunProperties(new Bold(), new Italic()))))
            .Read();
        var runs = doc.Paragraphs[0].Runs;

        Assert.Equal(new[] { true, false, false, true, true }, runs.Select(r => r.Format.Bold));
        Assert.Equal(new[] { 28, 28, 30, 28, 28 }, runs.Select(r => r.Format.SizeHalfPoints));
        Assert.Equal(new[] { false, false, false, false, true }, runs.Select(r => r.Format.Italic));
        Assert.Equal(runs[0].Format, runs[3].Format);
        Assert.NotEqual(runs[0].Format, runs[4].Format);
    }

    [Fact]
    public void The_same_direct_properties_resolve_against_each_paragraph_style()
    {
        var doc = TwoStyles().Add(
                P("thường", rPr: new RunProperties(new Italic())),
                P("mục", Styled("Muc"), new RunProperties(new Italic())),
                P("mục bỏ đậm", Styled("Muc"), new RunProperties(new Bold { Val = false })),
                P("thường bỏ đậm", rPr: new RunProperties(new Bold { Val = false })))
            .Read();
        var formats = doc.Paragraphs.Select(p => p.Runs[0].Format).ToList();

        Assert.Equal(new[] { false, true, false, false }, formats.Select(f => f.Bold));
        Assert.Equal(new[] { true, true, false, false }, formats.Select(f => f.Italic));
    }
}
