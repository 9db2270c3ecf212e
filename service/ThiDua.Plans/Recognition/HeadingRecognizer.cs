using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Finds the numbered paragraphs of the body — typed (<c>II. NỘI DUNG</c>) or Word's automatic numbering rendered — and
/// reads their level by the label's shape (Phụ lục I, Mục II.6đ): Roman <c>I.</c> = mục, Arabic <c>1.</c> = khoản,
/// <c>1.1.</c> = sub-clause, letter <c>a)</c> = điểm. Paragraphs in tables are not headings. Whether a numbered paragraph
/// is a title or running text with a label is read from what it says and how long it is (<see cref="ReadsAsTitle"/>).
/// </summary>
public static partial class HeadingRecognizer
{
    [GeneratedRegex(@"^(?<roman>[IVXL]+)\s?[.)]\s*(?=\S)")]
    private static partial Regex RomanLabel();

    [GeneratedRegex(@"^(?<a>\d{1,2})\.(?<b>\d{1,2})\.?(?:\d{1,2}\.?)?\s+(?=\S)")]
    private static partial Regex SubClauseLabel();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s?[.)]\s*(?=\p{L})")]
    private static partial Regex ClauseLabel();

    [GeneratedRegex(@"^(?<l>[a-zđ])\)\s*(?=\S)")]
    private static partial Regex PointLabel();

    /// <summary>The longest text (characters after the label) read as a title whatever its look.</summary>
    public const int ShortTitleLength = 80;

    /// <summary>The longest text (characters after the label) still read as a title when it has the look of one.</summary>
    public const int MaxTitleLength = 120;

    /// <summary>Numbered paragraphs between <paramref name="start"/> and <paramref name="end"/> (inclusive), in order.</summary>
    public static IReadOnlyList<Heading> Recognize(DocxDocument doc, int start, int end)
    {
        var list = new List<Heading>();
        for (var i = Math.Max(0, start); i <= end && i < doc.Paragraphs.Count; i++)
        {
            var p = doc.Paragraphs[i];
            if (p.Cell is not null || (p.Numbering?.IsBullet ?? false)) continue;
            if (Read(p) is { } h) list.Add(h);
        }
        return list;
    }

    /// <summary>Reads one paragraph's label, or null when it is not numbered.</summary>
    public static Heading? Read(DocParagraph p)
    {
        var automatic = p.Numbering is { IsBullet: false, Label.Length: > 0 };
        var rendered = automatic ? p.Numbering!.Label + " " + p.Text.TrimStart() : p.Text.TrimStart();
        if (!MayStartLabel(rendered)) return null;
        var leading = automatic ? 0 : p.Text.Length - p.Text.TrimStart().Length;
        HeadingLevel level;
        int value, parent = 0;
        Match m;
        if ((m = SubClauseLabel().Match(rendered)).Success)
        {
            level = HeadingLevel.SubClause; value = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture); parent = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        }
        else if ((m = RomanLabel().Match(rendered)).Success && RomanNumeral.Value(m.Groups["roman"].Value) is > 0 and <= 50 and var rv)
        {
            level = HeadingLevel.Section; value = rv;
        }
        else if ((m = ClauseLabel().Match(rendered)).Success)
        {
            level = HeadingLevel.Clause; value = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        else if ((m = PointLabel().Match(rendered)).Success)
        {
            level = HeadingLevel.Point; value = NumberingLabels.PointValue(m.Groups["l"].Value[0]);
        }
        else return null;

        var label = m.Value.Trim();
        var title = rendered[m.Length..].Trim();
        var labelLength = automatic ? 0 : leading + m.Value.TrimEnd().Length;
        var labelFormat = automatic ? p.Numbering!.LabelFormat : FormatAt(p, leading) ?? p.MarkFormat;
        var textFormat = DominantFormat(p, labelLength) ?? labelFormat;
        return new Heading(p.Index, level, label, value, parent, automatic ? LabelSource.Automatic : LabelSource.Typed,
            title, ReadsAsTitle(title, textFormat), labelFormat, textFormat, p.Format, p.StyleName);
    }

    /// <summary>
    /// True when the text after a label reads as a title (<em>tên mục</em>, <em>tên khoản</em>; Phụ lục I, Mục II.6đ): one
    /// phrase without a final period or semicolon, short — up to <see cref="ShortTitleLength"/> characters, or up to
    /// <see cref="MaxTitleLength"/> when it has the look of a title (bold, or in capitals). Anything else is running text with
    /// a label: a khoản without a title, checked as body text.
    /// </summary>
    public static bool ReadsAsTitle(string title, RunFormat textFormat)
    {
        if (title.Length == 0 || title.Length > MaxTitleLength || title.EndsWith('.') || title.EndsWith(';') || title.Contains(". ")) return false;
        return title.Length <= ShortTitleLength || textFormat.Bold || TextKey.IsUpper(title);
    }

    /// <summary>
    /// True when <paramref name="text"/> starts as one of the four labels can (a decimal digit — any the regexes' <c>\d</c>
    /// takes —, <c>I V X L</c>, or a điểm letter <c>a</c>–<c>z</c>, <c>đ</c>): most paragraphs of a long plan are running
    /// text, and this spares them the four regexes.
    /// </summary>
    private static bool MayStartLabel(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || text[0] is 'I' or 'V' or 'X' or 'L' or >= 'a' and <= 'z' or 'đ');

    private static RunFormat? FormatAt(DocParagraph p, int offset) =>
        p.Runs.FirstOrDefault(r => offset >= r.Start && offset < r.Start + r.Text.Length && r.Text.Trim().Length > 0)?.Format
        ?? p.VisibleRuns.FirstOrDefault()?.Format;

    /// <summary>The format drawing most non-space characters from <paramref name="from"/> on.</summary>
    /// <remarks>Formats are compared by value; on a tie the format met first wins.</remarks>
    private static RunFormat? DominantFormat(DocParagraph p, int from)
    {
        var totals = new List<(RunFormat Format, int Count)>();
        foreach (var r in p.Runs)
        {
            var count = 0;
            for (var i = Math.Max(0, from - r.Start); i < r.Text.Length; i++)
                if (!char.IsWhiteSpace(r.Text[i])) count++;
            if (count == 0) continue;
            var k = 0;
            while (k < totals.Count && !totals[k].Format.Equals(r.Format)) k++;
            if (k == totals.Count) totals.Add((r.Format, count));
            else totals[k] = (totals[k].Format, totals[k].Count + count);
        }
        RunFormat? best = null;
        var most = 0;
        foreach (var (format, count) in totals)
            if (count > most) (best, most) = (format, count);
        return best;
    }
}
