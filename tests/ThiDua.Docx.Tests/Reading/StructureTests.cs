using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Model;
using static ThiDua.Docx.Tests.Reading.DocBuilder;

namespace ThiDua.Docx.Tests.Reading;

public sealed class StructureTests
{
    [Fact]
    public void Block_and_inline_content_controls_are_found_with_their_paragraphs_and_tags()
    {
        var inline = new SdtRun(new SdtProperties(new Tag { Val = "thidua:number" }, new SdtAlias { Val = "Số, ký hiệu" }),
            new SdtContentRun(R("Số: 16/KH-UBND")));
        var block = new SdtBlock(
            new SdtProperties(new Tag { Val = "thidua:section:noi-dung" }, new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked }),
            new SdtContentBlock(P("II. NỘI DUNG"), new Paragraph(inline)));
        var doc = new DocBuilder().Add(P("trước"), block, P("sau")).Read();
        var section = doc.ContentControls.Single(c => c.Tag == "thidua:section:noi-dung");
        Assert.Equal((1, 2), (section.FirstParagraph, section.LastParagraph));
        Assert.Equal("sdtLocked", section.Lock);
        var number = doc.ContentControls.Single(c => c.Tag == "thidua:number");
        Assert.Equal(ContentControlScope.Inline, number.Scope);
        Assert.Equal("Số: 16/KH-UBND", number.Text);
        Assert.Equal("thidua:section:noi-dung", number.ParentTag);
        Assert.Equal(2, doc.Paragraphs[2].ContentControls.Count);
        Assert.Empty(doc.Paragraphs[3].ContentControls);
    }

    [Fact]
    public void Field_instructions_are_not_text_but_results_are_and_PAGE_is_detected()
    {
        var p = new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            R("2"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        var simple = new Paragraph(new SimpleField(R("3")) { Instruction = "PAGE \\* MERGEFORMAT" });
        var doc = new DocBuilder().Add(p, simple, P("x")).Read();
        Assert.Equal("2", doc.Paragraphs[0].Text);
        Assert.True(doc.Paragraphs[0].HasPageField);
        Assert.True(doc.Paragraphs[0].Runs[0].InField);
        Assert.True(doc.Paragraphs[1].HasPageField);
        Assert.False(doc.Paragraphs[2].HasPageField);
    }

    [Fact]
    public void Manual_line_breaks_and_tabs_are_kept_in_the_text()
    {
        var p = new Paragraph(new Run(new Text("ỦY BAN NHÂN DÂN"), new Break(), new Text("XÃ TRÍ YÊN"), new TabChar(), new Text("x")));
        var doc = new DocBuilder().Add(p).Read();
        Assert.Equal("ỦY BAN NHÂN DÂN\nXÃ TRÍ YÊN\tx", doc.Paragraphs[0].Text);
    }

    [Fact]
    public void Sections_give_page_size_margins_title_page_and_inherited_headers()
    {
        var sect = new SectionProperties(new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851 }, new TitlePage());
        var doc = new DocBuilder().Add(P("a"), sect).Read();
        var s = Assert.Single(doc.Sections);
        Assert.Equal((11906, 16838, 1701, 851), (s.PageWidth, s.PageHeight, s.MarginLeft, s.MarginRight));
        Assert.True(s.TitlePage);
        Assert.False(s.Landscape);
        Assert.Equal(11906 - 1701 - 851, s.TextWidth);
    }
}
