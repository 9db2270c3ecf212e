using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Docx.Reading;

/// <summary>
/// Finds the <c>w:p</c> elements of the body in the order <see cref="DocxReader"/> numbers them — document order through
/// tables, content controls and custom XML, not into text boxes, and only the <c>mc:Choice</c> branch of alternate
/// content (<see cref="BlockContent"/>) — so that a paragraph index of the model (<see cref="Model.DocParagraph.Index"/>)
/// names an element to edit. Iterative: any nesting depth costs memory, never stack.
/// </summary>
public static class ParagraphLocator
{
    /// <summary>The body's paragraphs; index i is the model's paragraph i.</summary>
    public static IReadOnlyList<Paragraph> BodyParagraphs(Body body)
    {
        var paragraphs = new List<Paragraph>();
        var pending = new Stack<IEnumerator<OpenXmlElement>>();
        pending.Push(body.ChildElements.GetEnumerator());
        while (pending.Count > 0)
        {
            var top = pending.Peek();
            if (!top.MoveNext())
            {
                pending.Pop();
                continue;
            }
            switch (top.Current)
            {
                case Paragraph p: paragraphs.Add(p); break;
                case Table t: pending.Push(CellContent(t).GetEnumerator()); break;
                case var e when BlockContent.Children(e) is { } children: pending.Push(children.GetEnumerator()); break;
            }
        }
        return paragraphs;
    }

    /// <summary>
    /// The runs of <paramref name="paragraph"/> whose content the reader shows as the paragraph's text, in reading order:
    /// through hyperlinks, fields, insertions, inline content controls and the rest of <see cref="InlineContent"/>; not
    /// deleted runs, nor the runs of a text box anchored in the paragraph (a story of its own). Iterative.
    /// </summary>
    public static IEnumerable<Run> Runs(Paragraph paragraph)
    {
        var pending = new Stack<IEnumerator<OpenXmlElement>>();
        pending.Push(paragraph.ChildElements.GetEnumerator());
        while (pending.Count > 0)
        {
            var top = pending.Peek();
            if (!top.MoveNext())
            {
                pending.Pop();
                continue;
            }
            if (top.Current is Run run) yield return run;
            else if (InlineContent.Children(top.Current) is { } children) pending.Push(children.GetEnumerator());
        }
    }

    /// <summary>The blocks of every cell of <paramref name="table"/>, row by row (nested tables are met as blocks).</summary>
    private static IEnumerable<OpenXmlElement> CellContent(Table table)
    {
        foreach (var row in BlockContent.Rows(table))
            foreach (var (cell, _) in BlockContent.Cells(row))
                foreach (var block in cell.ChildElements)
                    yield return block;
    }
}
