using System.Text;
using ThiDua.Vietnamese.Syllables;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Legacy;

/// <summary>
/// VNI Windows (the <c>VNI-…</c> fonts) ↔ Unicode. A toned or shaped vowel is its ASCII base letter followed by one
/// mark character (<c>a</c> + <c>ø</c> = <c>à</c>, <c>o</c> + <c>â</c> = <c>ô</c>, <c>o</c> + <c>ä</c> = <c>ộ</c>,
/// <c>a</c> + <c>ê</c> = <c>ă</c>); <c>ơ ư đ</c>, the toned <c>i</c> and <c>ỵ</c> have one character of their own.
/// Marks after a capital are capitals themselves (<c>O</c> + <c>Ä</c> = <c>Ộ</c>). Characters are Windows-1252.
/// </summary>
internal static class VniCodec
{
    /// <summary>Tone marks on a, e, o, u, y, ơ, ư: sắc, huyền, hỏi, ngã, nặng (lower case; capitals are their upper-case forms).</summary>
    private static readonly Dictionary<char, Tone> ToneMarks = new()
    {
        ['ù'] = Tone.Acute, ['ø'] = Tone.Grave, ['û'] = Tone.Hook, ['õ'] = Tone.Tilde, ['ï'] = Tone.DotBelow,
    };

    /// <summary>Circumflex (â ê ô) with no tone or with a tone.</summary>
    private static readonly Dictionary<char, Tone> CircumflexMarks = new()
    {
        ['â'] = Tone.Level, ['á'] = Tone.Acute, ['à'] = Tone.Grave, ['å'] = Tone.Hook, ['ã'] = Tone.Tilde, ['ä'] = Tone.DotBelow,
    };

    /// <summary>Breve (ă) with no tone or with a tone.</summary>
    private static readonly Dictionary<char, Tone> BreveMarks = new()
    {
        ['ê'] = Tone.Level, ['é'] = Tone.Acute, ['è'] = Tone.Grave, ['ú'] = Tone.Hook, ['ü'] = Tone.Tilde, ['ë'] = Tone.DotBelow,
    };

    /// <summary>Letters written as one character: ơ ư đ (which may take a tone mark after them), the toned i, and ỵ.</summary>
    private static readonly Dictionary<char, char> Singles = new()
    {
        ['ô'] = 'ơ', ['ö'] = 'ư', ['ñ'] = 'đ',
        ['ì'] = 'ì', ['í'] = 'í', ['æ'] = 'ỉ', ['ó'] = 'ĩ', ['ò'] = 'ị', ['î'] = 'ỵ',
    };

    private static readonly Dictionary<char, char> SinglesByLetter = Singles.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>Every character with a VNI meaning beyond ASCII, both cases.</summary>
    public static IReadOnlySet<char> Codes { get; } = ToneMarks.Keys.Concat(CircumflexMarks.Keys).Concat(BreveMarks.Keys).Concat(Singles.Keys)
        .SelectMany(c => new[] { c, char.ToUpperInvariant(c) }).ToHashSet();

    /// <summary>VNI text to Unicode NFC; other characters are kept.</summary>
    public static string ToUnicode(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var upper = char.IsUpper(c);
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            char baseLetter;
            Tone tone;
            if (lower == 'ñ')
            {
                result.Append(upper ? 'Đ' : 'đ');
                continue;
            }
            if (Singles.TryGetValue(lower, out var single))
            {
                // ơ and ư take a tone mark after them; the others are complete.
                if (single is 'ơ' or 'ư' && ToneMarks.TryGetValue(next, out tone)) i++;
                else tone = VietnameseLetters.ToneOfLetter(single);
                baseLetter = VietnameseLetters.BaseLetter(single);
            }
            else if (lower is 'a' or 'e' or 'o' && CircumflexMarks.TryGetValue(next, out tone))
            {
                baseLetter = lower switch { 'a' => 'â', 'e' => 'ê', _ => 'ô' };
                i++;
            }
            else if (lower == 'a' && BreveMarks.TryGetValue(next, out tone))
            {
                baseLetter = 'ă';
                i++;
            }
            else if (lower is 'a' or 'e' or 'o' or 'u' or 'y' && ToneMarks.TryGetValue(next, out tone))
            {
                baseLetter = lower;
                i++;
            }
            else
            {
                result.Append(c);
                continue;
            }
            var letter = VietnameseLetters.Compose(baseLetter, tone);
            result.Append(upper ? char.ToUpperInvariant(letter) : letter);
        }
        return result.ToString();
    }

    /// <summary>Unicode to VNI; characters that are not Vietnamese letters are kept.</summary>
    public static string FromUnicode(string text)
    {
        var source = UnicodeForms.ToNfc(text);
        var result = new StringBuilder(source.Length * 2);
        foreach (var c in source)
        {
            var lower = char.ToLowerInvariant(c);
            var upper = char.IsUpper(c);
            if (!VietnameseLetters.IsVowel(lower))
            {
                result.Append(lower == 'đ' ? Cased('ñ', upper) : c);
                continue;
            }
            var baseLetter = VietnameseLetters.BaseLetter(lower);
            var tone = VietnameseLetters.ToneOfLetter(lower);
            if (SinglesByLetter.TryGetValue(lower, out var single) && baseLetter is 'i' or 'y')
            {
                result.Append(Cased(single, upper));
                continue;
            }
            switch (baseLetter)
            {
                case 'â' or 'ê' or 'ô':
                    result.Append(Cased(baseLetter switch { 'â' => 'a', 'ê' => 'e', _ => 'o' }, upper));
                    result.Append(Cased(MarkFor(CircumflexMarks, tone), upper));
                    break;
                case 'ă':
                    result.Append(Cased('a', upper));
                    result.Append(Cased(MarkFor(BreveMarks, tone), upper));
                    break;
                default:
                    result.Append(Cased(baseLetter switch { 'ơ' => 'ô', 'ư' => 'ö', _ => baseLetter }, upper));
                    if (tone != Tone.Level) result.Append(Cased(MarkFor(ToneMarks, tone), upper));
                    break;
            }
        }
        return result.ToString();
    }

    private static char MarkFor(Dictionary<char, Tone> marks, Tone tone) => marks.First(pair => pair.Value == tone).Key;

    private static char Cased(char c, bool upper) => upper ? char.ToUpperInvariant(c) : c;
}
