using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Which elements of a story hold its block-level content (paragraphs and tables), in the order Word shows them: the one
/// place that knows it, for the reader (<see cref="DocxReader"/>) and for code that must find the same paragraphs in a
/// loaded tree (<see cref="ParagraphLocator"/>). Text boxes are separate stories and are not entered; of alternate
/// content only the first <c>mc:Choice</c> is (its <c>mc:Fallback</c> repeats it for older readers).
/// </summary>
internal static class BlockContent
{
    /// <summary>
    /// The block-level children of <paramref name="container"/> when it is a block container other than a table — a block
    /// content control (<c>w:sdt</c>), <c>mc:AlternateContent</c>, a custom XML block, <c>w:ins</c> or <c>w:moveTo</c> around
    /// blocks — else null (a paragraph, a table, or something that holds no blocks of the story).
    /// </summary>
    public static IEnumerable<OpenXmlElement>? Children(OpenXmlElement container) => container switch
    {
        Paragraph or Table => null,
        SdtBlock sdt => sdt.SdtContentBlock?.ChildElements ?? (IEnumerable<OpenXmlElement>)[],
        AlternateContent ac => Choice(ac)?.ChildElements ?? (IEnumerable<OpenXmlElement>)[],
        _ when container.LocalName is "customXml" or "ins" or "moveTo" => container.ChildElements,
        _ => null,
    };

    /// <summary>The branch of <c>mc:AlternateContent</c> that is read: the first <c>mc:Choice</c>, else the first child.</summary>
    public static OpenXmlElement? Choice(AlternateContent ac) =>
        ac.ChildElements.FirstOrDefault(x => x is AlternateContentChoice) ?? ac.ChildElements.FirstOrDefault();

    /// <summary>The rows of a table, through row-level content controls and custom XML.</summary>
    public static List<TableRow> Rows(Table table)
    {
        var rows = new List<TableRow>();
        foreach (var e in table.ChildElements)
        {
            switch (e)
            {
                case TableRow row: rows.Add(row); break;
                case SdtRow sdt when sdt.SdtContentRow is { } content: rows.AddRange(content.Elements<TableRow>()); break;
                case var _ when e.LocalName == "customXml": rows.AddRange(e.Elements<TableRow>()); break;
            }
        }
        return rows;
    }

    /// <summary>The cells of a row, each with the cell-level content control around it (or null), through custom XML.</summary>
    public static List<(TableCell Cell, SdtCell? Control)> Cells(TableRow row)
    {
        var cells = new List<(TableCell, SdtCell?)>();
        foreach (var e in row.ChildElements)
        {
            switch (e)
            {
                case TableCell cell: cells.Add((cell, null)); break;
                case SdtCell sdt when sdt.SdtContentCell is { } content:
                    foreach (var c in content.Elements<TableCell>()) cells.Add((c, sdt));
                    break;
                case var _ when e.LocalName == "customXml":
                    foreach (var c in e.Elements<TableCell>()) cells.Add((c, null));
                    break;
            }
        }
        return cells;
    }
}
