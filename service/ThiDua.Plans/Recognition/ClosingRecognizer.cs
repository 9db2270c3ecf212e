using ThiDua.Docx.Model;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Recognises the closing part (Phụ lục I, Mục II.7 and II.9): Nơi nhận by its label (read diacritic-insensitively, so a
/// misspelt <c>Nơi nhân</c> is still found), its recipient lines, and the signature block — the capitalised authority
/// lines from <c>TM.</c>/<c>KT.</c>/<c>Q.</c>/<c>TL.</c>/<c>TUQ.</c> or the title, the signing space and the name.
/// </summary>
public static class ClosingRecognizer
{
    private static readonly string[] AuthorityPrefixes = ["TM.", "KT.", "Q.", "TL.", "TUQ.", "TM ", "KT "];
    private static readonly string[] Titles = ["CHU TICH", "PHO CHU TICH", "TRUONG BAN", "PHO TRUONG BAN", "TRUONG PHONG", "GIAM DOC", "PHO GIAM DOC", "BI THU", "CHANH VAN PHONG"];

    /// <summary>Finds Nơi nhận and the signature after <paramref name="from"/>.</summary>
    public static (Recipients? Recipients, Signature? Signature, int ClosingStart) Recognize(DocxDocument doc, int from)
    {
        var ps = doc.Paragraphs;
        // A tagged plan says where Nơi nhận is (thidua:recipients); otherwise the label is found by its words.
        var labelIndex = doc.ContentControls.FirstOrDefault(c => c.Tag == "thidua:recipients" && c.FirstParagraph >= 0)?.FirstParagraph ?? -1;
        for (var i = ps.Count - 1; i >= Math.Max(0, from) && labelIndex < 0; i--)
        {
            var key = TextKey.Fold(ps[i].Text);
            if (key.StartsWith("NOI NHAN")) { labelIndex = i; break; }
        }

        Recipients? recipients = null;
        if (labelIndex >= 0)
        {
            var label = ps[labelIndex];
            var items = new List<TextSegment>();
            var labelText = label.Text;
            var colon = labelText.IndexOf(':');
            // Items typed on the label's own lines (after a line break) count too.
            foreach (var line in SplitLines(label).Skip(1)) items.Add(line);
            for (var i = labelIndex + 1; i < ps.Count; i++)
            {
                var p = ps[i];
                if (!SameBlock(label, p)) break;
                if (string.IsNullOrWhiteSpace(p.Text)) { if (items.Count > 0 && label.Cell is null) break; continue; }
                if (IsAuthority(p.Text)) break;
                items.AddRange(SplitLines(p));
            }
            var labelSegment = colon >= 0 || !labelText.Contains('\n') ? SplitLines(label).First() : TextSegment.Whole(label, HeaderColumn.Full);
            recipients = new Recipients(labelSegment, items);
        }

        var signature = FindSignature(doc, from, labelIndex);
        var closingStart = new[] { labelIndex, signature?.FirstParagraph ?? -1 }.Where(i => i >= 0).DefaultIfEmpty(ps.Count).Min();
        // A closing laid out in a table starts with the table.
        if (closingStart < ps.Count && ps[closingStart].Cell is { } cell) closingStart = Math.Min(closingStart, doc.Tables[cell.Table].FirstParagraph);
        return (recipients, signature, closingStart);
    }

    private static Signature? FindSignature(DocxDocument doc, int from, int labelIndex)
    {
        var ps = doc.Paragraphs;
        int first = -1;
        for (var i = ps.Count - 1; i >= Math.Max(0, from); i--)
        {
            if (IsAuthority(ps[i].Text) && (labelIndex < 0 || i > labelIndex || ps[i].Cell is not null && ps[labelIndex].Cell is { } lc && ps[i].Cell!.Table == lc.Table))
            {
                first = i;
                while (first - 1 >= from && IsAuthority(ps[first - 1].Text) && SameBlock(ps[first - 1], ps[i])) first--;
                break;
            }
        }
        if (first < 0) return null;
        // Authority lines follow each other; the signing space (empty paragraphs, or a large space before) ends them and
        // the first line after it is the name — even when typed in capitals.
        var lines = new List<TextSegment>();
        TextSegment? name = null;
        var last = first;
        var gap = false;
        for (var i = first; i < ps.Count && SameBlock(ps[first], ps[i]); i++)
        {
            var text = ps[i].Text.Trim();
            if (text.Length == 0) { gap |= lines.Count > 0; continue; }
            gap |= lines.Count > 0 && ps[i].Format.SpacingBefore >= SigningSpaceTwips;
            last = i;
            if (!gap && (IsAuthority(text) || TextKey.IsUpper(text))) lines.AddRange(SplitLines(ps[i]));
            else { name = TextSegment.Whole(ps[i], HeaderColumn.Full); break; }
        }
        return new Signature(lines, name, first, last);
    }

    /// <summary>Space before a line that stands for the signing space (24 pt), in twips.</summary>
    private const int SigningSpaceTwips = 480;

    /// <summary>True for a line of the signing authority: <c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c>, <c>CHỦ TỊCH</c>…</summary>
    public static bool IsAuthority(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || !TextKey.IsUpper(t)) return false;
        var key = TextKey.Fold(t);
        return AuthorityPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)) || Titles.Contains(key);
    }

    private static bool SameBlock(DocParagraph a, DocParagraph b) =>
        a.Cell is null ? b.Cell is null : b.Cell is { } bc && bc.Table == a.Cell.Table && bc.Row == a.Cell.Row && bc.Column == a.Cell.Column;

    private static IEnumerable<TextSegment> SplitLines(DocParagraph p)
    {
        var start = 0;
        for (var i = 0; i <= p.Text.Length; i++)
        {
            if (i < p.Text.Length && p.Text[i] != '\n') continue;
            if (p.Text.AsSpan(start, i - start).Trim().Length > 0) yield return TextSegment.Of(p, start, i - start, HeaderColumn.Full);
            start = i + 1;
        }
    }
}
