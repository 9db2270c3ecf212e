using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Package;

namespace ThiDua.Cli.Bench;

/// <summary>
/// Makes a long plan for the benchmark from a real one: the body between the first heading (<c>I.</c>/<c>1.</c> or the
/// first auto-numbered paragraph) and the first block starting <c>Nơi nhận</c> is repeated, before the closing part — whole, then
/// its first blocks for the rest — until the plan reaches the wanted page count (<see cref="PageEstimate"/>). Copies stay valid OOXML: they keep their numbering references (so
/// automatic numbering simply continues), and lose what must be unique or refers elsewhere — bookmarks, comment
/// anchors, footnote references, content-control wrappers (their content is kept), paragraph ids; drawing ids are renumbered.
/// </summary>
public static partial class LargePlanBuilder
{
    /// <summary>A copy of <paramref name="source"/> grown to about <paramref name="pages"/> pages.</summary>
    /// <exception cref="DocxInputException"><paramref name="source"/> is not a readable .docx.</exception>
    public static byte[] Build(byte[] source, int pages)
    {
        using var editable = DocxLoader.OpenEditable(source);
        var body = editable.Document.MainDocumentPart!.Document!.Body!;
        var blocks = body.ChildElements.Where(e => e is not SectionProperties).ToList();
        var (start, end) = FindBody(blocks);
        var chunk = blocks[start..end];
        var chunkLines = Math.Max(1, PageEstimate.Lines(chunk));
        var missingLines = Math.Max(0, pages * PageEstimate.LinesPerPage - PageEstimate.Lines(body.ChildElements));

        var nextDrawingId = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>()
            .Select(d => d.Id?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        var insertBefore = end < blocks.Count ? blocks[end] : body.ChildElements.OfType<SectionProperties>().LastOrDefault();
        while (missingLines > 0)
        {
            // Whole copies while they fit; the last copy is the chunk's first blocks, up to the lines still missing.
            var copied = missingLines >= chunkLines ? chunk : Prefix(chunk, missingLines);
            missingLines -= copied.Count == chunk.Count ? chunkLines : Math.Max(1, PageEstimate.Lines(copied));
            var holder = new Body(copied.Select(block => block.CloneNode(deep: true)));
            Sanitize(holder, ref nextDrawingId);
            foreach (var clone in holder.ChildElements.ToList())
            {
                clone.Remove();
                if (insertBefore is null) body.AppendChild(clone);
                else body.InsertBefore(clone, insertBefore);
            }
        }
        return editable.ToArray();
    }

    /// <summary>The first blocks of <paramref name="chunk"/> holding at least <paramref name="lines"/> estimated lines (one block at least).</summary>
    private static List<OpenXmlElement> Prefix(List<OpenXmlElement> chunk, double lines)
    {
        var count = 0;
        for (double sum = 0; count < chunk.Count && sum < lines; count++) sum += PageEstimate.Lines([chunk[count]]);
        return chunk[..Math.Max(1, count)];
    }

    /// <summary>[start, end) of the repeatable body among the top-level blocks.</summary>
    private static (int Start, int End) FindBody(List<OpenXmlElement> blocks)
    {
        var start = blocks.FindIndex(b => b is Paragraph p && (FirstHeading().IsMatch(p.InnerText) || p.ParagraphProperties?.NumberingProperties is not null));
        if (start < 0) start = blocks.Count / 4;
        var end = blocks.FindIndex(start, b => Closing().IsMatch(b.InnerText.Normalize(NormalizationForm.FormC)));
        if (end < 0) end = Math.Max(start + 1, blocks.Count * 3 / 4);
        return end - start >= 3 ? (start, end) : (0, blocks.Count);
    }

    /// <summary>Removes or renumbers what must stay unique in the copies held by <paramref name="holder"/>.</summary>
    private static void Sanitize(Body holder, ref uint nextDrawingId)
    {
        foreach (var element in holder.Descendants().Where(e => e is BookmarkStart or BookmarkEnd or CommentRangeStart or CommentRangeEnd
                     or CommentReference or FootnoteReference or EndnoteReference).ToList())
            element.Remove();
        foreach (var sdt in holder.Descendants().Where(e => e is SdtBlock or SdtRun or SdtCell or SdtRow).Reverse().ToList())
            Unwrap(sdt);
        foreach (var paragraph in holder.Descendants<Paragraph>())
        {
            paragraph.ParagraphId = null;
            paragraph.TextId = null;
        }
        foreach (var drawing in holder.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>())
            drawing.Id = nextDrawingId++;
    }

    /// <summary>Replaces a content control by its content.</summary>
    private static void Unwrap(OpenXmlElement sdt)
    {
        var content = sdt.ChildElements.FirstOrDefault(c => c is SdtContentBlock or SdtContentRun or SdtContentCell or SdtContentRow);
        if (content is not null)
            foreach (var child in content.ChildElements.ToList())
            {
                child.Remove();
                sdt.InsertBeforeSelf(child);
            }
        sdt.Remove();
    }

    [GeneratedRegex(@"^\s*(I|1)\s*[\.\)]\s")]
    private static partial Regex FirstHeading();

    /// <summary><c>Nơi nhận</c> even misspelt (<c>Nơi nhân</c>, <c>Noi nhan</c>), where the closing part starts.</summary>
    [GeneratedRegex(@"^\s*N[ơo]i\s*nh[ậâa]n", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
