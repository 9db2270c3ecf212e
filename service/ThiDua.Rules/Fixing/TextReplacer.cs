using System.Text;
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
/// The replacements of one paragraph are applied one after the other to its text — a find may take in what the previous
/// replacement wrote, as neighbouring spacing findings quote the same words — but the runs are rewritten once, at the end,
/// so that a long paragraph with many findings costs its length once, not once per finding (issue 14: 225 s for a
/// 5 000 000-character paragraph). Each find is matched from where the previous replacement ended (the findings of a rule
/// come in reading order; the match may start inside what that replacement wrote), else at its first occurrence before.
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
        var text = new EditedText(string.Concat(pieces.Select(p => p.Text)));
        for (var i = 0; i < replacements.Count; i++)
            applied[i] = replacements[i].Find.Length > 0 && text.Replace(replacements[i].Find, replacements[i].ReplaceWith);
        if (text.Edits.Count > 0) Rewrite(pieces, text.Edits);
        return applied;
    }

    /// <summary>
    /// A span [<paramref name="OriginalStart"/>, <paramref name="OriginalEnd"/>) of the paragraph's original text and what it
    /// now reads (<paramref name="Text"/>), which sits at [<paramref name="Start"/>, <paramref name="Start"/> + length) of the
    /// edited text.
    /// </summary>
    private readonly record struct Edit(int OriginalStart, int OriginalEnd, string Text, int Start)
    {
        public int End => Start + Text.Length;

        /// <summary>How far the edited text after this edit stands from the original: positions after it map back by this much.</summary>
        public int Shift => End - OriginalEnd;
    }

    /// <summary>
    /// The paragraph's text with the replacements so far: the edited text is built up to where the last replacement ended
    /// (<see cref="current"/>, the original beyond it untouched), and the edits are kept as disjoint spans of the original,
    /// sorted — a replacement that touches earlier edits is merged with them into one.
    /// </summary>
    private sealed class EditedText(string original)
    {
        private readonly StringBuilder current = new();
        private int consumed; // the original text up to here is in `current`

        public List<Edit> Edits { get; } = [];

        /// <summary>Replaces the next occurrence of <paramref name="find"/> (see <see cref="TextReplacer"/>); false when there is none.</summary>
        public bool Replace(string find, string with)
        {
            // Forward: an occurrence that starts in the last find.Length - 1 characters already edited, then in the original.
            var tail = Math.Min(find.Length - 1, current.Length);
            var zone = string.Concat(current.ToString(current.Length - tail, tail), original.AsSpan(consumed, Math.Min(find.Length - 1, original.Length - consumed)));
            var inZone = zone.IndexOf(find, StringComparison.Ordinal);
            if (inZone >= 0 && inZone < tail)
            {
                Apply(current.Length - tail + inZone, find.Length, with);
                return true;
            }
            var at = original.IndexOf(find, consumed, StringComparison.Ordinal);
            if (at >= 0)
            {
                current.Append(original, consumed, at - consumed);
                consumed = at;
                Apply(current.Length, find.Length, with);
                return true;
            }
            // Else the first occurrence before (it cannot reach past what is already edited: the forward search saw those).
            var before = current.ToString().IndexOf(find, StringComparison.Ordinal);
            if (before < 0) return false;
            Apply(before, find.Length, with);
            return true;
        }

        /// <summary>Replaces [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of the edited text, taking in the original as far as it reaches.</summary>
        private void Apply(int start, int length, string with)
        {
            var end = start + length;
            if (end > current.Length)
            {
                var more = end - current.Length;
                current.Append(original, consumed, more);
                consumed += more;
            }
            // The edits the span touches: [first, last).
            var first = FirstEndingAfter(start);
            var last = first;
            while (last < Edits.Count && Edits[last].Start < end) last++;
            var touched = last > first;
            var mergedStart = touched ? Math.Min(start, Edits[first].Start) : start;
            var mergedEnd = touched ? Math.Max(end, Edits[last - 1].End) : end;
            var shiftBefore = first > 0 ? Edits[first - 1].Shift : 0;
            var originalStart = touched && Edits[first].Start <= start ? Edits[first].OriginalStart : mergedStart - shiftBefore;
            var shiftAfter = touched ? Edits[last - 1].Shift : shiftBefore;
            var originalEnd = touched && Edits[last - 1].End >= end ? Edits[last - 1].OriginalEnd : mergedEnd - shiftAfter;
            var text = current.ToString(mergedStart, start - mergedStart) + with + current.ToString(end, mergedEnd - end);

            current.Remove(mergedStart, mergedEnd - mergedStart).Insert(mergedStart, text);
            var delta = text.Length - (mergedEnd - mergedStart);
            Edits.RemoveRange(first, last - first);
            Edits.Insert(first, new Edit(originalStart, originalEnd, text, mergedStart));
            for (var i = first + 1; i < Edits.Count; i++) Edits[i] = Edits[i] with { Start = Edits[i].Start + delta };
        }

        /// <summary>The index of the first edit that ends after <paramref name="position"/> of the edited text, or that starts there.</summary>
        private int FirstEndingAfter(int position)
        {
            int low = 0, high = Edits.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (Edits[middle].End < position || Edits[middle].End == position && Edits[middle].Start < position) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }

    /// <summary>Writes the edits (spans of the original text, sorted and disjoint) into the pieces, each piece once.</summary>
    private static void Rewrite(List<(OpenXmlElement Element, string Text)> pieces, List<Edit> edits)
    {
        var offset = 0;
        var m = 0;
        foreach (var (element, text) in pieces)
        {
            var start = offset;
            var end = offset + text.Length;
            offset = end;
            while (m < edits.Count && edits[m].OriginalEnd <= start) m++; // ended in an earlier piece
            if (m == edits.Count) break;
            if (edits[m].OriginalStart >= end) continue;

            if (element is Text t)
            {
                var rewritten = new StringBuilder(text.Length);
                var position = start;
                while (m < edits.Count && edits[m].OriginalStart < end)
                {
                    var edit = edits[m];
                    if (edit.OriginalStart >= start)
                    {
                        rewritten.Append(text, position - start, edit.OriginalStart - position);
                        rewritten.Append(edit.Text);
                    }
                    position = Math.Min(edit.OriginalEnd, end);
                    if (edit.OriginalEnd > end) break; // it goes on in the next piece
                    m++;
                }
                rewritten.Append(text, position - start, end - position);
                t.Text = rewritten.ToString();
                t.Space = SpaceProcessingModeValues.Preserve;
            }
            else
            {
                // A break or a tab: one character, inside the edit.
                var edit = edits[m];
                if (edit.OriginalStart == start && edit.Text.Length > 0)
                    element.Parent!.ReplaceChild(new Text(edit.Text) { Space = SpaceProcessingModeValues.Preserve }, element);
                else
                    element.Remove();
                if (edit.OriginalEnd <= end) m++;
            }
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
