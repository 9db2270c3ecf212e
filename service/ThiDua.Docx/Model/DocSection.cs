namespace ThiDua.Docx.Model;

/// <summary>A header or footer story (<c>w:hdr</c>/<c>w:ftr</c>) and its paragraphs.</summary>
/// <param name="Type"><c>default</c>, <c>first</c> or <c>even</c> (<c>w:headerReference/@w:type</c>).</param>
/// <param name="Paragraphs">Its paragraphs, resolved like body paragraphs (indices local to this story).</param>
public sealed record DocHeaderFooter(string Type, IReadOnlyList<DocParagraph> Paragraphs)
{
    /// <summary>True when the story holds a PAGE field.</summary>
    public bool HasPageField => Paragraphs.Any(p => p.HasPageField);

    /// <summary>All the story's text.</summary>
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
}

/// <summary>
/// A section (<c>w:sectPr</c>): page size and margins in twips (1 mm = 56.7 twips; A4 = 11 906 × 16 838), its headers and
/// footers, and the body paragraphs it covers.
/// </summary>
/// <param name="Index">0-based section index.</param>
/// <param name="PageWidth">Page width, twips.</param>
/// <param name="PageHeight">Page height, twips.</param>
/// <param name="Landscape">Orientation is landscape (<c>w:orient="landscape"</c> or width &gt; height).</param>
/// <param name="MarginTop">Top margin, twips.</param>
/// <param name="MarginBottom">Bottom margin, twips.</param>
/// <param name="MarginLeft">Left margin, twips.</param>
/// <param name="MarginRight">Right margin, twips.</param>
/// <param name="TitlePage">Different first page (<c>w:titlePg</c>).</param>
/// <param name="Headers">Header stories by type, inherited from the previous section where this one names none (as Word does).</param>
/// <param name="Footers">Footer stories by type, inherited likewise.</param>
/// <param name="FirstParagraph">First body paragraph of the section.</param>
/// <param name="LastParagraph">Last body paragraph of the section.</param>
/// <param name="PageNumberFormat">Page number format (<c>w:pgNumType/@w:fmt</c>), <c>decimal</c> by default.</param>
public sealed record DocSection(
    int Index, int PageWidth, int PageHeight, bool Landscape,
    int MarginTop, int MarginBottom, int MarginLeft, int MarginRight,
    bool TitlePage,
    IReadOnlyDictionary<string, DocHeaderFooter> Headers,
    IReadOnlyDictionary<string, DocHeaderFooter> Footers,
    int FirstParagraph, int LastParagraph, string PageNumberFormat)
{
    /// <summary>Text width between the margins, twips.</summary>
    public int TextWidth => PageWidth - MarginLeft - MarginRight;

    /// <summary>Converts twips to millimetres.</summary>
    public static double ToMm(int twips) => twips / 56.7;
}
