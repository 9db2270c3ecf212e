namespace ThiDua.Docx.Model;

/// <summary>What kind of drawing object a <see cref="DocDrawing"/> is.</summary>
public enum DrawingKind
{
    /// <summary>A straight line or connector (DrawingML <c>prst="line"</c>/<c>straightConnector1</c>, VML <c>v:line</c>).</summary>
    Line,
    /// <summary>A text box (DrawingML <c>wps:txbx</c>, VML <c>v:textbox</c>).</summary>
    TextBox,
    /// <summary>A picture (<c>pic:pic</c>, VML <c>v:imagedata</c>).</summary>
    Picture,
    /// <summary>Any other shape.</summary>
    Shape,
}

/// <summary>
/// A drawing anchored in (or inline in) a paragraph. Lengths in EMU (914 400 per inch, 360 000 per cm, 12 700 per pt).
/// </summary>
/// <param name="Kind">Line, text box, picture or shape.</param>
/// <param name="WidthEmu">Extent width (<c>wp:extent/@cx</c>), EMU.</param>
/// <param name="HeightEmu">Extent height (<c>wp:extent/@cy</c>), EMU.</param>
/// <param name="OffsetXEmu">Horizontal offset of an anchored drawing (<c>wp:positionH/wp:posOffset</c>), EMU; null when aligned or inline.</param>
/// <param name="OffsetYEmu">Vertical offset (<c>wp:positionV/wp:posOffset</c>), EMU; null when aligned or inline.</param>
/// <param name="HorizontalRelativeTo"><c>column</c>, <c>margin</c>, <c>page</c>, <c>character</c>… (<c>wp:positionH/@relativeFrom</c>); empty for inline.</param>
/// <param name="Text">Text inside a text box (paragraphs joined by <c>\n</c>); empty otherwise.</param>
public sealed record DocDrawing(DrawingKind Kind, long WidthEmu, long HeightEmu, long? OffsetXEmu, long? OffsetYEmu, string HorizontalRelativeTo, string Text)
{
    /// <summary>Width in twips (1 twip = 635 EMU).</summary>
    public int WidthTwips => (int)(WidthEmu / 635);
}
