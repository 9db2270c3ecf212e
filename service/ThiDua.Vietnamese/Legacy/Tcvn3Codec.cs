using System.Text;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Legacy;

/// <summary>
/// TCVN 5712:1993 VN3 ("ABC", the <c>.Vn…</c> fonts) ↔ Unicode. Each Vietnamese letter that is not ASCII has one
/// code in 0xA1–0xFE, stored in Word as the Windows-1252 (= Latin-1 there) character of that byte. Capitals with a
/// tone mark have no code: the capitals fonts (<c>.VnTimeH</c>) draw the lower-case codes as capitals.
/// </summary>
internal static class Tcvn3Codec
{
    /// <summary>Unicode letter and its VN3 byte, in code order.</summary>
    private static readonly (char Letter, char Code)[] Table =
    [
        ('Ă', '\u00A1'), ('Â', '\u00A2'), ('Ê', '\u00A3'), ('Ô', '\u00A4'), ('Ơ', '\u00A5'), ('Ư', '\u00A6'), ('Đ', '\u00A7'),
        ('ă', '\u00A8'), ('â', '\u00A9'), ('ê', '\u00AA'), ('ô', '\u00AB'), ('ơ', '\u00AC'), ('ư', '\u00AD'), ('đ', '\u00AE'),
        ('à', '\u00B5'), ('ả', '\u00B6'), ('ã', '\u00B7'), ('á', '\u00B8'), ('ạ', '\u00B9'),
        ('ằ', '\u00BB'), ('ẳ', '\u00BC'), ('ẵ', '\u00BD'), ('ắ', '\u00BE'), ('ặ', '\u00C6'),
        ('ầ', '\u00C7'), ('ẩ', '\u00C8'), ('ẫ', '\u00C9'), ('ấ', '\u00CA'), ('ậ', '\u00CB'),
        ('è', '\u00CC'), ('ẻ', '\u00CE'), ('ẽ', '\u00CF'), ('é', '\u00D0'), ('ẹ', '\u00D1'),
        ('ề', '\u00D2'), ('ể', '\u00D3'), ('ễ', '\u00D4'), ('ế', '\u00D5'), ('ệ', '\u00D6'),
        ('ì', '\u00D7'), ('ỉ', '\u00D8'), ('ĩ', '\u00DC'), ('í', '\u00DD'), ('ị', '\u00DE'),
        ('ò', '\u00DF'), ('ỏ', '\u00E1'), ('õ', '\u00E2'), ('ó', '\u00E3'), ('ọ', '\u00E4'),
        ('ồ', '\u00E5'), ('ổ', '\u00E6'), ('ỗ', '\u00E7'), ('ố', '\u00E8'), ('ộ', '\u00E9'),
        ('ờ', '\u00EA'), ('ở', '\u00EB'), ('ỡ', '\u00EC'), ('ớ', '\u00ED'), ('ợ', '\u00EE'),
        ('ù', '\u00EF'), ('ủ', '\u00F1'), ('ũ', '\u00F2'), ('ú', '\u00F3'), ('ụ', '\u00F4'),
        ('ừ', '\u00F5'), ('ử', '\u00F6'), ('ữ', '\u00F7'), ('ứ', '\u00F8'), ('ự', '\u00F9'),
        ('ỳ', '\u00FA'), ('ỷ', '\u00FB'), ('ỹ', '\u00FC'), ('ý', '\u00FD'), ('ỵ', '\u00FE'),
    ];

    private static readonly Dictionary<char, char> Decode = BuildDecode();
    private static readonly Dictionary<char, char> Encode = Table.ToDictionary(entry => entry.Letter, entry => entry.Code);

    /// <summary>The characters that stand for a letter in VN3 text (the minus sign read as <c>ư</c> aside, which is too common to tell anything).</summary>
    public static IReadOnlySet<char> Codes { get; } = Table.Select(entry => entry.Code).ToHashSet();

    /// <summary>VN3 text to Unicode NFC; characters that are not VN3 letter codes are kept.</summary>
    public static string ToUnicode(string text, bool capitals)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text) result.Append(Decode.TryGetValue(c, out var letter) ? letter : c);
        var unicode = result.ToString();
        return capitals ? unicode.ToUpperInvariant() : unicode;
    }

    /// <summary>
    /// Unicode to VN3. With <paramref name="capitals"/> the text is lower-cased first, as typed for a capitals font;
    /// otherwise capitals with a tone mark, which VN3 cannot write, are written lower-case.
    /// </summary>
    public static string FromUnicode(string text, bool capitals)
    {
        var source = UnicodeForms.ToNfc(text);
        if (capitals) source = source.ToLowerInvariant();
        var result = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (Encode.TryGetValue(c, out var code)) result.Append(code);
            else if (char.IsUpper(c) && Encode.TryGetValue(char.ToLowerInvariant(c), out code)) result.Append(code);
            else result.Append(c);
        }
        return result.ToString();
    }

    private static Dictionary<char, char> BuildDecode()
    {
        var decode = Table.ToDictionary(entry => entry.Code, entry => entry.Letter);
        // PDF text extraction and some converters turn the soft hyphen of ư into a minus sign.
        decode['\u2212'] = 'ư';
        return decode;
    }
}
