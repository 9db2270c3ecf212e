using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Docx.Formatting;

/// <summary>
/// The theme's major (headings) and minor (body) Latin, East Asian and complex-script typefaces, for resolving
/// <c>w:asciiTheme</c>, <c>w:hAnsiTheme</c>… (ECMA-376 §17.3.2.26, §20.1.4.1.16). Without a theme part Word falls back to the
/// Office theme (Calibri Light / Calibri).
/// </summary>
internal sealed class ThemeFonts
{
    private readonly string majorLatin, minorLatin, majorEastAsia, minorEastAsia, majorCs, minorCs;

    private ThemeFonts(string majorLatin, string minorLatin, string majorEastAsia, string minorEastAsia, string majorCs, string minorCs)
    {
        this.majorLatin = majorLatin; this.minorLatin = minorLatin;
        this.majorEastAsia = majorEastAsia; this.minorEastAsia = minorEastAsia;
        this.majorCs = majorCs; this.minorCs = minorCs;
    }

    public static ThemeFonts From(ThemePart? part)
    {
        var scheme = part?.Theme?.ThemeElements?.FontScheme;
        string Or(string? s, string d) => string.IsNullOrEmpty(s) ? d : s;
        return new ThemeFonts(
            Or(scheme?.MajorFont?.LatinFont?.Typeface?.Value, "Calibri Light"),
            Or(scheme?.MinorFont?.LatinFont?.Typeface?.Value, "Calibri"),
            Or(scheme?.MajorFont?.EastAsianFont?.Typeface?.Value, "Calibri Light"),
            Or(scheme?.MinorFont?.EastAsianFont?.Typeface?.Value, "Calibri"),
            Or(scheme?.MajorFont?.ComplexScriptFont?.Typeface?.Value, "Times New Roman"),
            Or(scheme?.MinorFont?.ComplexScriptFont?.Typeface?.Value, "Times New Roman"));
    }

    /// <summary>The typeface of a theme font value (<c>majorHAnsi</c>, <c>minorAscii</c>, <c>minorEastAsia</c>, <c>majorBidi</c>…).</summary>
    public string Resolve(string themeValue) => themeValue switch
    {
        "majorAscii" or "majorHAnsi" => majorLatin,
        "minorAscii" or "minorHAnsi" => minorLatin,
        "majorEastAsia" => majorEastAsia,
        "minorEastAsia" => minorEastAsia,
        "majorBidi" => majorCs,
        "minorBidi" => minorCs,
        _ => minorLatin,
    };
}
