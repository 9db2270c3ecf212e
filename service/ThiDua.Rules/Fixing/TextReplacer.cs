using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Rules.Fixing;

/// <summary>
/// Replaces text inside a paragraph as the reader displays it: words Word split over several runs, and manual line breaks
/// (<c>w:br</c>, <c>\n</c>) and tabs (<c>w:tab</c>, <c>\t</c>) inside the match. The replacement goes into the first
/// text touched (keeping its run's formatting); the other matched characters, breaks and tabs are removed.
/// </summary>
internal static class TextReplacer
{
    /// <summary>Replaces the first occurrence of <paramref name="find"/>; returns false when it is not in the paragraph.</summary>
    public static bool ReplaceFirst(Paragraph paragraph, string find, string replaceWith)
    {
        if (find.Length == 0) return false;
        var pieces = Pieces(paragraph).ToList();
        var joined = string.Concat(pieces.Select(p => p.Text));
        var at = joined.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) return false;
        var end = at + find.Length;
        var offset = 0;
        var inserted = false;
        foreach (var (element, text) in pieces)
        {
            var s = offset;
            var e = offset + text.Length;
            offset = e;
            if (e <= at || s >= end) continue;
            var replacement = inserted ? "" : replaceWith;
            inserted = true;
            if (element is Text t)
            {
                t.Text = t.Text[..(Math.Max(at, s) - s)] + replacement + t.Text[(Math.Min(end, e) - s)..];
                t.Space = SpaceProcessingModeValues.Preserve;
            }
            else if (replacement.Length > 0)
                element.Parent!.ReplaceChild(new Text(replacement) { Space = SpaceProcessingModeValues.Preserve }, element);
            else
                element.Remove();
        }
        return true;
    }

    /// <summary>The displayed pieces of a paragraph's runs: text, line breaks as <c>\n</c>, tabs as <c>\t</c>.</summary>
    private static IEnumerable<(OpenXmlElement Element, string Text)> Pieces(Paragraph paragraph)
    {
        foreach (var run in paragraph.Descendants<Run>())
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t: yield return (t, t.Text); break;
                    case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping: yield return (br, "\n"); break;
                    case TabChar tab: yield return (tab, "\t"); break;
                }
            }
        }
    }
}
