using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Legacy;
using FixRun = ThiDua.Rules.RunFormat;

namespace ThiDua.Rules.Font;

/// <summary>
/// FONT-FACE — phông chữ Times New Roman for every character of visible text, body, headers and footers included
/// (the typeface Word draws each character with: the ASCII slot for U+0000–U+007F, the hAnsi slot for Vietnamese letters).
/// Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4. Typefaces of the legacy TCVN3/VNI encodings are FONT-LEGACY,
/// not this rule. One finding per paragraph.
/// </summary>
public sealed class FontFaceRule : IPlanRule
{
    /// <summary>The typeface of the decree.</summary>
    public const string TimesNewRoman = "Times New Roman";

    /// <inheritdoc />
    public string Id => "FONT-FACE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        for (var i = 0; i < context.VisibleParagraphs.Count; i++)
        {
            var v = context.VisibleParagraphs[i];
            // Whether a typeface is reported does not depend on its letter case, so filtering after the case-insensitive
            // de-duplication of VisibleFonts keeps the same typefaces in the same order.
            var fonts = context.FontsOf(i)
                .Where(f => !string.Equals(f, TimesNewRoman, StringComparison.OrdinalIgnoreCase) && LegacyEncoding.IsLegacyFont(f) == LegacyEncodingKind.None)
                .ToList();
            if (fonts.Count == 0) continue;
            var where = v.Place is null ? "" : $" ở {v.Place}";
            var fix = v.BodyIndex >= 0 ? new Fix("Đổi phông chữ sang Times New Roman", v.BodyIndex, Run: new FixRun(FontName: TimesNewRoman)) : null;
            yield return context.At(Id, Severity.Error, PlanPart.Document, v.BodyIndex,
                $"Đoạn văn{where} dùng phông {string.Join(", ", fonts)}, không phải Times New Roman.",
                "Phông Times New Roman, bộ mã Unicode (TCVN 6909:2001)", string.Join(", ", fonts), fix, v.Paragraph.RenderedText);
        }
    }
}
