using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>
/// Wraps block-level elements (paragraphs, tables) that stand next to each other under one parent in a block content
/// control, or a table row in a row control, moving the elements themselves (their text and formatting untouched).
/// </summary>
internal static class BlockRange
{
    /// <summary>
    /// Moves <paramref name="first"/> through <paramref name="last"/> (siblings, in order) into the control
    /// <paramref name="wrap"/> makes of them, put in their place. Returns false, changing nothing, when they are not
    /// siblings in that order (or the range would take in the section properties).
    /// </summary>
    public static bool Wrap(OpenXmlElement first, OpenXmlElement last, Func<IReadOnlyList<OpenXmlElement>, OpenXmlElement> wrap)
    {
        if (first.Parent is null || first.Parent != last.Parent) return false;
        var elements = new List<OpenXmlElement>();
        for (var e = first; e is not null; e = e.NextSibling())
        {
            if (e is SectionProperties) return false;
            elements.Add(e);
            if (e == last) break;
        }
        if (elements[^1] != last) return false;
        var anchor = first.PreviousSibling();
        var parent = first.Parent;
        foreach (var e in elements) e.Remove();
        var control = wrap(elements);
        if (anchor is null) parent.PrependChild(control);
        else anchor.InsertAfterSelf(control);
        return true;
    }

    /// <summary>Replaces <paramref name="row"/> by the row control <paramref name="wrap"/> makes of it.</summary>
    public static void WrapRow(TableRow row, Func<TableRow, OpenXmlElement> wrap)
    {
        var anchor = row.PreviousSibling();
        var parent = row.Parent!;
        row.Remove();
        var control = wrap(row);
        if (anchor is null) parent.PrependChild(control);
        else anchor.InsertAfterSelf(control);
    }
}
