namespace ThiDua.Docx.Formatting;

/// <summary>
/// Estimates how wide a run of text is drawn, in twips, from Times New Roman advance widths (units per 1 000 em, the
/// public Adobe Times-Roman / Times-Bold font metrics; Liberation Serif is metric-compatible). Vietnamese letters take the
/// width of their base letter (diacritics do not change the advance). Used to compare the lines under header elements with
/// the text they underline (Nghị định 30, Phụ lục I, Mục II.1c, 2b, 5b), where a few percent do not matter.
/// </summary>
public static class TextMeasure
{
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] RegularLower = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
    private static readonly int[] RegularUpper = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
    private static readonly int[] BoldLower = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
    private static readonly int[] BoldUpper = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];

    /// <summary>Width of <paramref name="text"/> drawn at <paramref name="sizeHalfPoints"/> (half-points), in twips.</summary>
    public static int WidthTwips(string text, int sizeHalfPoints, bool bold)
    {
        double units = 0;
        foreach (var ch in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            units += Advance(ch, bold);
        }
        // units/1000 em × size in pt × 20 twips per pt; size in pt = half-points / 2.
        return (int)Math.Round(units / 1000.0 * sizeHalfPoints / 2.0 * 20.0);
    }

    /// <summary>Width of a sequence of formatted pieces, in twips.</summary>
    public static int WidthTwips(IEnumerable<(string Text, RunFormat Format)> pieces) =>
        pieces.Sum(p => WidthTwips(p.Text, p.Format.SizeHalfPoints, p.Format.Bold));

    private static int Advance(char c, bool bold)
    {
        if (c is 'đ') c = 'd';
        if (c is 'Đ') c = 'D';
        var i = Lower.IndexOf(c);
        if (i >= 0) return (bold ? BoldLower : RegularLower)[i];
        i = Upper.IndexOf(c);
        if (i >= 0) return (bold ? BoldUpper : RegularUpper)[i];
        return c switch
        {
            ' ' or '\u00A0' => 250,
            >= '0' and <= '9' => 500,
            '-' => 333,
            ',' or '.' => 250,
            ':' or ';' => bold ? 333 : 278,
            '/' => 278,
            '(' or ')' => 333,
            '\t' => 0,
            _ => 500,
        };
    }
}
