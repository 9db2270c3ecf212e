using ThiDua.Docx.Model;

namespace ThiDua.Rules.Font;

/// <summary>The typefaces a paragraph's visible text is drawn with, for FONT-FACE and FONT-LEGACY.</summary>
public static class VisibleFonts
{
    /// <summary>
    /// The typefaces Word draws the non-white-space characters of <paramref name="paragraph"/>'s visible runs with
    /// (<see cref="ThiDua.Docx.Formatting.RunFormat.FontFor"/>: the ASCII or the hAnsi slot), in order of first use, each
    /// once (names compared case-insensitively, the first spelling kept). One pass over the characters; a character
    /// drawn with the same typeface as the one before it costs no lookup.
    /// </summary>
    public static IReadOnlyList<string> Of(DocParagraph paragraph)
    {
        var fonts = new List<string>(2);
        foreach (var run in paragraph.VisibleRuns)
        {
            string? previous = null;
            var any = false;
            foreach (var c in run.Text)
            {
                if (char.IsWhiteSpace(c)) continue;
                var font = run.Format.FontFor(c);
                if (any && ReferenceEquals(font, previous)) continue;
                (previous, any) = (font, true);
                if (!fonts.Contains(font, StringComparer.OrdinalIgnoreCase)) fonts.Add(font);
            }
        }
        return fonts;
    }
}
