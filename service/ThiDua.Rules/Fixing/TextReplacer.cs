using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Rules.Fixing;

/// <summary>
/// Replaces text inside a paragraph whose words Word split over several runs: the match may span <c>w:t</c> elements;
/// the replacement goes into the first run touched (keeping its formatting) and the matched characters are removed from the
/// others.
/// </summary>
internal static class TextReplacer
{
    /// <summary>Replaces the first occurrence of <paramref name="find"/>; returns false when it is not in the paragraph.</summary>
    public static bool ReplaceFirst(Paragraph paragraph, string find, string replaceWith)
    {
        if (find.Length == 0) return false;
        var texts = paragraph.Descendants<Text>().Where(t => t.Parent is Run).ToList();
        var joined = string.Concat(texts.Select(t => t.Text));
        var at = joined.IndexOf(find, StringComparison.Ordinal);
        if (at < 0) return false;
        var end = at + find.Length;
        var offset = 0;
        var inserted = false;
        foreach (var t in texts)
        {
            var s = offset;
            var e = offset + t.Text.Length;
            offset = e;
            if (e <= at || s >= end) continue;
            var localStart = Math.Max(at, s) - s;
            var localEnd = Math.Min(end, e) - s;
            var replacement = inserted ? "" : replaceWith;
            inserted = true;
            t.Text = t.Text[..localStart] + replacement + t.Text[localEnd..];
            t.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        }
        return true;
    }
}
