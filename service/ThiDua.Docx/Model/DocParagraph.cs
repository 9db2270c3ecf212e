using ThiDua.Docx.Formatting;

namespace ThiDua.Docx.Model;

/// <summary>
/// A paragraph as Word renders it: its text with split runs joined, its effective paragraph format, its runs with their
/// effective formats, its automatic numbering label, where it sits (table cell, content controls, section) and the
/// drawings anchored in it.
/// </summary>
/// <param name="Index">0-based index among the paragraphs of its story (the body, or one header/footer), document order, table paragraphs included.</param>
/// <param name="Text">Displayed text without the numbering label (see <see cref="DocRun.Text"/> for tabs/breaks).</param>
/// <param name="Runs">Runs with effective formatting.</param>
/// <param name="Format">Effective paragraph formatting.</param>
/// <param name="StyleName">Display name of the paragraph style (<c>heading 2</c>, <c>Muc 1</c>…).</param>
/// <param name="Numbering">Automatic numbering, rendered; null when the paragraph is not in a list.</param>
/// <param name="Cell">Table cell location, or null outside tables.</param>
/// <param name="ContentControls">Indices into <see cref="DocxDocument.ContentControls"/> of the controls enclosing the paragraph or any of its runs, outermost first.</param>
/// <param name="Drawings">Drawings anchored in or inline in the paragraph.</param>
/// <param name="Section">Index into <see cref="DocxDocument.Sections"/>.</param>
/// <param name="MarkFormat">Effective format of the paragraph mark (what an empty paragraph's height follows).</param>
/// <param name="HasPageField">True when the paragraph holds a PAGE field (complex or <c>w:fldSimple</c>).</param>
public sealed record DocParagraph(
    int Index,
    string Text,
    IReadOnlyList<DocRun> Runs,
    ParagraphFormat Format,
    string StyleName,
    DocNumbering? Numbering,
    CellLocation? Cell,
    IReadOnlyList<int> ContentControls,
    IReadOnlyList<DocDrawing> Drawings,
    int Section,
    RunFormat MarkFormat,
    bool HasPageField)
{
    /// <summary>The text a reader sees: the numbering label, its suffix (a space for tab or space) and the text.</summary>
    public string RenderedText => Numbering is { IsBullet: false } n && n.Label.Length > 0
        ? n.Label + (n.Suffix == "nothing" ? "" : " ") + Text
        : Text;

    /// <summary>True when the paragraph shows no text (whitespace only) and holds no drawing.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Drawings.Count == 0 && Numbering is null;

    /// <summary>Runs that show non-whitespace text (<see cref="DocRun.ShowsText"/>).</summary>
    public IEnumerable<DocRun> VisibleRuns => Runs.Where(r => r.ShowsText);

    /// <summary>
    /// Offsets in <see cref="Text"/> where a page break (<c>w:br w:type="page"</c>) stands, in order; empty when none. Text
    /// from such an offset on starts a new page.
    /// </summary>
    public IReadOnlyList<int> PageBreaks { get; init; } = [];

    /// <summary>True when the paragraph sits in a table cell.</summary>
    public bool InTable => Cell is not null;
}
