using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Legacy;

/// <summary>
/// Detects and converts the legacy Vietnamese encodings TCVN3 (ABC) and VNI for rule FONT-LEGACY: by font name
/// (<see cref="IsLegacyFont"/>), by the look of the text in a Unicode font (<see cref="LooksLikeMojibake"/>), and
/// to Unicode NFC (<see cref="ToUnicode"/>). Nghị định 30/2020/NĐ-CP, Phụ lục I.4 requires Unicode (TCVN 6909:2001).
/// </summary>
public static class LegacyEncoding
{
    /// <summary>Share of the suspicious words that must decode into Vietnamese syllables to call the text mojibake.</summary>
    private const double DecodedShare = 0.75;

    /// <summary>Characters below this are looked up in <see cref="tcvn3Foreign"/> and <see cref="vniForeign"/>.</summary>
    private const int ForeignTableSize = 0x2000;

    /// <summary>For each character below <see cref="ForeignTableSize"/>: a TCVN3 code that is not a Vietnamese letter.</summary>
    private static readonly bool[] tcvn3Foreign = ForeignTable(Tcvn3Codec.Codes);

    /// <summary>For each character below <see cref="ForeignTableSize"/>: a VNI code that is not a Vietnamese letter.</summary>
    private static readonly bool[] vniForeign = ForeignTable(VniCodec.Codes);

    /// <summary>
    /// The encoding a font implies: <c>.Vn…</c> fonts are TCVN3 (<c>.VnTime</c>, <c>.VnArial</c>, <c>.VnCentury
    /// Schoolbook</c>), those ending in <c>H</c> its capitals variant (<c>.VnTimeH</c>, <c>.VnArialH</c>); <c>VNI-…</c>
    /// fonts are VNI (<c>VNI-Times</c>, <c>VNI-Helve</c>). Case-insensitive; <see cref="LegacyEncodingKind.None"/>
    /// for Unicode fonts, null or empty names.
    /// </summary>
    public static LegacyEncodingKind IsLegacyFont(string? fontName)
    {
        var name = fontName?.Trim();
        if (string.IsNullOrEmpty(name)) return LegacyEncodingKind.None;
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
            return name.EndsWith('H') ? LegacyEncodingKind.Tcvn3Capitals : LegacyEncodingKind.Tcvn3;
        return name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase)
            ? LegacyEncodingKind.Vni
            : LegacyEncodingKind.None;
    }

    /// <summary>
    /// The legacy encoding <paramref name="text"/> was typed in, judged from the text alone (as when TCVN3 or VNI text
    /// sits in a Unicode font and shows as <c>Céng hoµ</c> or <c>Coäng hoøa</c>): the white-space separated words that
    /// hold characters with a meaning in the encoding but none in Vietnamese Unicode are decoded, and when at least
    /// two of them (or all, in a text that short) and three quarters of them become Vietnamese syllables, that is the
    /// encoding. <see cref="LegacyEncodingKind.None"/> for Unicode Vietnamese, other languages (<c>Müller</c>) and
    /// empty text. TCVN3 is reported as <see cref="LegacyEncodingKind.Tcvn3"/> (the capitals variant cannot be told from text).
    /// </summary>
    public static LegacyEncodingKind LooksLikeMojibake(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return LegacyEncodingKind.None;
        // No suspicious character at all (typed Unicode Vietnamese): no suspicious word, nothing to decode.
        if (!HasForeignCode(text, LegacyEncodingKind.Tcvn3) && !HasForeignCode(text, LegacyEncodingKind.Vni)) return LegacyEncodingKind.None;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var tcvn3 = DecodedShareOf(words, LegacyEncodingKind.Tcvn3);
        var vni = DecodedShareOf(words, LegacyEncodingKind.Vni);
        if (tcvn3 < DecodedShare && vni < DecodedShare) return LegacyEncodingKind.None;
        return tcvn3 >= vni ? LegacyEncodingKind.Tcvn3 : LegacyEncodingKind.Vni;
    }

    /// <summary>
    /// <paramref name="text"/> decoded from <paramref name="encoding"/> to Unicode NFC (<c>Céng hoµ</c> →
    /// <c>Cộng hoà</c>); unchanged for <see cref="LegacyEncodingKind.None"/>. Characters without a meaning in the
    /// encoding are kept.
    /// </summary>
    public static string ToUnicode(string text, LegacyEncodingKind encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoding switch
        {
            LegacyEncodingKind.Tcvn3 => Tcvn3Codec.ToUnicode(text, capitals: false),
            LegacyEncodingKind.Tcvn3Capitals => Tcvn3Codec.ToUnicode(text, capitals: true),
            LegacyEncodingKind.Vni => VniCodec.ToUnicode(text),
            _ => text,
        };
    }

    /// <summary>
    /// Unicode <paramref name="text"/> written in <paramref name="encoding"/>, as a legacy font expects it (the reverse
    /// of <see cref="ToUnicode"/>; for fixtures and round trips). TCVN3 cannot write capitals with a tone mark: they
    /// become lower-case codes, and <see cref="LegacyEncodingKind.Tcvn3Capitals"/> writes everything in lower-case
    /// codes. Unchanged for <see cref="LegacyEncodingKind.None"/>.
    /// </summary>
    public static string FromUnicode(string text, LegacyEncodingKind encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        return encoding switch
        {
            LegacyEncodingKind.Tcvn3 => Tcvn3Codec.FromUnicode(text, capitals: false),
            LegacyEncodingKind.Tcvn3Capitals => Tcvn3Codec.FromUnicode(text, capitals: true),
            LegacyEncodingKind.Vni => VniCodec.FromUnicode(text),
            _ => text,
        };
    }

    /// <summary>Share of the suspicious words that decode into syllables; 0 when there are too few suspicious words.</summary>
    private static double DecodedShareOf(string[] words, LegacyEncodingKind encoding)
    {
        int suspicious = 0, decoded = 0;
        foreach (var word in words)
        {
            if (!HasForeignCode(word, encoding)) continue;
            suspicious++;
            if (IsVietnamese(ToUnicode(word, encoding))) decoded++;
        }
        return suspicious >= Math.Min(2, words.Length) && suspicious > 0 ? (double)decoded / suspicious : 0;
    }

    /// <summary>True when the word holds a code of <paramref name="encoding"/> that is not itself a Vietnamese letter.</summary>
    private static bool HasForeignCode(string word, LegacyEncodingKind encoding)
    {
        var table = encoding == LegacyEncodingKind.Vni ? vniForeign : tcvn3Foreign;
        var codes = encoding == LegacyEncodingKind.Vni ? VniCodec.Codes : Tcvn3Codec.Codes;
        foreach (var c in word)
            if (c < ForeignTableSize ? table[c] : IsForeignCode(c, codes)) return true;
        return false;
    }

    /// <summary>True when <paramref name="c"/> is one of <paramref name="codes"/> and not itself a Vietnamese letter.</summary>
    private static bool IsForeignCode(char c, IReadOnlySet<char> codes) =>
        codes.Contains(c) && !VietnameseLetters.IsLetter(char.ToLowerInvariant(c));

    private static bool[] ForeignTable(IReadOnlySet<char> codes)
    {
        var table = new bool[ForeignTableSize];
        for (var c = 0; c < ForeignTableSize; c++) table[c] = IsForeignCode((char)c, codes);
        return table;
    }

    /// <summary>True when every run of letters in <paramref name="word"/> is a well-formed Vietnamese syllable.</summary>
    private static bool IsVietnamese(string word)
    {
        var any = false;
        var i = 0;
        while (i < word.Length)
        {
            if (!char.IsLetter(word[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < word.Length && char.IsLetter(word[i])) i++;
            if (!VietnameseSyllable.Parse(word[start..i]).IsValid) return false;
            any = true;
        }
        return any;
    }
}
