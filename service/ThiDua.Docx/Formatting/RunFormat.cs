namespace ThiDua.Docx.Formatting;

/// <summary>
/// The effective character formatting of a run, after resolving direct formatting, the character style and paragraph
/// style <c>basedOn</c> chains, the table style (with its conditional formatting) and <c>w:docDefaults</c>
/// (ECMA-376 Part 1 §17.7.2 "Style hierarchy"). Theme fonts (<c>w:asciiTheme</c>…) are resolved to typeface names.
/// </summary>
/// <param name="AsciiFont">Typeface for ASCII characters (<c>w:rFonts/@w:ascii</c> slot).</param>
/// <param name="HAnsiFont">Typeface for other Latin characters, Vietnamese letters included (<c>@w:hAnsi</c> slot).</param>
/// <param name="EastAsiaFont">Typeface of the East Asian slot (<c>@w:eastAsia</c>).</param>
/// <param name="ComplexScriptFont">Typeface of the complex-script slot (<c>@w:cs</c>).</param>
/// <param name="SizeHalfPoints">Font size in half-points (<c>w:sz</c>; 26 = 13 pt). Word's default is 20 when nothing sets it.</param>
/// <param name="Bold">Bold (<c>w:b</c>), toggle property.</param>
/// <param name="Italic">Italic (<c>w:i</c>), toggle property.</param>
/// <param name="Underline">Underline type (<c>w:u/@w:val</c>: <c>single</c>, <c>double</c>, <c>thick</c>…), <c>none</c> when not underlined.</param>
/// <param name="Caps">All capitals display (<c>w:caps</c>).</param>
/// <param name="SmallCaps">Small capitals display (<c>w:smallCaps</c>).</param>
/// <param name="Strike">Strikethrough (single or double).</param>
/// <param name="Hidden">Hidden text (<c>w:vanish</c>): not rendered.</param>
/// <param name="Color">Text colour as <c>RRGGBB</c> hex or <c>auto</c>.</param>
/// <param name="Highlight">Highlight colour name (<c>w:highlight</c>) or run shading fill (<c>w:shd/@w:fill</c>) when not white/auto; null when none.</param>
/// <param name="VerticalAlign"><c>baseline</c>, <c>superscript</c> or <c>subscript</c>.</param>
public sealed record RunFormat(
    string AsciiFont,
    string HAnsiFont,
    string EastAsiaFont,
    string ComplexScriptFont,
    int SizeHalfPoints,
    bool Bold,
    bool Italic,
    string Underline,
    bool Caps,
    bool SmallCaps,
    bool Strike,
    bool Hidden,
    string Color,
    string? Highlight,
    string VerticalAlign)
{
    /// <summary>Font size in points (half-points ÷ 2).</summary>
    public double SizePt => SizeHalfPoints / 2.0;

    /// <summary>True when the run is underlined with any line style.</summary>
    public bool IsUnderlined => Underline is not ("none" or "");

    /// <summary>True when the colour is black: <c>auto</c> or <c>000000</c>.</summary>
    public bool IsBlack => Color is "auto" or "000000";

    /// <summary>The typeface Word uses to draw <paramref name="c"/>: the ASCII slot for U+0000–U+007F, else the hAnsi slot
    /// (Latin-1, Latin Extended and Vietnamese letters, general punctuation; ECMA-376 §17.3.2.26).</summary>
    public string FontFor(char c) => c < 0x80 ? AsciiFont : HAnsiFont;
}
