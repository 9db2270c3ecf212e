using System.Text.RegularExpressions;

namespace ThiDua.Rules.Header;

/// <summary>
/// Số, ký hiệu (<em>DocumentNumber</em>) read from its text <c>Số: 16/KH-UBND</c>: the word <c>Số</c>, a colon, the
/// number (blank while văn thư has not assigned it), a slash and the ký hiệu. Nghị định 30/2020/NĐ-CP, Phụ lục I,
/// Mục II.3; the abbreviation <c>KH</c> for Kế hoạch from Phụ lục III.
/// </summary>
/// <param name="Label">The text before the colon (<c>Số</c>); null when there is no colon.</param>
/// <param name="Number">The number as written (<c>16</c>, <c>05</c>); empty when left blank.</param>
/// <param name="Symbol">The ký hiệu after the slash as written (<c>KH-UBND</c>); null when there is no slash.</param>
/// <param name="SpacedSlash">True when a number is written and a space stands beside the slash (<c>16 / KH</c>).</param>
public sealed partial record DocumentNumberText(string? Label, string Number, string? Symbol, bool SpacedSlash)
{
    /// <summary>True when the number is left blank for văn thư (<c>Số:      /KH-UBND</c>).</summary>
    public bool IsBlank => Number.Length == 0 && Symbol is not null;

    /// <summary>Reads <paramref name="text"/>; never fails.</summary>
    public static DocumentNumberText Parse(string text)
    {
        var t = text.Replace('\u00A0', ' ').Trim();
        var colon = t.IndexOf(':');
        var label = colon >= 0 ? t[..colon].Trim() : null;
        var rest = colon >= 0 ? t[(colon + 1)..] : t;
        var slash = rest.IndexOf('/');
        if (slash < 0) return new DocumentNumberText(label, rest.Trim(), null, false);
        var number = rest[..slash];
        var symbol = rest[(slash + 1)..];
        var trimmed = number.Trim();
        var spaced = trimmed.Length > 0 && (number.EndsWith(' ') || symbol.StartsWith(' '));
        return new DocumentNumberText(label, trimmed, symbol.Trim(), spaced);
    }

    /// <summary>The ký hiệu's problems, in Vietnamese: groups joined by <c>-</c> without spaces, upper-case, the first group <c>KH</c>.</summary>
    public IReadOnlyList<string> SymbolProblems()
    {
        if (Symbol is null) return ["thiếu dấu gạch chéo (/) và ký hiệu văn bản"];
        if (Symbol.Length == 0) return ["thiếu ký hiệu văn bản sau dấu gạch chéo"];
        var problems = new List<string>();
        if (Symbol.Contains(' ')) problems.Add("ký hiệu có khoảng trắng (các nhóm chữ nối bằng dấu gạch nối, không cách)");
        if (Symbol.Any(char.IsLower)) problems.Add("ký hiệu không in hoa");
        var first = Symbol.Split('-', 2)[0].Trim();
        if (!string.Equals(first, "KH", StringComparison.OrdinalIgnoreCase))
            problems.Add($"ký hiệu bắt đầu bằng “{first}”, cần “KH” (viết tắt tên loại Kế hoạch)");
        else if (!Symbol.Contains('-') || Symbol.Split('-', 2)[1].Trim().Length == 0)
            problems.Add("ký hiệu thiếu chữ viết tắt tên cơ quan ban hành sau “KH-”");
        return problems;
    }

    /// <summary>The number's problems, in Vietnamese (ignored when blank): Arabic digits, below 10 with a leading zero.</summary>
    public IReadOnlyList<string> NumberProblems()
    {
        if (Number.Length == 0) return [];
        if (!DigitsOnly().IsMatch(Number)) return [$"số “{Number}” không phải chữ số Ả Rập"];
        var problems = new List<string>();
        if (Number.Length == 1) problems.Add($"số nhỏ hơn 10 cần thêm số 0 phía trước (0{Number})");
        if (SpacedSlash) problems.Add("có khoảng trắng bên dấu gạch chéo");
        return problems;
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex DigitsOnly();
}
