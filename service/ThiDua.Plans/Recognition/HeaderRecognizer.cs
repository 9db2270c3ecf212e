using System.Text.RegularExpressions;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Recognises the administrative header (Phụ lục I, Mục II.1–5) from text and layout: finds the tên loại, splits the
/// paragraphs above it into the left and right columns (table cells, tab-stop columns, or stacked paragraphs), names each
/// piece by its text (Quốc hiệu, Tiêu ngữ, Số, địa danh - ngày tháng, cơ quan), and finds the lines drawn under the
/// cơ quan, the Tiêu ngữ and the trích yếu.
/// </summary>
public static partial class HeaderRecognizer
{
    /// <summary>Tên loại of administrative documents (Phụ lục III), folded; a kế hoạch uses <c>KE HOACH</c>.</summary>
    private static readonly string[] DocumentTypes =
        ["KE HOACH", "QUYET DINH", "BAO CAO", "THONG BAO", "HUONG DAN", "CHUONG TRINH", "PHUONG AN", "DE AN", "TO TRINH", "CONG VAN", "CHI THI", "QUY CHE", "QUY DINH"];

    /// <summary>How far into the document the tên loại is looked for.</summary>
    private const int SearchLimit = 40;

    [GeneratedRegex(@"^SO\s*[:.]?(\s|\d|/|$)")]
    private static partial Regex NumberKey();

    [GeneratedRegex(@"NGAY.*THANG.*NAM")]
    private static partial Regex DateKey();

    /// <summary>Recognises the header of <paramref name="doc"/>.</summary>
    public static PlanHeader Recognize(DocxDocument doc)
    {
        var paragraphs = doc.Paragraphs;
        var limit = Math.Min(paragraphs.Count, SearchLimit);
        // A tagged plan says where its tên loại is (thidua:title); otherwise it is found by its words.
        var titleIndex = doc.ContentControls.FirstOrDefault(c => c.Tag == "thidua:title" && c.FirstParagraph >= 0)?.FirstParagraph ?? -1;
        for (var i = 0; i < limit && titleIndex < 0; i++)
        {
            var key = TextKey.Fold(paragraphs[i].Text);
            var firstLine = key.Split('\n')[0].Trim();
            if (DocumentTypes.Contains(firstLine) && paragraphs[i].Cell is null) { titleIndex = i; break; }
        }

        var textWidth = doc.Sections.Count > 0 ? doc.Sections[0].TextWidth : 9355;
        var segments = new List<TextSegment>();
        var headerEnd = titleIndex >= 0 ? titleIndex - 1 : HeaderEndWithoutTitle(paragraphs, limit);
        var layout = HeaderLayout.Paragraphs;
        int leftWidth = 0, rightWidth = 0;
        for (var i = 0; i <= headerEnd; i++)
        {
            var p = paragraphs[i];
            if (p.Cell is { } cell)
            {
                var table = doc.Tables[cell.Table];
                var column = cell.Column * 2 < table.ColumnCount ? HeaderColumn.Left : HeaderColumn.Right;
                layout = HeaderLayout.Table;
                var width = table.Rows[cell.Row].Cells.FirstOrDefault(c => c.Column == cell.Column)?.WidthTwips ?? 0;
                if (column == HeaderColumn.Left) leftWidth = Math.Max(leftWidth, width); else rightWidth = Math.Max(rightWidth, width);
                segments.AddRange(Lines(p, column));
            }
            else if (p.Text.Contains('\t') && p.Text.Trim('\t', ' ').Length > 0)
            {
                layout = layout == HeaderLayout.Table ? layout : HeaderLayout.TabStops;
                segments.AddRange(TabColumns(p, textWidth));
                leftWidth = rightWidth = textWidth / 2;
            }
            else
            {
                foreach (var line in Lines(p, HeaderColumn.Full))
                    segments.Add(line with { Column = GuessColumn(p, textWidth) });
            }
        }
        if (doc.TextBoxParagraphs.Any(t => TextKey.Fold(t).Contains("CONG HOA XA HOI CHU NGHIA"))) layout = HeaderLayout.TextBox;
        else if (layout == HeaderLayout.Paragraphs && Enumerable.Range(0, headerEnd + 1).Any(i => paragraphs[i].Drawings.Any(d => d.Kind == DrawingKind.Picture))
                 && !segments.Any(s => TextKey.Fold(s.Text).Contains("CONG HOA")))
            layout = HeaderLayout.Picture;
        if (leftWidth == 0) leftWidth = textWidth / 2;
        if (rightWidth == 0) rightWidth = textWidth / 2;

        TextSegment? nation = null, motto = null, number = null, placeDate = null;
        var agencyLines = new List<TextSegment>();
        foreach (var s in segments)
        {
            var key = TextKey.Fold(s.Text);
            if (key.Length == 0) continue;
            if (nation is null && key.Contains("CONG HOA XA HOI CHU NGHIA")) nation = s;
            else if (motto is null && key.Contains("DOC LAP") && key.Contains("TU DO")) motto = s;
            else if (placeDate is null && DateKey().IsMatch(key)) placeDate = s;
            else if (number is null && NumberKey().IsMatch(key)) number = s;
            else if (s.Column != HeaderColumn.Right && number is null && TextKey.IsUpper(s.Text)) agencyLines.Add(s);
        }
        var (parent, agency) = SplitParent(agencyLines);

        TextSegment? type = null;
        var subject = new List<TextSegment>();
        var last = headerEnd;
        if (titleIndex >= 0)
        {
            var lines = Lines(paragraphs[titleIndex], HeaderColumn.Full).ToList();
            type = lines[0];
            subject.AddRange(lines.Skip(1));
            last = titleIndex;
            for (var i = titleIndex + 1; i < Math.Min(paragraphs.Count, titleIndex + 4); i++)
            {
                var p = paragraphs[i];
                if (p.Cell is not null || string.IsNullOrWhiteSpace(p.Text) || p.Format.Alignment != Alignment.Center || p.Numbering is not null) break;
                subject.AddRange(Lines(p, HeaderColumn.Full));
                last = i;
            }
        }

        var agencyLine = FindLine(doc, agency.Count > 0 ? agency[^1] : null, segments, textWidth, leftWidth);
        var mottoLine = FindLine(doc, motto, segments, textWidth, rightWidth);
        var subjectLine = FindLine(doc, subject.Count > 0 ? subject[^1] : null, segments, textWidth, textWidth);
        if (subjectLine is not null) last = Math.Max(last, subjectLine.Paragraph);

        var first = segments.Count > 0 ? segments[0].Paragraph : titleIndex;
        return new PlanHeader(layout, parent, agency, number, nation, motto, placeDate, type, subject,
            agencyLine, mottoLine, subjectLine, first < 0 ? 0 : first, last, leftWidth, rightWidth);
    }

    /// <summary>Without a tên loại the header ends before the first justified or numbered paragraph of running text.</summary>
    private static int HeaderEndWithoutTitle(IReadOnlyList<DocParagraph> paragraphs, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            var p = paragraphs[i];
            if (p.Cell is null && (p.Format.Alignment == Alignment.Justified || p.Numbering is not null) && p.Text.Trim().Length > 0) return i - 1;
        }
        return -1;
    }

    /// <summary>The lines of a paragraph split at manual line breaks.</summary>
    private static IEnumerable<TextSegment> Lines(DocParagraph p, HeaderColumn column)
    {
        var start = 0;
        var text = p.Text;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (text.AsSpan(start, i - start).Trim().Length > 0) yield return TextSegment.Of(p, start, i - start, column);
            start = i + 1;
        }
    }

    /// <summary>Tab-separated columns of a header line built with tab stops: left of the page middle = left column.</summary>
    private static IEnumerable<TextSegment> TabColumns(DocParagraph p, int textWidth)
    {
        var text = p.Text;
        var pieces = new List<(int Start, int Length, int TabsBefore)>();
        var tabs = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\t') continue;
            if (text.AsSpan(start, i - start).Trim().Length > 0) pieces.Add((start, i - start, tabs));
            if (i < text.Length) tabs++;
            start = i + 1;
        }
        var stops = p.Format.Tabs;
        for (var k = 0; k < pieces.Count; k++)
        {
            var (s, len, before) = pieces[k];
            HeaderColumn column;
            if (pieces.Count >= 2) column = k == 0 ? HeaderColumn.Left : HeaderColumn.Right;
            else
            {
                var stop = before > 0 && before <= stops.Count ? stops[before - 1].PositionTwips : 0;
                column = stop > textWidth / 2 ? HeaderColumn.Right : HeaderColumn.Left;
            }
            yield return TextSegment.Of(p, s, len, column);
        }
    }

    private static HeaderColumn GuessColumn(DocParagraph p, int textWidth) =>
        p.Format.Alignment == Alignment.Right || p.Format.LeftIndent > textWidth / 3 ? HeaderColumn.Right : HeaderColumn.Full;

    /// <summary>
    /// Splits the upper-case lines of the left column into cơ quan chủ quản and cơ quan ban hành (Mục II.2): the chủ quản
    /// stands above, not bold, over bold lines of the cơ quan ban hành.
    /// </summary>
    private static (IReadOnlyList<TextSegment> Parent, IReadOnlyList<TextSegment> Agency) SplitParent(List<TextSegment> lines)
    {
        if (lines.Count < 2) return ([], lines);
        var lastPlainBeforeBold = -1;
        for (var i = 0; i < lines.Count - 1; i++)
            if (!lines[i].AnyBold && lines.Skip(i + 1).All(l => l.AllBold)) { lastPlainBeforeBold = i; break; }
        if (lastPlainBeforeBold >= 0) return (lines.Take(lastPlainBeforeBold + 1).ToList(), lines.Skip(lastPlainBeforeBold + 1).ToList());
        // Same weight: "UBND HUYỆN X" above "ỦY BAN NHÂN DÂN" + "XÃ Y" is still a chủ quản by its words.
        var firstKey = TextKey.Fold(lines[0].Text);
        var restKey = TextKey.Fold(string.Join(" ", lines.Skip(1).Select(l => l.Text)));
        if ((firstKey.StartsWith("UBND ") || firstKey.StartsWith("UY BAN NHAN DAN ")) && firstKey.Length > "UY BAN NHAN DAN".Length
            && restKey.StartsWith("UY BAN NHAN DAN"))
            return ([lines[0]], lines.Skip(1).ToList());
        return ([], lines);
    }

    /// <summary>
    /// The line under an element: a drawn line in its paragraph, a bottom border on it, a following paragraph that is empty
    /// but for a bottom border or a drawn line (in the same column), the text underlined, or a row of typed underscores.
    /// </summary>
    private static HeaderLine? FindLine(DocxDocument doc, TextSegment? element, List<TextSegment> segments, int textWidth, int columnWidth)
    {
        if (element is null) return null;
        var paragraphs = doc.Paragraphs;
        var p = paragraphs[element.Paragraph];
        var line = DrawnLine(p, element.Column) ?? Border(p, columnWidth);
        if (line is not null) return line;
        if (element.AllUnderlined) return new HeaderLine(LineKind.Underline, p.Index, element.WidthTwips, element.Runs.All(r => r.Format.Underline is "single" or "thick"));
        for (var i = p.Index + 1; i < Math.Min(paragraphs.Count, p.Index + 3); i++)
        {
            var next = paragraphs[i];
            if (!SameColumn(p, next)) continue;
            var trimmed = next.Text.Trim();
            if (trimmed.Length > 0 && trimmed.All(c => c is '_' or '-' or '–' or '—'))
                return new HeaderLine(LineKind.TypedCharacters, next.Index, TextMeasure.WidthTwips(trimmed, next.MarkFormat.SizeHalfPoints, false), false);
            if (trimmed.Length > 0) break;
            if ((DrawnLine(next, element.Column) ?? Border(next, columnWidth)) is { } found) return found;
        }
        return null;
    }

    private static bool SameColumn(DocParagraph a, DocParagraph b) =>
        a.Cell is null ? b.Cell is null : b.Cell is { } bc && bc.Table == a.Cell.Table && bc.Column == a.Cell.Column;

    /// <summary>
    /// A drawn line in the paragraph. A header line built with tab stops carries the lines of both columns in one paragraph:
    /// the left column's is the one further left (smaller horizontal offset), the right column's the one further right.
    /// </summary>
    private static HeaderLine? DrawnLine(DocParagraph p, HeaderColumn column)
    {
        var lines = p.Drawings.Where(d => d.Kind == DrawingKind.Line).OrderBy(d => d.OffsetXEmu ?? 0).ToList();
        if (lines.Count == 0) return null;
        var d = lines.Count > 1 && column == HeaderColumn.Right ? lines[^1] : lines[0];
        return new HeaderLine(LineKind.Drawing, p.Index, d.WidthTwips, true);
    }

    /// <summary>A bottom border spans the column between the paragraph's indents (cell margins of 108 twips each side).</summary>
    private static HeaderLine? Border(DocParagraph p, int columnWidth)
    {
        if (p.Format.BottomBorder is not { } b) return null;
        var cellMargins = p.Cell is null ? 0 : 216;
        var width = columnWidth - cellMargins - Math.Max(0, p.Format.LeftIndent) - Math.Max(0, p.Format.RightIndent);
        return new HeaderLine(LineKind.Border, p.Index, Math.Max(0, width), b.IsSolid);
    }
}
