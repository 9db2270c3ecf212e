using ThiDua.Docx.Model;

namespace ThiDua.Plans.Model;

/// <summary>Which column of the two-column administrative header an element sits in (Phụ lục I, Mục II; Mẫu 1.4 Phụ lục III).</summary>
public enum HeaderColumn
{
    /// <summary>Left column: cơ quan chủ quản, cơ quan ban hành, số ký hiệu.</summary>
    Left,
    /// <summary>Right column: Quốc hiệu, Tiêu ngữ, địa danh và thời điểm.</summary>
    Right,
    /// <summary>Full width under the two columns: tên loại, trích yếu.</summary>
    Full,
}

/// <summary>
/// A piece of a paragraph that is one plan element: a whole paragraph, one line of it (split at a manual line break), or
/// one tab-separated column of a header laid out with tab stops.
/// </summary>
/// <param name="Paragraph">Body paragraph index.</param>
/// <param name="Start">Offset in the paragraph's <see cref="DocParagraph.Text"/>.</param>
/// <param name="Text">The segment's text, trimmed.</param>
/// <param name="Runs">The runs (clipped) that draw it; whitespace-only runs excluded.</param>
/// <param name="Column">Header column, <see cref="HeaderColumn.Full"/> outside the header.</param>
public sealed record TextSegment(int Paragraph, int Start, string Text, IReadOnlyList<DocRun> Runs, HeaderColumn Column)
{
    /// <summary>
    /// The paragraph its last line is in: <see cref="Paragraph"/>, or a later one for an element the plan breaks over two
    /// paragraphs (<see cref="Join"/>).
    /// </summary>
    public int EndParagraph { get; init; } = Paragraph;

    /// <summary>True when the element is broken over two lines (a manual line break or two paragraphs).</summary>
    public bool IsBroken => Text.Contains('\n');

    /// <summary>
    /// One element written as two lines, <paramref name="first"/> then <paramref name="next"/> (<c>Số:</c> /
    /// <c>15/2020/NQ-HĐND</c>): the text joined by a line break, the runs of both.
    /// </summary>
    public static TextSegment Join(TextSegment first, TextSegment next) =>
        new(first.Paragraph, first.Start, first.Text + "\n" + next.Text, [.. first.Runs, .. next.Runs], first.Column) { EndParagraph = next.EndParagraph };

    /// <summary>True when every visible run is bold.</summary>
    public bool AllBold => Runs.Count > 0 && Runs.All(r => r.Format.Bold);
    /// <summary>True when any visible run is bold.</summary>
    public bool AnyBold => Runs.Any(r => r.Format.Bold);
    /// <summary>True when every visible run is italic.</summary>
    public bool AllItalic => Runs.Count > 0 && Runs.All(r => r.Format.Italic);
    /// <summary>True when every visible run is underlined.</summary>
    public bool AllUnderlined => Runs.Count > 0 && Runs.All(r => r.Format.IsUnderlined);
    /// <summary>Font sizes used, in pt, distinct.</summary>
    public IReadOnlyList<double> SizesPt => Runs.Select(r => r.Format.SizePt).Distinct().ToList();
    /// <summary>The size drawing most characters, in pt (0 when no runs).</summary>
    public double MainSizePt => Runs.Count == 0 ? 0 : Runs.GroupBy(r => r.Format.SizePt).OrderByDescending(g => g.Sum(r => r.Text.Length)).First().Key;

    /// <summary>Estimated drawn width in twips (Times New Roman metrics, see <see cref="ThiDua.Docx.Formatting.TextMeasure"/>).</summary>
    public int WidthTwips => ThiDua.Docx.Formatting.TextMeasure.WidthTwips(Runs.Select(r => (r.Text.Trim('\t', '\n'), r.Format)));

    /// <summary>Builds a segment for <paramref name="length"/> characters at <paramref name="start"/> of a paragraph.</summary>
    public static TextSegment Of(DocParagraph p, int start, int length, HeaderColumn column)
    {
        var end = start + length;
        var runs = new List<DocRun>();
        foreach (var r in p.Runs)
        {
            var rs = Math.Max(r.Start, start);
            var re = Math.Min(r.Start + r.Text.Length, end);
            if (re <= rs) continue;
            var piece = r.Text.Substring(rs - r.Start, re - rs);
            if (!string.IsNullOrWhiteSpace(piece)) runs.Add(r with { Text = piece, Start = rs });
        }
        var raw = p.Text.Substring(start, length);
        var lead = raw.Length - raw.TrimStart().Length;
        return new TextSegment(p.Index, start + lead, raw.Trim(), runs, column);
    }

    /// <summary>The paragraph's lines (split at manual line breaks), each as a segment; blank lines left out.</summary>
    public static IEnumerable<TextSegment> Lines(DocParagraph p, HeaderColumn column = HeaderColumn.Full)
    {
        var start = 0;
        for (var i = 0; i <= p.Text.Length; i++)
        {
            if (i < p.Text.Length && p.Text[i] != '\n') continue;
            if (p.Text.AsSpan(start, i - start).Trim().Length > 0) yield return Of(p, start, i - start, column);
            start = i + 1;
        }
    }

    /// <summary>The whole paragraph as one segment.</summary>
    public static TextSegment Whole(DocParagraph p, HeaderColumn column) => Of(p, 0, p.Text.Length, column);
}
