using System.Text.RegularExpressions;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Recognises the administrative header (Phụ lục I, Mục II.1–5) by position and wording, never by the look the rules
/// judge: finds the tên loại, splits the lines above it into the left and right columns (table cells, tab-stop columns,
/// or stacked paragraphs), names each line by its words (Quốc hiệu, Tiêu ngữ, Số, địa danh - ngày tháng) and takes the
/// left column above <c>Số</c> as the cơ quan, in whatever case it is typed. An element the plan breaks over two lines
/// (<c>Số:</c> / <c>15/2020/NQ-HĐND</c>) is read as one. A page with none of the header's elements (a plan copied from a
/// web page) has no header: its title is not a cơ quan. Drawn lines go to the column their horizontal position falls in.
/// </summary>
public static partial class HeaderRecognizer
{
    /// <summary>How far into the document the header is looked for, in paragraphs.</summary>
    private const int SearchLimit = 40;

    /// <summary>A paragraph longer than this is running text, not a header line.</summary>
    private const int MaxHeaderLine = 160;

    [GeneratedRegex(@"^SO\s*[:.]?(\s|\d|/|$)")]
    private static partial Regex NumberKey();

    [GeneratedRegex(@"NGAY.*THANG.*NAM")]
    private static partial Regex DateKey();

    [GeneratedRegex(@"^NGAY\b.*THANG")]
    private static partial Regex DateWithoutPlaceKey();

    /// <summary>A part labelled with a capital letter (<c>A. ĐẶC ĐIỂM TÌNH HÌNH</c>), folded.</summary>
    [GeneratedRegex(@"^[A-Z][.)]\s")]
    private static partial Regex PartLabel();

    /// <summary>Words that open the name of a body (folded): a line starting with one begins a new name in the cơ quan column.</summary>
    private static readonly string[] BodyWords =
    [
        "UY BAN", "UBND", "HOI DONG", "HDND", "SO ", "PHONG ", "TRUONG ", "BAN ", "DANG UY", "DANG BO", "CHI BO", "HUYEN UY",
        "TINH UY", "THANH UY", "THI UY", "QUAN UY", "TRAM ", "BENH VIEN", "TRUNG TAM", "CONG AN", "BO ", "TONG CUC", "CUC ",
        "CHI CUC", "VIEN ", "VAN PHONG", "MAT TRAN", "DOAN ", "HOI ", "LIEN DOAN", "BAN CHI HUY", "QUY ", "CONG TY", "THANH TRA",
    ];

    /// <summary>Recognises the header of <paramref name="doc"/>.</summary>
    public static PlanHeader Recognize(DocxDocument doc)
    {
        var paragraphs = doc.Paragraphs;
        var limit = Math.Min(paragraphs.Count, SearchLimit);
        var textWidth = doc.Sections.Count > 0 ? doc.Sections[0].TextWidth : 9355;

        var (titleIndex, typeLength) = FindDocumentType(doc, limit);
        var zoneEnd = titleIndex >= 0 ? titleIndex - 1 : ZoneEndWithoutTitle(paragraphs, limit);
        var layout = HeaderLayout.Paragraphs;
        int leftWidth = 0, rightWidth = 0;
        var segments = new List<TextSegment>();
        for (var i = 0; i <= zoneEnd; i++)
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
        else if (layout == HeaderLayout.Paragraphs && Enumerable.Range(0, zoneEnd + 1).Any(i => paragraphs[i].Drawings.Any(d => d.Kind == DrawingKind.Picture))
                 && !segments.Any(s => TextKey.Fold(s.Text).Contains("CONG HOA")))
            layout = HeaderLayout.Picture;
        if (leftWidth == 0) leftWidth = textWidth / 2;
        if (rightWidth == 0) rightWidth = textWidth / 2;

        var elements = NameElements(segments);
        var (parent, agency) = SplitParent(elements.Agency);

        TextSegment? type = null;
        var subject = new List<TextSegment>();
        var last = elements.LastParagraph;
        if (titleIndex >= 0)
        {
            var lines = Lines(paragraphs[titleIndex], HeaderColumn.Full).ToList();
            var first = lines[0];
            if (typeLength < first.Text.Length)
            {
                // Tên loại and trích yếu typed on one line (KẾ HOẠCH GIÁO DỤC NĂM HỌC 2016 - 2017).
                var p = paragraphs[titleIndex];
                type = TextSegment.Of(p, first.Start, typeLength, HeaderColumn.Full);
                subject.Add(TextSegment.Of(p, first.Start + typeLength, first.Text.Length - typeLength, HeaderColumn.Full));
            }
            else type = first;
            subject.AddRange(lines.Skip(1));
            last = titleIndex;
            for (var i = titleIndex + 1; i < Math.Min(paragraphs.Count, titleIndex + 4); i++)
            {
                if (!ContinuesSubject(paragraphs[i])) break;
                subject.AddRange(Lines(paragraphs[i], HeaderColumn.Full));
                last = i;
            }
        }

        var lineFinder = new LineFinder(doc, textWidth, SplitBoundary(paragraphs, zoneEnd, textWidth));
        var agencyLine = lineFinder.Find(agency.Count > 0 ? agency[^1] : null, leftWidth);
        var mottoLine = lineFinder.Find(elements.Motto, rightWidth);
        var subjectLine = lineFinder.Find(subject.Count > 0 ? subject[^1] : null, textWidth);
        if (subjectLine is not null) last = Math.Max(last, subjectLine.Paragraph);
        if (titleIndex < 0 && last >= 0)
            foreach (var line in new[] { agencyLine, mottoLine }.OfType<HeaderLine>()) last = Math.Max(last, line.Paragraph);

        var firstParagraph = new[] { elements.FirstParagraph, titleIndex }.Where(i => i >= 0).DefaultIfEmpty(0).Min();
        return new PlanHeader(layout, parent, agency,
            elements.Number is { } n ? DocumentNumberParser.Parse(n) : null, elements.Nation, elements.Motto,
            elements.PlaceAndDate is { } d ? PlaceAndDateParser.Parse(d) : null, type, subject,
            agencyLine, mottoLine, subjectLine, firstParagraph, last, leftWidth, rightWidth)
        { Marks = elements.Marks };
    }

    /// <summary>
    /// The tên loại: where a tagged plan's <c>thidua:title</c> control starts, else the first paragraph outside tables whose
    /// first line is a tên loại of Phụ lục III alone — or followed by the trích yếu on the same line, when header elements
    /// stand above it. Returns the paragraph (-1 when none) and the length of the tên loại in its first line.
    /// </summary>
    private static (int Index, int Length) FindDocumentType(DocxDocument doc, int limit)
    {
        var paragraphs = doc.Paragraphs;
        var tagged = doc.ContentControls.FirstOrDefault(c => c.Tag == PlanTags.Title && c.FirstParagraph >= 0)?.FirstParagraph ?? -1;
        if (tagged >= 0) return (tagged, FirstLine(paragraphs[tagged].Text).Trim().Length);
        for (var i = 0; i < limit; i++)
        {
            if (paragraphs[i].Cell is not null) continue;
            var line = FirstLine(paragraphs[i].Text).Trim();
            var key = TextKey.Fold(line);
            if (Nd30Wording.DocumentTypes.Any(t => TextKey.Fold(t.Name) == key)) return (i, line.Length);
        }
        for (var i = 0; i < limit; i++)
        {
            if (paragraphs[i].Cell is not null) continue;
            var line = FirstLine(paragraphs[i].Text).Trim();
            if (line.Length > MaxHeaderLine) continue;
            var key = TextKey.Fold(line);
            var type = Nd30Wording.DocumentTypes.Select(t => t.Name).FirstOrDefault(t => key.StartsWith(TextKey.Fold(t) + " ", StringComparison.Ordinal));
            if (type is null || !TextKey.IsUpper(line[..type.Length])) continue;
            if (!HasHeaderEvidence(paragraphs, i)) continue;
            return (i, type.Length);
        }
        return (-1, 0);
    }

    /// <summary>True when a Quốc hiệu, Tiêu ngữ, số or ngày tháng stands in the paragraphs before <paramref name="end"/>.</summary>
    private static bool HasHeaderEvidence(IReadOnlyList<DocParagraph> paragraphs, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var key = TextKey.Fold(paragraphs[i].Text);
            if (key.Contains("CONG HOA XA HOI") || key.Contains("DOC LAP") || NumberKey().IsMatch(key) || DateKey().IsMatch(key)) return true;
        }
        return false;
    }

    private static string FirstLine(string text) => text.Split('\n')[0];

    /// <summary>
    /// Without a tên loại the header can only be the lines before the running text starts: the first numbered paragraph,
    /// or the first paragraph too long to be a header line.
    /// </summary>
    private static int ZoneEndWithoutTitle(IReadOnlyList<DocParagraph> paragraphs, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            var p = paragraphs[i];
            if (p.Cell is not null) continue;
            var text = p.Text.Trim();
            if (p.Numbering is not null || text.Length > MaxHeaderLine || HeadingRecognizer.Read(p) is not null) return i - 1;
        }
        return limit - 1;
    }

    /// <summary>True when a paragraph under the tên loại goes on with the trích yếu rather than starting the text.</summary>
    private static bool ContinuesSubject(DocParagraph p)
    {
        var text = p.Text.Trim();
        if (p.Cell is not null || text.Length == 0 || p.Numbering is not null || text.Length > MaxHeaderLine * 2) return false;
        if (HeadingRecognizer.Read(p) is not null || text[^1] is '.' or ':' or ';' or ',') return false;
        var key = TextKey.Fold(text);
        if (key.StartsWith("CAN CU", StringComparison.Ordinal) || key.StartsWith("THUC HIEN", StringComparison.Ordinal)
            || key.StartsWith("KINH GUI", StringComparison.Ordinal) || key.StartsWith("PHAN ", StringComparison.Ordinal)
            || PartLabel().IsMatch(key)) return false;
        return p.Format.Alignment == Alignment.Center || text.Length <= MaxHeaderLine;
    }

    /// <summary>The header's elements named by their words, and the lines of the cơ quan.</summary>
    private sealed record NamedElements(
        TextSegment? Nation, TextSegment? Motto, TextSegment? Number, TextSegment? PlaceAndDate, List<TextSegment> Agency,
        int FirstParagraph, int LastParagraph, List<HeaderMark> Marks);

    /// <summary>
    /// Names the segments by their words; an element broken over two lines of one column is joined. The cơ quan is the
    /// left column above <c>Số</c> (every line there that is no other element, in any case); when <c>Số</c> is missing, the
    /// lines before the first element of the right column. No element at all: no header, no cơ quan.
    /// </summary>
    private static NamedElements NameElements(List<TextSegment> segments)
    {
        TextSegment? nation = null, motto = null, number = null, placeDate = null;
        var candidates = new List<(int Order, TextSegment Segment)>();
        int numberOrder = -1, firstRightOrder = -1;
        var used = new HashSet<int>();
        var marks = new List<HeaderMark>();
        for (var k = 0; k < segments.Count; k++)
        {
            if (used.Contains(k)) continue;
            var s = segments[k];
            var key = TextKey.Fold(s.Text);
            if (key.Length == 0 || IsRule(s.Text)) continue;
            if (HeaderMarkParser.Read(s) is { } mark) { marks.Add(mark); continue; }
            var next = NextInColumn(segments, k);
            var nextKey = next >= 0 ? TextKey.Fold(segments[next].Text) : "";
            if (nation is null && key.StartsWith("CONG HOA", StringComparison.Ordinal))
            {
                if (key.Contains("CHU NGHIA")) nation = s;
                else if ((key + " " + nextKey).Contains("CONG HOA XA HOI CHU NGHIA")) { nation = TextSegment.Join(s, segments[next]); used.Add(next); }
                else continue;
                firstRightOrder = firstRightOrder < 0 ? k : firstRightOrder;
            }
            else if (motto is null && key.Contains("DOC LAP") && key.Contains("TU DO"))
            {
                motto = s;
                firstRightOrder = firstRightOrder < 0 ? k : firstRightOrder;
            }
            else if (placeDate is null && DateKey().IsMatch(key))
            {
                placeDate = s;
                firstRightOrder = firstRightOrder < 0 ? k : firstRightOrder;
            }
            else if (placeDate is null && next >= 0 && (key.EndsWith(',') || key.EndsWith(" NGAY", StringComparison.Ordinal)) && DateKey().IsMatch(key + " " + nextKey)
                     && (DateWithoutPlaceKey().IsMatch(nextKey) || nextKey.Contains("THANG")))
            {
                placeDate = TextSegment.Join(s, segments[next]);
                used.Add(next);
                firstRightOrder = firstRightOrder < 0 ? k : firstRightOrder;
            }
            else if (number is null && NumberKey().IsMatch(key))
            {
                number = s;
                var parsedSlash = s.Text.Contains('/');
                if (!parsedSlash && next >= 0 && (nextKey.StartsWith('/') || char.IsAsciiDigit(nextKey.FirstOrDefault())) && segments[next].Text.Contains('/'))
                {
                    number = TextSegment.Join(s, segments[next]);
                    used.Add(next);
                }
                numberOrder = k;
            }
            else if (s.Column != HeaderColumn.Right) candidates.Add((k, s));
        }

        var hasHeader = nation is not null || motto is not null || number is not null || placeDate is not null;
        var agency = !hasHeader ? []
            : candidates.Where(c => numberOrder >= 0 ? c.Order < numberOrder && (c.Segment.Column == HeaderColumn.Left || Stacked(c.Segment, segments, numberOrder))
                                                     : c.Segment.Column == HeaderColumn.Left || firstRightOrder < 0 || c.Order < firstRightOrder)
                .Select(c => c.Segment).ToList();
        var found = new[] { nation, motto, number, placeDate }.Concat(agency).OfType<TextSegment>().ToList();
        return new NamedElements(nation, motto, number, placeDate, agency,
            found.Count == 0 ? -1 : found.Min(s => s.Paragraph), found.Count == 0 ? -1 : found.Max(s => s.EndParagraph), marks);
    }

    /// <summary>A stacked header line (no columns) counts for the cơ quan when it stands above <c>Số</c>.</summary>
    private static bool Stacked(TextSegment s, List<TextSegment> segments, int numberOrder) =>
        s.Column == HeaderColumn.Full && segments[numberOrder].Column == HeaderColumn.Full;

    /// <summary>The next segment after <paramref name="k"/> in the same column (same cell, or the next line of stacked paragraphs); -1 when none.</summary>
    private static int NextInColumn(List<TextSegment> segments, int k)
    {
        for (var j = k + 1; j < segments.Count; j++)
        {
            if (segments[j].Column != segments[k].Column) continue;
            return IsRule(segments[j].Text) || TextKey.Fold(segments[j].Text).Length == 0 ? -1 : j;
        }
        return -1;
    }

    /// <summary>A line typed as characters (<c>-------</c>, <c>_____</c>) or a stray separator (<c>|</c>): not text of an element.</summary>
    private static bool IsRule(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.All(c => c is '_' or '-' or '–' or '—' or '=' or '*' or '.' or '|' or '…' || char.IsWhiteSpace(c));
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
            if (i < text.Length && text[i] != '\t' && text[i] != '\n') continue;
            if (text.AsSpan(start, i - start).Trim().Length > 0) pieces.Add((start, i - start, tabs));
            if (i < text.Length) tabs = text[i] == '\n' ? 0 : tabs + 1;
            start = i + 1;
        }
        var stops = p.Format.Tabs;
        for (var k = 0; k < pieces.Count; k++)
        {
            var (s, len, before) = pieces[k];
            HeaderColumn column;
            if (pieces.Count == 2) column = k == 0 ? HeaderColumn.Left : HeaderColumn.Right;
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
    /// Splits the lines of the cơ quan column into cơ quan chủ quản and cơ quan ban hành (Mục II.2) by their words: a line
    /// that opens the name of a body (<c>ỦY BAN NHÂN DÂN</c>, <c>PHÒNG</c>, <c>TRƯỜNG</c>, <c>SỞ</c>…) starts a new name; the
    /// last name is the cơ quan ban hành, the names above it the chủ quản. A line naming only a place (<c>XÃ TRÍ YÊN</c>)
    /// or finishing a name (<c>NHÂN DÂN</c>) goes on with the name above.
    /// </summary>
    private static (IReadOnlyList<TextSegment> Parent, IReadOnlyList<TextSegment> Agency) SplitParent(List<TextSegment> lines)
    {
        if (lines.Count < 2) return ([], lines);
        var lastStart = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var key = TextKey.Fold(lines[i].Text) + " ";
            if (BodyWords.Any(w => key.StartsWith(w.TrimEnd() + " ", StringComparison.Ordinal))) lastStart = i;
        }
        return lastStart == 0 ? ([], lines) : (lines.Take(lastStart).ToList(), lines.Skip(lastStart).ToList());
    }

    /// <summary>
    /// Where the left column ends and the right begins in a header laid out without a table, twips from the margin: half-way
    /// between the first two tab stops of its first tab-stop line, else the middle of the text width.
    /// </summary>
    private static int SplitBoundary(IReadOnlyList<DocParagraph> paragraphs, int zoneEnd, int textWidth)
    {
        for (var i = 0; i <= zoneEnd && i < paragraphs.Count; i++)
        {
            var stops = paragraphs[i].Format.Tabs.Where(t => t.Kind != "bar").ToList();
            if (paragraphs[i].Cell is null && paragraphs[i].Text.Contains('\t') && stops.Count >= 2)
                return (stops[0].PositionTwips + stops[1].PositionTwips) / 2;
        }
        return textWidth / 2;
    }

    /// <summary>Finds the line under a header element.</summary>
    private sealed class LineFinder(DocxDocument doc, int textWidth, int boundary)
    {
        /// <summary>
        /// The line under an element: a drawn line in its paragraph on its side of the header, a bottom border on it, the
        /// text underlined, or in the next two paragraphs of its column a row of typed underscores, a drawn line on its side or
        /// a bottom border.
        /// </summary>
        public HeaderLine? Find(TextSegment? element, int columnWidth)
        {
            if (element is null) return null;
            var paragraphs = doc.Paragraphs;
            var p = paragraphs[element.EndParagraph];
            var line = DrawnLine(p, element.Column) ?? Border(p, columnWidth);
            if (line is not null) return line;
            if (element.AllUnderlined) return new HeaderLine(LineKind.Underline, p.Index, element.WidthTwips, element.Runs.All(r => r.Format.Underline is "single" or "thick"));
            for (var i = p.Index + 1; i < Math.Min(paragraphs.Count, p.Index + 3); i++)
            {
                var next = paragraphs[i];
                if (!SameColumn(p, next)) continue;
                var trimmed = OwnText(next, element.Column).Trim();
                if (trimmed.Length > 0 && trimmed.All(c => c is '_' or '-' or '–' or '—'))
                    return new HeaderLine(LineKind.TypedCharacters, next.Index, TextMeasure.WidthTwips(trimmed, next.MarkFormat.SizeHalfPoints, false), false);
                if (trimmed.Length > 0) break;
                if ((DrawnLine(next, element.Column) ?? Border(next, columnWidth)) is { } found) return found;
            }
            return null;
        }

        /// <summary>The text of <paramref name="p"/> on the element's side of a tab-stop header line (all of it otherwise).</summary>
        private static string OwnText(DocParagraph p, HeaderColumn column)
        {
            if (p.Cell is not null || column == HeaderColumn.Full || !p.Text.Contains('\t')) return p.Text;
            var pieces = p.Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return pieces.Length switch { 0 => "", 1 => pieces[0], _ => column == HeaderColumn.Left ? pieces[0] : pieces[^1] };
        }

        private static bool SameColumn(DocParagraph a, DocParagraph b) =>
            a.Cell is null ? b.Cell is null : b.Cell is { } bc && bc.Table == a.Cell.Table && bc.Column == a.Cell.Column;

        /// <summary>
        /// A drawn line of the paragraph that belongs to the element's column. In a table cell the cell's lines are its own.
        /// Elsewhere a line whose horizontal position is known belongs to the side its middle falls in; a line of unknown
        /// position is taken only when no line of the paragraph is placed.
        /// </summary>
        private HeaderLine? DrawnLine(DocParagraph p, HeaderColumn column)
        {
            var lines = p.Drawings.Where(d => d.Kind == DrawingKind.Line).ToList();
            if (lines.Count == 0) return null;
            if (p.Cell is not null || column == HeaderColumn.Full) return new HeaderLine(LineKind.Drawing, p.Index, lines[0].WidthTwips, true);
            var placed = lines.Select(d => (Drawing: d, Middle: Middle(d, p))).ToList();
            var own = placed.Where(x => x.Middle is { } m && (column == HeaderColumn.Left ? m < boundary : m >= boundary)).Select(x => x.Drawing).FirstOrDefault();
            if (own is null && placed.All(x => x.Middle is null))
                own = lines.Count > 1 && column == HeaderColumn.Right ? lines[^1] : lines[0];
            return own is null ? null : new HeaderLine(LineKind.Drawing, p.Index, own.WidthTwips, true);
        }

        /// <summary>The horizontal middle of a drawn line, twips from the left margin; null when its position is not known.</summary>
        private int? Middle(DocDrawing d, DocParagraph p)
        {
            if (d.OffsetXEmu is not { } offset) return null;
            var x = (int)(offset / 635);
            var section = doc.Sections.ElementAtOrDefault(p.Section);
            x = d.HorizontalRelativeTo switch
            {
                "margin" or "column" => x,
                "page" => x - (section?.MarginLeft ?? 0),
                _ => int.MinValue,
            };
            return x == int.MinValue ? null : x + d.WidthTwips / 2;
        }

        /// <summary>A bottom border spans the column between the paragraph's indents (cell margins of 108 twips each side).</summary>
        private HeaderLine? Border(DocParagraph p, int columnWidth)
        {
            if (p.Format.BottomBorder is not { } b) return null;
            var cellMargins = p.Cell is null ? 0 : 216;
            var width = Math.Min(columnWidth, textWidth) - cellMargins - Math.Max(0, p.Format.LeftIndent) - Math.Max(0, p.Format.RightIndent);
            return new HeaderLine(LineKind.Border, p.Index, Math.Max(0, width), b.IsSolid);
        }
    }
}
