using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Which elements inside a paragraph hold its displayed runs: the one place that knows it, for the reader
/// (<see cref="ParagraphReader"/>) and for code that edits the runs the reader read (<see cref="ParagraphLocator.Runs"/>).
/// Deleted runs (<c>w:del</c>) are not shown; of alternate content only the first <c>mc:Choice</c> is read.
/// </summary>
internal static class InlineContent
{
    /// <summary>
    /// The children of <paramref name="element"/> that are read as the paragraph's content when it is an inline container —
    /// a simple field, an inline content control, alternate content, a hyperlink, an insertion (<c>w:ins</c>), a smart tag,
    /// custom XML, a move destination, a bidirectional embedding (<c>w:dir</c>, <c>w:bdo</c>) — else null.
    /// </summary>
    public static IEnumerable<OpenXmlElement>? Children(OpenXmlElement element) => element switch
    {
        Run or DeletedRun or ParagraphProperties => null,
        SimpleField f => f.ChildElements,
        SdtRun sdt => sdt.SdtContentRun?.ChildElements ?? (IEnumerable<OpenXmlElement>)[],
        AlternateContent ac => BlockContent.Choice(ac)?.ChildElements ?? (IEnumerable<OpenXmlElement>)[],
        _ when element.HasChildren && element.LocalName is "hyperlink" or "ins" or "smartTag" or "customXml" or "moveTo" or "dir" or "bdo"
            => element.ChildElements,
        _ => null,
    };
}
