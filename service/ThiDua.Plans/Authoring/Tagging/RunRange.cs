using ThiDua.Plans.Authoring.Ooxml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>
/// Wraps a stretch of a paragraph's text (character offsets of <see cref="RunText"/>) in an inline content control without
/// changing the text or its formatting: runs cut by the stretch's ends are split in two, each half keeping the run's
/// properties; other run-level elements (hyperlinks, fields, inline controls) are moved whole and must lie wholly inside.
/// </summary>
internal static class RunRange
{
    /// <summary>
    /// Moves the content of <paramref name="paragraph"/> between <paramref name="start"/> and
    /// <paramref name="start"/> + <paramref name="length"/> into the control <paramref name="wrap"/> makes of it, put in
    /// its place. Returns false, changing nothing, when an end falls inside an element that cannot be split.
    /// </summary>
    public static bool Wrap(OpenXmlElement paragraph, int start, int length, Func<IReadOnlyList<OpenXmlElement>, OpenXmlElement> wrap)
    {
        var end = start + length;
        if (length <= 0 || !CanCut(paragraph, start) || !CanCut(paragraph, end)) return false;
        Cut(paragraph, start);
        Cut(paragraph, end);

        var inside = new List<OpenXmlElement>();
        var offset = 0;
        foreach (var child in paragraph.ChildElements.ToList())
        {
            if (child is ParagraphProperties) continue;
            var size = RunText.Of(child).Length;
            var within = size == 0 ? offset > start && offset < end : offset >= start && offset + size <= end;
            if (within) inside.Add(child);
            offset += size;
        }
        if (inside.Count == 0) return false;
        var anchor = inside[0].PreviousSibling(); // the paragraph properties at the latest, which stay first
        foreach (var e in inside) e.Remove();
        var control = wrap(inside);
        if (anchor is null) paragraph.PrependChild(control);
        else anchor.InsertAfterSelf(control);
        return true;
    }

    /// <summary>True when <paramref name="at"/> is a boundary between children or falls inside a plain run's text.</summary>
    private static bool CanCut(OpenXmlElement paragraph, int at)
    {
        var offset = 0;
        foreach (var child in paragraph.ChildElements)
        {
            var size = RunText.Of(child).Length;
            if (at > offset && at < offset + size) return child is Run;
            offset += size;
        }
        return at <= offset;
    }

    /// <summary>Splits the run that <paramref name="at"/> falls inside, so that <paramref name="at"/> becomes a boundary.</summary>
    private static void Cut(OpenXmlElement paragraph, int at)
    {
        var offset = 0;
        foreach (var child in paragraph.ChildElements.ToList())
        {
            var size = RunText.Of(child).Length;
            if (at > offset && at < offset + size && child is Run run)
            {
                Split(run, at - offset);
                return;
            }
            offset += size;
        }
    }

    /// <summary>Splits <paramref name="run"/> after <paramref name="at"/> characters into itself and a new run after it with the same properties.</summary>
    private static void Split(Run run, int at)
    {
        var tail = new Run();
        if (run.RunProperties is { } rPr) tail.Append(rPr.CloneNode(true));
        var offset = 0;
        foreach (var child in run.ChildElements.Where(c => c is not RunProperties).ToList())
        {
            var size = RunText.Piece(child).Length;
            if (offset >= at)
            {
                child.Remove();
                tail.Append(child);
            }
            else if (offset + size > at && child is Text text)
            {
                var keep = at - offset;
                var rest = text.Text[keep..];
                text.Text = text.Text[..keep];
                text.Space = SpaceProcessingModeValues.Preserve;
                tail.Append(new Text(rest) { Space = SpaceProcessingModeValues.Preserve });
            }
            offset += size;
        }
        run.InsertAfterSelf(tail);
    }
}
