using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Reading;

namespace ThiDua.Rules.Fixing;

/// <summary>
/// Replaces text inside a paragraph as the reader displays it: words Word split over several runs, and manual line breaks
/// (<c>w:br</c>, <c>\n</c>) and tabs (<c>w:tab</c>, <c>\t</c>) inside the match. The replacement goes into the first
/// text touched (keeping its run's formatting); the other matched characters, breaks and tabs are removed.
/// </summary>
/// <remarks>
/// All the replacements of one paragraph are applied in one pass, so that a long paragraph with many findings costs its
/// length once, not once per finding: each is matched in the paragraph's text from where the one before it ended (the
/// findings of a rule come in reading order), else at its first occurrence before that which no earlier replacement
/// touched; then every run's text is rewritten once.
/// </remarks>
internal static class TextReplacer
{
    /// <summary>
    /// Applies <paramref name="replacements"/>, in order, to <paramref name="paragraph"/>; returns, for each, whether its text
    /// was found and replaced (an empty or missing text is skipped).
    /// </summary>
    public static bool[] Replace(Paragraph paragraph, IReadOnlyList<TextReplacement> replacements)
    {
        var applied = new bool[replacements.Count];
        var pieces = Pieces(paragraph);
        var joined = string.Concat(pieces.Select(p => p.Text));
        var matches = new List<Match>(); // sorted by start, never overlapping
        var cursor = 0;
        for (var i = 0; i < replacements.Count; i++)
        {
            var (find, with) = (replacements[i].Find, replacements[i].ReplaceWith);
            if (find.Length == 0) continue;
            var at = joined.IndexOf(find, cursor, StringComparison.Ordinal);
            var slot = matches.Count;
            if (at < 0 && !FindBefore(joined, find, cursor, matches, out at, out slot)) continue;
            matches.Insert(slot, new Match(at, at + find.Length, with));
            cursor = at + find.Length;
            applied[i] = true;
        }
        if (matches.Count > 0) Rewrite(pieces, matches);
        return applied;
    }

    /// <summary>A matched span [<paramref name="Start"/>, <paramref name="End"/>) of the paragraph's text and what replaces it.</summary>
    private readonly record struct Match(int Start, int End, string With);

    /// <summary>
    /// The first occurrence of <paramref name="find"/> ending before <paramref name="cursor"/> plus its length that overlaps no
    /// earlier match, and the index where it goes in <paramref name="matches"/>.
    /// </summary>
    private static bool FindBefore(string joined, string find, int cursor, List<Match> matches, out int at, out int slot)
    {
        var limit = Math.Min(joined.Length, cursor + find.Length - 1);
        var next = 0; // first match that ends after the candidate's start
        for (at = joined.IndexOf(find, 0, limit, StringComparison.Ordinal); at >= 0;
             at = at + 1 < limit ? joined.IndexOf(find, at + 1, limit - at - 1, StringComparison.Ordinal) : -1)
        {
            while (next < matches.Count && matches[next].End <= at) next++;
            if (next == matches.Count || matches[next].Start >= at + find.Length)
            {
                slot = next;
                return true;
            }
        }
        slot = -1;
        return false;
    }

    /// <summary>Writes the matches into the pieces, each piece once.</summary>
    private static void Rewrite(List<(OpenXmlElement Element, string Text)> pieces, List<Match> matches)
    {
        var offset = 0;
        var m = 0;
        foreach (var (element, text) in pieces)
        {
            var start = offset;
            var end = offset + text.Length;
            offset = end;
            if (m == matches.Count) break;
            if (matches[m].Start >= end) continue;

            if (element is Text t)
            {
                var rewritten = new System.Text.StringBuilder(text.Length);
                var position = start;
                while (m < matches.Count && matches[m].Start < end)
                {
                    var match = matches[m];
                    if (match.Start >= start)
                    {
                        rewritten.Append(text, position - start, match.Start - position);
                        rewritten.Append(match.With);
                    }
                    position = Math.Min(match.End, end);
                    if (match.End > end) break; // it goes on in the next piece
                    m++;
                }
                rewritten.Append(text, position - start, end - position);
                t.Text = rewritten.ToString();
                t.Space = SpaceProcessingModeValues.Preserve;
            }
            else
            {
                // A break or a tab: one character, inside the match.
                var match = matches[m];
                if (match.Start == start && match.With.Length > 0)
                    element.Parent!.ReplaceChild(new Text(match.With) { Space = SpaceProcessingModeValues.Preserve }, element);
                else
                    element.Remove();
                if (match.End <= end) m++;
            }
            while (m < matches.Count && matches[m].End <= end) m++;
        }
    }

    /// <summary>The displayed pieces of a paragraph's runs (<see cref="ParagraphLocator.Runs"/>): text, line breaks as <c>\n</c>, tabs as <c>\t</c>.</summary>
    private static List<(OpenXmlElement Element, string Text)> Pieces(Paragraph paragraph)
    {
        var pieces = new List<(OpenXmlElement, string)>();
        foreach (var run in ParagraphLocator.Runs(paragraph))
        {
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t: pieces.Add((t, t.Text)); break;
                    case Break br when br.Type?.InnerText is null or "textWrapping": pieces.Add((br, "\n")); break;
                    case TabChar tab: pieces.Add((tab, "\t")); break;
                }
            }
        }
        return pieces;
    }
}
