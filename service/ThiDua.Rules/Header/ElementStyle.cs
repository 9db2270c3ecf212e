using ThiDua.Docx.Formatting;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>The letter case an element of the header or the closing part must be written in.</summary>
public enum LetterCase
{
    /// <summary>Not prescribed.</summary>
    Any,
    /// <summary><em>Chữ in hoa</em>: every letter upper-case (Quốc hiệu, cơ quan, tên loại, quyền hạn người ký).</summary>
    Upper,
    /// <summary><em>Chữ in thường</em> with initial capitals: not every letter upper-case (trích yếu, họ tên người ký).</summary>
    NotAllUpper,
}

/// <summary>
/// The presentation Nghị định 30/2020/NĐ-CP, Phụ lục I (Mục II element by element and the table of Mục V) prescribes for
/// one element of the header or the closing part: a size range in pt, weight, slant, alignment and letter case. A null
/// member is not prescribed.
/// </summary>
/// <param name="MinPt">Smallest size allowed, pt.</param>
/// <param name="MaxPt">Largest size allowed, pt.</param>
/// <param name="Bold">Đậm (true) or not đậm (false); null when not prescribed.</param>
/// <param name="Italic">Nghiêng (true) or đứng (false); null when not prescribed.</param>
/// <param name="Alignment">Căn giữa or căn trái; <see cref="Docx.Formatting.Alignment.Left"/> also accepts a justified
/// paragraph (a one-line justified paragraph is drawn flush left).</param>
/// <param name="Case">Letter case.</param>
public sealed record ElementStyle(double MinPt, double MaxPt, bool? Bold, bool? Italic, Alignment? Alignment, LetterCase Case = LetterCase.Any)
{
    /// <summary>The prescription in Vietnamese: <c>in hoa, cỡ 12–13 pt, đứng, đậm, căn giữa</c>.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Case == LetterCase.Upper) parts.Add("in hoa");
        if (Case == LetterCase.NotAllUpper) parts.Add("in thường (viết hoa chữ đầu)");
        parts.Add("cỡ " + SizeRange());
        if (Italic is { } i) parts.Add(i ? "nghiêng" : "đứng");
        if (Bold is { } b) parts.Add(b ? "đậm" : "không đậm");
        if (Alignment is { } a) parts.Add(StyleCheck.AlignmentName(a));
        return string.Join(", ", parts);
    }

    /// <summary><c>13 pt</c> or <c>12–13 pt</c>.</summary>
    public string SizeRange() => MinPt.Equals(MaxPt) ? Units.Pt(MinPt) : $"{MinPt:0.#}–{Units.Pt(MaxPt)}";
}
