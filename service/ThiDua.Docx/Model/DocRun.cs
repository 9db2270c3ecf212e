using ThiDua.Docx.Formatting;

namespace ThiDua.Docx.Model;

/// <summary>
/// A stretch of text with one effective format, as Word draws it. Consecutive OOXML runs (<c>w:r</c>) that Word split only
/// for revision ids or proofing marks appear as separate <see cref="DocRun"/>s with equal <see cref="Format"/>; readers
/// compare formats, not run boundaries. Hidden (<c>w:vanish</c>) and deleted text is not included.
/// </summary>
/// <param name="Text">The text as displayed: <c>w:caps</c> applied, <c>\t</c> for tabs, <c>\n</c> for manual line breaks.</param>
/// <param name="Format">Effective formatting.</param>
/// <param name="Start">Offset of the run in <see cref="DocParagraph.Text"/>.</param>
/// <param name="InField">True when the text is a field result (page number, date…).</param>
public sealed record DocRun(string Text, RunFormat Format, int Start, bool InField)
{
    /// <summary>True when the run shows text: not empty, not white space only (tabs and line breaks included).</summary>
    public bool ShowsText => !string.IsNullOrWhiteSpace(Text);
}
