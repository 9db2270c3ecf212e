using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// The page of an authored plan: A4 portrait, margins 20/20/30/15 mm (Phụ lục I, Phần I Mục I.1–3) and the page number —
/// Arabic, 14 pt, centred in the header from page 2 on, none on page 1 (Mục I.7): a first-page header without the PAGE
/// field (<c>w:titlePg</c>) and a default header holding it.
/// </summary>
internal static class PageSetup
{
    /// <summary>Adds the two header parts to <paramref name="main"/> and returns the body's section properties pointing at them.</summary>
    public static SectionProperties Build(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(Paragraphs.Styled(PlanStyles.PageNumber,
            new SimpleField(Paragraphs.Run("2")) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = PlanStyles.PageNumber })));

        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (uint)PlanLayout.PageWidth, Height = (uint)PlanLayout.PageHeight },
            new PageMargin
            {
                Top = PlanLayout.MarginTop, Bottom = PlanLayout.MarginBottom, Left = (uint)PlanLayout.MarginLeft, Right = (uint)PlanLayout.MarginRight,
                Header = PlanLayout.HeaderDistance, Footer = PlanLayout.HeaderDistance, Gutter = 0,
            },
            new Columns { Space = "720" },
            new TitlePage());
    }

    /// <summary>The page alone, without headers (a section's .docx fragment opens on the right paper).</summary>
    public static SectionProperties PageOnly() => new(
        new PageSize { Width = (uint)PlanLayout.PageWidth, Height = (uint)PlanLayout.PageHeight },
        new PageMargin
        {
            Top = PlanLayout.MarginTop, Bottom = PlanLayout.MarginBottom, Left = (uint)PlanLayout.MarginLeft, Right = (uint)PlanLayout.MarginRight,
            Header = PlanLayout.HeaderDistance, Footer = PlanLayout.HeaderDistance, Gutter = 0,
        });
}
