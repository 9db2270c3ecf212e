using System.Text.RegularExpressions;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Recognises the closing part (Phụ lục I, Mục II.7 and II.9) by position and wording, in any case: Nơi nhận by its label
/// (read diacritic-insensitively, so a misspelt <c>Nơi nhân</c> is still found) and its recipient lines; the signature
/// block after it (or, without Nơi nhận, at the end of the text) — the quyền hạn lines opening with <c>TM.</c>,
/// <c>KT.</c>, <c>Q.</c>, <c>TL.</c>, <c>TUQ.</c> however they are typed, the chức vụ line (a title of the open vocabulary of
/// <see cref="PlanStandard.SignerTitles"/>: <c>CHỦ TỊCH</c>, <c>HIỆU TRƯỞNG</c>, <c>Trưởng phòng Nội vụ</c>…), the signing space
/// and the name.
/// </summary>
public static partial class ClosingRecognizer
{
    /// <summary>
    /// A quyền hạn abbreviation opening a line (Mục II.7b), in any case, with its period or only a space, or written with
    /// a slash as older documents do (<c>T/M</c>).
    /// </summary>
    [GeneratedRegex(@"^(?<w>(?<a>TUQ|TM|KT|TL|Q|T/M|K/T|T/L)(\s*\.\s*|\s+))(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();

    /// <summary>Space before a line that stands for the signing space (24 pt), in twips.</summary>
    private const int SigningSpaceTwips = 480;

    /// <summary>A paragraph longer than this is running text: the signature comes after the last one.</summary>
    private const int RunningTextLength = 160;

    /// <summary>Finds Nơi nhận and the signature after <paramref name="from"/>.</summary>
    public static (Recipients? Recipients, Signature? Signature, int ClosingStart) Recognize(DocxDocument doc, int from, PlanStandard standard)
    {
        var ps = doc.Paragraphs;
        // A tagged plan says where Nơi nhận is (thidua:recipients); otherwise the label is found by its words.
        var labelIndex = doc.ContentControls.FirstOrDefault(c => c.Tag == PlanTags.Recipients && c.FirstParagraph >= 0)?.FirstParagraph ?? -1;
        for (var i = ps.Count - 1; i >= Math.Max(0, from) && labelIndex < 0; i--)
        {
            var key = TextKey.Fold(ps[i].Text);
            if (key.StartsWith("NOI NHAN", StringComparison.Ordinal)) { labelIndex = i; break; }
        }

        Recipients? recipients = null;
        if (labelIndex >= 0)
        {
            var label = ps[labelIndex];
            var items = new List<TextSegment>();
            var labelText = label.Text;
            var colon = labelText.Contains(':');
            // Items typed on the label's own lines (after a line break) count too.
            foreach (var line in SplitLines(label).Skip(1)) items.Add(line);
            for (var i = labelIndex + 1; i < ps.Count; i++)
            {
                var p = ps[i];
                if (!SameBlock(label, p)) break;
                if (string.IsNullOrWhiteSpace(p.Text)) { if (items.Count > 0 && label.Cell is null) break; continue; }
                if (IsSigningLine(p.Text, standard)) break;
                items.AddRange(SplitLines(p));
            }
            var labelSegment = colon || !labelText.Contains('\n') ? SplitLines(label).First() : TextSegment.Whole(label, HeaderColumn.Full);
            recipients = new Recipients(labelSegment, items);
        }

        var signature = FindSignature(doc, from, labelIndex, standard);
        var closingStart = new[] { labelIndex, signature?.FirstParagraph ?? -1 }.Where(i => i >= 0).DefaultIfEmpty(ps.Count).Min();
        // A closing laid out in a table starts with the table.
        if (closingStart < ps.Count && ps[closingStart].Cell is { } cell) closingStart = Math.Min(closingStart, doc.Tables[cell.Table].FirstParagraph);
        return (recipients, signature, closingStart);
    }

    /// <summary>True for a line of the signature above the signing space: a quyền hạn line or a chức vụ, in any case.</summary>
    public static bool IsSigningLine(string text, PlanStandard standard)
    {
        var t = text.Trim();
        return t.Length > 0 && (Abbreviation().IsMatch(t) || standard.IsSignerTitle(t));
    }

    private static Signature? FindSignature(DocxDocument doc, int from, int labelIndex, PlanStandard standard)
    {
        var ps = doc.Paragraphs;
        var tail = TailStart(ps, from);
        var last = -1;
        for (var i = ps.Count - 1; i >= Math.Max(0, from); i--)
        {
            var inPlace = labelIndex >= 0
                ? i > labelIndex || ps[i].Cell is { } c && ps[labelIndex].Cell is { } lc && c.Table == lc.Table
                : i >= tail;
            if (!inPlace) break;
            if (SplitLines(ps[i]).Any(l => IsSigningLine(l.Text, standard))) { last = i; break; }
        }
        if (last < 0) return null;
        // The block's first line: up from the last signing line while lines are signing lines or capitals (a body's name
        // continued under TM.), then down to the first that is a signing line.
        var first = last;
        for (var i = last - 1; i >= Math.Max(0, from) && SameBlock(ps[i], ps[last]); i--)
        {
            var text = ps[i].Text.Trim();
            if (text.Length == 0 || !(IsSigningLine(text, standard) || TextKey.IsUpper(text) && !text.Contains(':'))) break;
            first = i;
        }
        while (first < last && !IsSigningLine(ps[first].Text, standard)) first++;

        var authority = new List<AuthorityLine>();
        TextSegment? title = null, name = null;
        var end = first;
        var gap = false;
        for (var i = first; i < ps.Count && SameBlock(ps[first], ps[i]) && name is null; i++)
        {
            var lines = SplitLines(ps[i]).ToList();
            if (lines.Count == 0) { gap |= authority.Count > 0 || title is not null; continue; }
            gap |= (authority.Count > 0 || title is not null) && ps[i].Format.SpacingBefore >= SigningSpaceTwips;
            end = i;
            foreach (var line in lines)
            {
                var abbreviation = Abbreviation().Match(line.Text);
                if (gap || title is not null) { name = line; break; }
                if (abbreviation.Success)
                    authority.Add(new AuthorityLine(line, abbreviation.Groups["a"].Value.ToUpperInvariant().Replace("/", ""), abbreviation.Groups["w"].Value));
                else if (standard.IsSignerTitle(line.Text)) title = line;
                else if (authority.Count > 0 && TextKey.IsUpper(line.Text)) authority.Add(new AuthorityLine(line, "", ""));
                else { name = line; break; }
            }
        }
        return new Signature(authority, title, name, first, end);
    }

    /// <summary>
    /// Where the end of the text starts when there is no Nơi nhận: after the last paragraph outside tables that is running
    /// text (longer than a line of the signature) or a numbered part.
    /// </summary>
    private static int TailStart(IReadOnlyList<DocParagraph> ps, int from)
    {
        for (var i = ps.Count - 1; i >= Math.Max(0, from); i--)
        {
            var p = ps[i];
            if (p.Cell is null && (p.Text.Trim().Length > RunningTextLength || p.Numbering is { IsBullet: false } || HeadingRecognizer.Read(p) is not null))
                return i + 1;
        }
        return Math.Max(0, from);
    }

    private static bool SameBlock(DocParagraph a, DocParagraph b) =>
        a.Cell is null ? b.Cell is null : b.Cell is { } bc && bc.Table == a.Cell.Table && bc.Row == a.Cell.Row && bc.Column == a.Cell.Column;

    private static IEnumerable<TextSegment> SplitLines(DocParagraph p) => TextSegment.Lines(p);
}
