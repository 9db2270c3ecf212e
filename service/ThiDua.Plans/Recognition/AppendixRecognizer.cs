using System.Text.RegularExpressions;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Recognises the phụ lục after the closing part (Phụ lục I, Mục III.1) by position and words, in any case and look: a
/// paragraph outside tables whose first line opens with <c>Phụ lục</c> (or <c>Biểu số</c> and a number), numbered or not,
/// perhaps with its title on the same line; the title lines under it; the <c>(Kèm theo …)</c> line under them.
/// </summary>
public static partial class AppendixRecognizer
{
    /// <summary>A label line, on text folded by <see cref="TextKey.FoldLower"/> (same length as written).</summary>
    [GeneratedRegex(@"^(?:phu luc|bieu(?=\s+so\b|\s+\d))(?:\s+so)?(?:\s+(?<n>[ivxlc]+|\d+[a-z]?)(?![\p{L}\d]))?\s*(?:[.:\-–—]\s*)?(?<rest>.*)$")]
    private static partial Regex LabelLine();

    /// <summary>A label line longer than this is running text.</summary>
    private const int MaxLabelLine = 200;

    /// <summary>How many lines under the label the title and the <c>(Kèm theo …)</c> line are looked for in.</summary>
    private const int HeadLines = 5;

    /// <summary>The phụ lục of <paramref name="doc"/> that start after paragraph <paramref name="after"/> (the closing's last).</summary>
    public static IReadOnlyList<Appendix> Recognize(DocxDocument doc, int after)
    {
        var ps = doc.Paragraphs;
        var labels = new List<(int Paragraph, Match Match, string Line)>();
        for (var i = Math.Max(0, after + 1); i < ps.Count; i++)
        {
            if (ps[i].Cell is not null) continue;
            var line = ps[i].Text.Split('\n')[0];
            var trimmed = line.TrimStart();
            // Offsets in the folded line are offsets in the line only for NFC text (a decomposed line is TEXT-NFC's).
            if (trimmed.Length == 0 || trimmed.Length > MaxLabelLine || !trimmed.IsNormalized()) continue;
            var m = LabelLine().Match(TextKey.FoldLower(trimmed));
            if (m.Success && trimmed.Length == m.Length) labels.Add((i, m, line));
        }
        var appendices = new List<Appendix>();
        for (var k = 0; k < labels.Count; k++)
        {
            var (index, m, line) = labels[k];
            var p = ps[index];
            var last = k + 1 < labels.Count ? labels[k + 1].Paragraph - 1 : ps.Count - 1;
            var lead = line.Length - line.TrimStart().Length;
            var rest = m.Groups["rest"];
            var labelLength = rest.Length > 0 ? rest.Index : line.TrimEnd().Length - lead;
            var label = TextSegment.Of(p, lead, Math.Max(1, Math.Min(labelLength, line.Length - lead)), HeaderColumn.Full);
            var number = m.Groups["n"].Success ? line.Substring(lead + m.Groups["n"].Index, m.Groups["n"].Length) : "";
            var title = new List<TextSegment>();
            if (rest.Length > 0) title.Add(TextSegment.Of(p, lead + rest.Index, rest.Length, HeaderColumn.Full));
            TextSegment? attachment = null;
            var lines = TextSegment.Lines(p).Skip(1).Concat(Enumerable.Range(index + 1, Math.Max(0, last - index)).Select(i => ps[i])
                .TakeWhile(q => q.Cell is null).SelectMany(q => TextSegment.Lines(q))).Take(HeadLines);
            foreach (var l in lines)
            {
                if (IsAttachment(l.Text)) { attachment = l; break; }
                if (title.Count > 0 && !TextKey.IsUpper(l.Text)) break;
                title.Add(l);
            }
            appendices.Add(new Appendix(label, number, rest.Length > 0, title, attachment, index, last));
        }
        return appendices;
    }

    /// <summary>True for the line that says what the phụ lục is attached to: <c>(Kèm theo …)</c>, in any case.</summary>
    public static bool IsAttachment(string line) =>
        TextKey.Fold(line).TrimStart('(', ' ').StartsWith(TextKey.Fold(Nd30Wording.AppendixAttachment), StringComparison.Ordinal);
}
