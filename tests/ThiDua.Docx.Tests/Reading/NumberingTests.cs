using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Numbering;
using static ThiDua.Docx.Tests.Reading.DocBuilder;

namespace ThiDua.Docx.Tests.Reading;

public sealed class NumberingTests
{
    /// <summary>A decree-style multilevel list: I. / 1. / 1.1. (level 2 text %2.%3.).</summary>
    private static AbstractNum Decree(int id) => new(
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2." }) { LevelIndex = 1 },
        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2.%3." }) { LevelIndex = 2 })
    { AbstractNumberId = id };

    [Fact]
    public void Levels_render_and_restart_under_each_parent()
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(Decree(0), new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        var doc = new DocBuilder().Numbering(numbering).Add(
            P("MỤC ĐÍCH", Numbered(1, 0)), P("Mục đích", Numbered(1, 1)), P("a", Numbered(1, 2)), P("b", Numbered(1, 2)),
            P("Yêu cầu", Numbered(1, 1)), P("c", Numbered(1, 2)),
            P("NỘI DUNG", Numbered(1, 0)), P("Nội dung", Numbered(1, 1)))
            .Read();
        Assert.Equal(["I.", "1.", "1.1.", "1.2.", "2.", "2.1.", "II.", "1."], doc.Paragraphs.Select(p => p.Numbering!.Label));
        Assert.Equal("II. NỘI DUNG", doc.Paragraphs[6].RenderedText);
    }

    [Fact]
    public void Instances_of_one_definition_continue_unless_a_start_override_restarts_them()
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(Decree(0),
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 2 },
            new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 3 });
        var doc = new DocBuilder().Numbering(numbering).Add(
            P("a", Numbered(1, 0)), P("b", Numbered(2, 0)), P("c", Numbered(3, 0)), P("d", Numbered(3, 0)))
            .Read();
        Assert.Equal(["I.", "II.", "I.", "II."], doc.Paragraphs.Select(p => p.Numbering!.Label));
    }

    [Fact]
    public void Numbering_comes_from_the_paragraph_style_and_numId_0_removes_it()
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(Decree(0), new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 5 });
        var doc = new DocBuilder().Numbering(numbering)
            .Style("Muc1", "paragraph", pPr: new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 5 })))
            .Add(P("MỤC ĐÍCH", Styled("Muc1")),
                 P("không số", new ParagraphProperties(new ParagraphStyleId { Val = "Muc1" }, new NumberingProperties(new NumberingId { Val = 0 }))),
                 P("NỘI DUNG", Styled("Muc1")))
            .Read();
        Assert.Equal("I.", doc.Paragraphs[0].Numbering!.Label);
        Assert.Null(doc.Paragraphs[1].Numbering);
        Assert.Equal("II.", doc.Paragraphs[2].Numbering!.Label);
    }

    [Fact]
    public void Level_run_properties_format_the_label_only()
    {
        var abs = new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." },
            new NumberingSymbolRunProperties(new Bold()))
        { LevelIndex = 0 })
        { AbstractNumberId = 0 };
        var doc = new DocBuilder().Numbering(new DocumentFormat.OpenXml.Wordprocessing.Numbering(abs, new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 }))
            .Add(P("Tuyên truyền", Numbered(1, 0))).Read();
        Assert.True(doc.Paragraphs[0].Numbering!.LabelFormat.Bold);
        Assert.False(doc.Paragraphs[0].Runs[0].Format.Bold);
    }

    [Theory]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(14, "upperRoman", "XIV")]
    [InlineData(3, "lowerLetter", "c")]
    [InlineData(28, "upperLetter", "BB")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(12, "decimal", "12")]
    public void Number_formats_render_as_Word_does(int value, string format, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, format));
}
