using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Finds the <em>căn cứ ban hành</em> (Phụ lục I, Mục II.6a) by position and wording: the first run of lines, after the
/// header and before the first numbered part, that open with <c>Căn cứ</c> or <c>Thực hiện</c> — each paragraph, or each
/// line of a paragraph broken by manual line breaks, outside tables —, then the lines that close them (<c>Theo đề nghị
/// của …</c>, <c>Xét …</c>, <c>Sau khi …</c>). Only title lines (a name or a tên loại typed as
/// running text: short, or in capitals, without a final period) may stand before them; a paragraph of running text there
/// means the plan cites no basis. A line that does not end with <c>; . :</c> is continued by the next line when that one
/// opens with no basis wording (a basis broken over lines as text copied from a page is). A basis-worded line ending in a
/// colon (<c>Căn cứ tình hình thực tế, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:</c>) leads into the text and closes
/// the run; so does any other line. A run of one <c>Thực hiện … .</c> sentence without any căn cứ is the plan's opening
/// sentence. The look of a line plays no part: a basis set upright or in capitals is still a basis.
/// </summary>
public static class BasisRecognizer
{
    /// <summary>Most title lines looked past before the bases start.</summary>
    public const int MaxLeadingLines = 8;

    /// <summary>Most lines one basis may be broken over.</summary>
    public const int MaxBrokenLines = 4;

    /// <summary>Longest title line (characters) looked past before the bases.</summary>
    public const int MaxTitleLength = 160;

    /// <summary>The bases of the body between <paramref name="start"/> and <paramref name="end"/>, before <paramref name="firstHeading"/>.</summary>
    /// <param name="doc">The document as read.</param>
    /// <param name="start">First body paragraph (after the header).</param>
    /// <param name="end">Last body paragraph (before the closing part).</param>
    /// <param name="firstHeading">Paragraph of the first numbered part, or -1 when there is none.</param>
    public static IReadOnlyList<BasisLine> Recognize(DocxDocument doc, int start, int end, int firstHeading)
    {
        var last = Math.Min(end, doc.Paragraphs.Count - 1);
        if (firstHeading >= 0) last = Math.Min(last, firstHeading - 1);
        var lines = new List<(TextSegment Line, BasisWording Wording, int Parts)>();
        TextSegment? leadIn = null;
        var titles = 0;
        for (var i = Math.Max(0, start); i <= last && leadIn is null; i++)
        {
            var p = doc.Paragraphs[i];
            if (p.Cell is not null || string.IsNullOrWhiteSpace(p.Text)) continue;
            foreach (var line in Lines(p))
            {
                var wording = WordingOf(line.Text);
                if (lines.Count == 0 && wording is BasisWording.Consideration) wording = null;
                if (lines.Count == 0 && wording is null)
                {
                    if (!IsTitleLine(line.Text) || ++titles > MaxLeadingLines) return [];
                    continue;
                }
                if (wording is null)
                {
                    var previous = lines[^1];
                    if (EndsClause(previous.Line.Text) || previous.Parts >= MaxBrokenLines) return Result(lines, null);
                    lines[^1] = (TextSegment.Join(previous.Line, line), previous.Wording, previous.Parts + 1);
                    continue;
                }
                if (line.Text.EndsWith(':')) { leadIn = line; break; }
                lines.Add((line, wording.Value, 1));
            }
        }
        return Result(lines, leadIn);
    }

    private static IReadOnlyList<BasisLine> Result(List<(TextSegment Line, BasisWording Wording, int Parts)> lines, TextSegment? leadIn)
    {
        if (lines.Count == 0 && leadIn is null) return [];
        var opening = leadIn is null && lines.Count == 1 && lines[0].Wording == BasisWording.Implementation && !lines[0].Line.Text.EndsWith(';');
        var result = lines.Select((l, k) => new BasisLine(l.Line, l.Wording, k == lines.Count - 1 && leadIn is null, opening)).ToList();
        if (leadIn is not null) result.Add(new BasisLine(leadIn, WordingOf(leadIn.Text)!.Value, false, true));
        return result;
    }

    /// <summary>True when a line ends a clause of its own: with <c>;</c>, <c>.</c> or <c>:</c>.</summary>
    private static bool EndsClause(string text) => text.Length > 0 && text[^1] is ';' or '.' or ':';

    /// <summary>A line that reads as a title: in capitals, or short and without a final period or semicolon.</summary>
    private static bool IsTitleLine(string text) =>
        TextKey.IsUpper(text) || (text.Length <= MaxTitleLength && !text.EndsWith('.') && !text.EndsWith(';'));

    /// <summary>How <paramref name="text"/> opens, after any dash or bullet: <c>Căn cứ</c>, <c>Thực hiện</c>, <c>Theo đề nghị</c> / <c>Xét</c> / <c>Sau khi</c>, or none of them.</summary>
    public static BasisWording? WordingOf(string text)
    {
        var key = TextKey.Fold(text).TrimStart('-', '+', '*', '•', ' ');
        return key.StartsWith("CAN CU ", StringComparison.Ordinal) ? BasisWording.Basis
            : key.StartsWith("THUC HIEN ", StringComparison.Ordinal) ? BasisWording.Implementation
            : key.StartsWith("THEO DE NGHI ", StringComparison.Ordinal) || key.StartsWith("XET ", StringComparison.Ordinal)
              || key.StartsWith("SAU KHI ", StringComparison.Ordinal) ? BasisWording.Consideration
            : null;
    }

    /// <summary>The paragraph's lines, split at manual line breaks; empty lines left out.</summary>
    private static IEnumerable<TextSegment> Lines(DocParagraph p)
    {
        var text = p.Text;
        var from = 0;
        while (from <= text.Length)
        {
            var to = text.IndexOf('\n', from);
            if (to < 0) to = text.Length;
            if (!string.IsNullOrWhiteSpace(text[from..to])) yield return TextSegment.Of(p, from, to - from, HeaderColumn.Full);
            from = to + 1;
        }
    }
}
