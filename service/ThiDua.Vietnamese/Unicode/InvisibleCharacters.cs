using System.Buffers;

namespace ThiDua.Vietnamese.Unicode;

/// <summary>An invisible character inside text (<see cref="InvisibleCharacters"/>).</summary>
/// <param name="Index">Its index in the text.</param>
/// <param name="Character">The character.</param>
/// <param name="Name">Its name in Vietnamese (<c>khoảng trắng độ rộng 0 (U+200B)</c>).</param>
/// <param name="Replacement">What the text should have instead: empty (remove it) or one space.</param>
public sealed record InvisibleCharacter(int Index, char Character, string Name, string Replacement);

/// <summary>
/// Characters a reader does not see that break search, sorting and the central database: zero-width spaces and joiners
/// (U+200B–U+200D), the word joiner (U+2060), the byte-order mark used as a zero-width no-break space (U+FEFF), and
/// stray no-break spaces (U+00A0, U+202F) inside text. Each comes with its replacement, chosen so that the repaired text
/// reads as before: a zero-width character between two letters separated two words and becomes a space (removing it would
/// run the words together); elsewhere it is removed; a no-break space becomes a space, or is removed when a space is
/// already beside it (so no double space is made).
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>True when <paramref name="c"/> is one of the characters this class reports.</summary>
    public static bool IsInvisible(char c) => Invisible.Contains(c);

    /// <summary>Zero-width space, non-joiner and joiner, word joiner, byte order mark, no-break and narrow no-break space.</summary>
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00A0\u202F");

    /// <summary>The invisible characters of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<InvisibleCharacter> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return [];
        var found = new List<InvisibleCharacter>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsInvisible(c)) continue;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var space = c is '\u00A0' or '\u202F';
            var replacement = space
                ? char.IsWhiteSpace(before) || char.IsWhiteSpace(after) ? "" : " "
                : char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after) ? " " : "";
            found.Add(new InvisibleCharacter(i, c, Name(c), replacement));
        }
        return found;
    }

    private static string Name(char c) => c switch
    {
        '\u200B' => "khoảng trắng độ rộng 0 (U+200B)",
        '\u200C' => "ký tự không nối độ rộng 0 (U+200C)",
        '\u200D' => "ký tự nối độ rộng 0 (U+200D)",
        '\u2060' => "ký tự nối từ (U+2060)",
        '\uFEFF' => "dấu thứ tự byte (U+FEFF)",
        '\u00A0' => "khoảng trắng không ngắt (U+00A0)",
        _ => "khoảng trắng hẹp không ngắt (U+202F)",
    };
}
