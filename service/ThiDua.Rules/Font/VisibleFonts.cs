using ThiDua.Docx.Model;

namespace ThiDua.Rules.Font;

/// <summary>The typefaces a paragraph's visible text is drawn with, for FONT-FACE and FONT-LEGACY.</summary>
public static class VisibleFonts
{
    /// <summary>
    /// The typefaces Word draws the non-white-space characters of <paramref name="paragraph"/>'s visible runs with
    /// (<see cref="ThiDua.Docx.Formatting.RunFormat.FontFor"/>: the ASCII or the hAnsi slot), in order of first use, each
    /// once (names compared case-insensitively, the first spelling kept). A run draws with at most its two slots' typefaces:
    /// the one of its first non-white-space character, then the other slot's if a character of the other range follows.
    /// </summary>
    public static IReadOnlyList<string> Of(DocParagraph paragraph)
    {
        var fonts = new List<string>(2);
        foreach (var run in paragraph.VisibleRuns)
        {
            var text = run.Text.AsSpan();
            var first = -1;
            for (var i = 0; i < text.Length; i++)
                if (!char.IsWhiteSpace(text[i])) { first = i; break; }
            if (first < 0) continue;
            var ascii = text[first] < 0x80;
            Add(fonts, run.Format.FontFor(text[first]));
            if (string.Equals(run.Format.AsciiFont, run.Format.HAnsiFont, StringComparison.OrdinalIgnoreCase)) continue;
            for (var i = first + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c < 0x80 == ascii || char.IsWhiteSpace(c)) continue;
                Add(fonts, run.Format.FontFor(c));
                break;
            }
        }
        return fonts;
    }

    private static void Add(List<string> fonts, string font)
    {
        foreach (var known in fonts)
            if (string.Equals(known, font, StringComparison.OrdinalIgnoreCase)) return;
        fonts.Add(font);
    }
}
