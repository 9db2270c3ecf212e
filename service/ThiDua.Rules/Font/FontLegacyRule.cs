using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Legacy;

namespace ThiDua.Rules.Font;

/// <summary>
/// FONT-LEGACY — text in a legacy Vietnamese encoding: drawn with a TCVN3 (<c>.VnTime</c>, <c>.VnTimeH</c>,
/// <c>.VnArial</c>…) or VNI (<c>VNI-Times</c>…) typeface, or typed in one of them and left in a Unicode typeface, where it
/// shows as mojibake (<c>Céng hoµ</c>, <c>Coäng hoøa</c>). Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã
/// ký tự chữ Việt Unicode, TCVN 6909:2001). Detection is <see cref="LegacyEncoding"/>'s. The message names the encoding;
/// the fix (<c>convert-legacy</c>) converts the text to Unicode in Times New Roman. One finding per paragraph.
/// </summary>
public sealed class FontLegacyRule : IPlanRule
{
    /// <summary>The <see cref="Fix.Kind"/> of the conversion.</summary>
    public const string ConvertKind = "convert-legacy";

    /// <inheritdoc />
    public string Id => "FONT-LEGACY";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        for (var i = 0; i < context.VisibleParagraphs.Count; i++)
        {
            var v = context.VisibleParagraphs[i];
            var fonts = context.FontsOf(i);
            string encodings, observed;
            if (AnyLegacy(fonts))
            {
                var byFont = fonts
                    .Select(f => (Font: f, Encoding: LegacyEncoding.IsLegacyFont(f)))
                    .Where(x => x.Encoding != LegacyEncodingKind.None)
                    .ToList();
                encodings = string.Join(", ", byFont.Select(x => Name(x.Encoding)).Distinct());
                observed = $"phông {string.Join(", ", byFont.Select(x => x.Font))}";
            }
            else if (LegacyEncoding.LooksLikeMojibake(v.Paragraph.Text) is var kind and not LegacyEncodingKind.None)
            {
                encodings = Name(kind);
                observed = "chữ gõ bằng bảng mã cũ hiển thị sai trong phông Unicode";
            }
            else continue;
            var where = v.Place is null ? "" : $" ở {v.Place}";
            var fix = v.BodyIndex >= 0 ? new Fix($"Chuyển mã {encodings} sang Unicode, phông Times New Roman", v.BodyIndex, Kind: ConvertKind) : null;
            yield return context.At(Id, Severity.Error, PlanPart.Document, v.BodyIndex,
                $"Đoạn văn{where} dùng bảng mã cũ {encodings} ({observed}), không phải Unicode.",
                "Bộ mã Unicode (TCVN 6909:2001), phông Times New Roman", $"{encodings}: {observed}", fix, v.Paragraph.RenderedText);
        }
    }

    /// <summary>Whether one of <paramref name="fonts"/> is a legacy typeface (looked at without allocating: most paragraphs have none).</summary>
    private static bool AnyLegacy(IReadOnlyList<string> fonts)
    {
        for (var f = 0; f < fonts.Count; f++)
            if (LegacyEncoding.IsLegacyFont(fonts[f]) != LegacyEncodingKind.None) return true;
        return false;
    }

    private static string Name(LegacyEncodingKind kind) => kind == LegacyEncodingKind.Vni ? "VNI" : "TCVN3";
}
