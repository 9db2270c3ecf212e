using System.Text;
using ThiDua.Docx.Formatting;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Wording;

/// <summary>
/// Names of administrative bodies as the header shows them (Phụ lục I, Mục II.2): in capitals, broken into lines that fit
/// the header's left column, the break placed before the cấp hành chính (<c>ỦY BAN NHÂN DÂN</c> / <c>XÃ TRÍ YÊN</c>).
/// </summary>
internal static class AdministrativeName
{

    /// <summary>
    /// The cấp hành chính word of a unit name (<c>Ủy ban nhân dân xã Trí Yên</c> → <c>xã</c>), used in the default
    /// wording (<c>Hội đồng Thi đua - Khen thưởng xã</c>); <c>đơn vị</c> when the name has none.
    /// </summary>
    public static string LevelWord(string unitName)
    {
        var lower = " " + Collapse(unitName).ToLowerInvariant() + " ";
        var (position, level) = FirstLevel(lower);
        return position < 0 ? "đơn vị" : level;
    }

    /// <summary>
    /// Breaks a name already in capitals into lines no wider than <paramref name="maxWidthTwips"/> at
    /// <paramref name="sizeHalfPoints"/>: first before the cấp hành chính, then between words.
    /// </summary>
    public static IReadOnlyList<string> Lines(string capitals, int maxWidthTwips, int sizeHalfPoints, bool bold)
    {
        var text = Collapse(capitals);
        if (TextMeasure.WidthTwips(text, sizeHalfPoints, bold) <= maxWidthTwips) return [text];
        var (position, _) = FirstLevel(" " + text.ToLowerInvariant() + " ");
        var lines = new List<string>();
        if (position > 0)
        {
            foreach (var part in new[] { text[..(position - 1)], text[position..] })
                lines.AddRange(Wrap(part, maxWidthTwips, sizeHalfPoints, bold));
            return lines;
        }
        return Wrap(text, maxWidthTwips, sizeHalfPoints, bold);
    }

    /// <summary>
    /// The width (twips) of the widest line when the name is broken only before its cấp hành chính — what a column must
    /// hold for the name to need no other break.
    /// </summary>
    public static int WidthNeeded(string capitals, int sizeHalfPoints, bool bold)
    {
        var text = Collapse(capitals);
        var (position, _) = FirstLevel(" " + text.ToLowerInvariant() + " ");
        string[] parts = position > 0 ? [text[..(position - 1)], text[position..]] : [text];
        return parts.Max(p => TextMeasure.WidthTwips(p, sizeHalfPoints, bold));
    }

    /// <summary>
    /// Word wrap: greedy, but a text that takes two lines is broken where the longer line is shortest (no lone word on
    /// the second line); a lone dash goes with the word after it (<c>- KHEN THƯỞNG</c>).
    /// </summary>
    private static List<string> Wrap(string text, int maxWidthTwips, int sizeHalfPoints, bool bold)
    {
        var words = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count > 0 && words[^1] is "-" or "–") words[^1] += " " + word;
            else words.Add(word);
        }
        var lines = new List<string>();
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && TextMeasure.WidthTwips(candidate, sizeHalfPoints, bold) > maxWidthTwips)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count != 2) return lines;
        var width = (string t) => TextMeasure.WidthTwips(t, sizeHalfPoints, bold);
        return Enumerable.Range(1, words.Count - 1)
            .Select(k => new List<string> { string.Join(' ', words.Take(k)), string.Join(' ', words.Skip(k)) })
            .Where(pair => pair.All(l => width(l) <= maxWidthTwips))
            .MinBy(pair => pair.Max(width)) ?? lines;
    }

    /// <summary>
    /// Position (in the text without the added leading space) of the first cấp hành chính word in
    /// <paramref name="padded"/> (lower case, a space added at each end), and the word; -1 when none.
    /// </summary>
    private static (int Position, string Level) FirstLevel(string padded)
    {
        var best = (Position: -1, Level: "");
        foreach (var level in AdministrativeLevels.All)
        {
            var i = padded.IndexOf(" " + level + " ", StringComparison.Ordinal);
            if (i >= 0 && (best.Position < 0 || i < best.Position)) best = (i, level);
        }
        return best;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
