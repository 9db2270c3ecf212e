using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using static ThiDua.Docx.Tests.Reading.DocBuilder;

namespace ThiDua.Docx.Tests.Reading;

public sealed class EffectiveFormattingTests
{
    private static RunPropertiesBaseStyle TimesNewRoman14() =>
        new(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "28" });

    [Fact]
    public void Run_inherits_bold_through_a_basedOn_chain_and_size_from_docDefaults()
    {
        var doc = new DocBuilder().Defaults(TimesNewRoman14())
            .Style("Normal", "paragraph", isDefault: true, pPr: new StyleParagraphProperties(new Justification { Val = JustificationValues.Both }))
            .Style("Muc", "paragraph", basedOn: "Normal", rPr: new StyleRunProperties(new Bold()))
            .Style("Muc1", "paragraph", basedOn: "Muc", pPr: new StyleParagraphProperties(new Indentation { FirstLine = "720" }))
            .Add(P("I. MỤC ĐÍCH", Styled("Muc1")), P("Văn bản"))
            .Read();
        var heading = doc.Paragraphs[0];
        Assert.True(heading.Runs[0].Format.Bold);
        Assert.Equal(28, heading.Runs[0].Format.SizeHalfPoints);
        Assert.Equal("Times New Roman", heading.Runs[0].Format.FontFor('Ộ'));
        Assert.Equal(Alignment.Justified, heading.Format.Alignment);
        Assert.Equal(720, heading.Format.FirstLineIndent);
        Assert.False(doc.Paragraphs[1].Runs[0].Format.Bold);
        Assert.Equal("Muc1", heading.Format.StyleId);
    }

    [Fact]
    public void Direct_formatting_turns_off_what_the_style_turns_on()
    {
        var doc = new DocBuilder().Defaults(TimesNewRoman14())
            .Style("Dam", "paragraph", rPr: new StyleRunProperties(new Bold(), new Italic()))
            .Add(P("chữ thường", Styled("Dam"), new RunProperties(new Bold { Val = false })))
            .Read();
        var f = doc.Paragraphs[0].Runs[0].Format;
        Assert.False(f.Bold);
        Assert.True(f.Italic);
    }

    [Fact]
    public void A_bold_character_style_in_a_bold_paragraph_style_toggles_bold_off()
    {
        var doc = new DocBuilder().Defaults(TimesNewRoman14())
            .Style("Dam", "paragraph", rPr: new StyleRunProperties(new Bold()))
            .Style("Strong", "character", rPr: new StyleRunProperties(new Bold()))
            .Add(new Paragraph(Styled("Dam"), R("a", new RunProperties(new RunStyle { Val = "Strong" })), R("b")))
            .Read();
        var runs = doc.Paragraphs[0].Runs;
        Assert.False(runs[0].Format.Bold);
        Assert.True(runs[1].Format.Bold);
    }

    [Fact]
    public void A_basedOn_cycle_does_not_hang_and_reads_the_styles_once()
    {
        var doc = new DocBuilder().Defaults(TimesNewRoman14())
            .Style("A", "paragraph", basedOn: "B", rPr: new StyleRunProperties(new Italic()))
            .Style("B", "paragraph", basedOn: "A", rPr: new StyleRunProperties(new Bold()))
            .Add(P("x", Styled("A")))
            .Read();
        var f = doc.Paragraphs[0].Runs[0].Format;
        Assert.True(f.Italic);
        Assert.True(f.Bold);
    }

    [Fact]
    public void Theme_fonts_resolve_to_the_theme_typeface()
    {
        var doc = new DocBuilder()
            .Defaults(new RunPropertiesBaseStyle(new RunFonts { AsciiTheme = ThemeFontValues.MinorHighAnsi, HighAnsiTheme = ThemeFontValues.MinorHighAnsi }, new FontSize { Val = "22" }))
            .Theme("Arial")
            .Add(P("Tiêu đề"), P("Times", rPr: new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" })))
            .Read();
        Assert.Equal("Arial", doc.Paragraphs[0].Runs[0].Format.HAnsiFont);
        Assert.Equal("Times New Roman", doc.Paragraphs[1].Runs[0].Format.HAnsiFont);
    }

    [Fact]
    public void Without_any_size_Word_draws_10_pt()
    {
        var doc = new DocBuilder().Add(P("x")).Read();
        Assert.Equal(20, doc.Paragraphs[0].Runs[0].Format.SizeHalfPoints);
    }

    [Fact]
    public void Split_runs_read_as_one_word_and_join_when_the_format_is_equal()
    {
        var doc = new DocBuilder().Defaults(TimesNewRoman14())
            .Add(new Paragraph(R("Đ"), new ProofError { Type = ProofingErrorValues.SpellStart }, R("ộc "), R("lập"), R(" - Tự do", new RunProperties(new Bold()))))
            .Read();
        var p = doc.Paragraphs[0];
        Assert.Equal("Độc lập - Tự do", p.Text);
        Assert.Equal(2, p.Runs.Count);
        Assert.Equal("Độc lập", p.Runs[0].Text);
    }

    [Fact]
    public void Caps_is_displayed_in_capitals_and_hidden_or_deleted_text_is_not_displayed()
    {
        var doc = new DocBuilder().Defaults(TimesNewRoman14())
            .Add(new Paragraph(
                R("ủy ban", new RunProperties(new Caps())),
                R(" ẩn", new RunProperties(new Vanish())),
                new DeletedRun(new Run(new DeletedText("xoá"))),
                new InsertedRun(R(" nhân dân"))))
            .Read();
        Assert.Equal("ỦY BAN nhân dân", doc.Paragraphs[0].Text);
    }

    [Fact]
    public void A_table_style_formats_the_header_row_by_its_conditional_formatting()
    {
        var style = new Style(new StyleName { Val = "Grid" },
            new StyleRunProperties(new FontSize { Val = "26" }),
            new TableStyleProperties(new RunPropertiesBaseStyle(new Bold())) { Type = TableStyleOverrideValues.FirstRow })
        { StyleId = "Grid", Type = StyleValues.Table };
        var table = new Table(
            new TableProperties(new TableStyle { Val = "Grid" }, new TableLook { Val = "04A0", FirstRow = true }),
            new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "3000" }),
            new TableRow(new TableCell(P("TT")), new TableCell(P("Nội dung"))),
            new TableRow(new TableCell(P("1")), new TableCell(P("Tuyên truyền"))));
        var doc = new DocBuilder().Defaults(TimesNewRoman14()).RawStyle(style).Add(table).Read();
        Assert.True(doc.Paragraphs[1].Runs[0].Format.Bold);
        Assert.False(doc.Paragraphs[3].Runs[0].Format.Bold);
        Assert.Equal(26, doc.Paragraphs[3].Runs[0].Format.SizeHalfPoints);
        Assert.Equal(new Model.CellLocation(0, 1, 1, 1), doc.Paragraphs[3].Cell);
        Assert.Equal(2, doc.Tables[0].ColumnCount);
    }

    [Fact]
    public void A_hanging_indent_is_a_negative_first_line_indent()
    {
        var doc = new DocBuilder().Add(P("x", new ParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))).Read();
        Assert.Equal(-360, doc.Paragraphs[0].Format.FirstLineIndent);
        Assert.Equal(720, doc.Paragraphs[0].Format.LeftIndent);
    }

    [Fact]
    public void A_bottom_border_and_tab_stops_are_read_from_the_paragraph()
    {
        var pPr = new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6 }),
            new Tabs(new DocumentFormat.OpenXml.Wordprocessing.TabStop { Val = TabStopValues.Center, Position = 2268 }, new DocumentFormat.OpenXml.Wordprocessing.TabStop { Val = TabStopValues.Center, Position = 6804 }));
        var doc = new DocBuilder().Add(P("\tA", pPr)).Read();
        var f = doc.Paragraphs[0].Format;
        Assert.True(f.BottomBorder!.IsSolid);
        Assert.Equal([2268, 6804], f.Tabs.Select(t => t.PositionTwips));
    }
}
