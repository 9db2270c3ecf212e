namespace ThiDua.Rules.TextChecks;

/// <summary>
/// The words around a span of a paragraph's text, for the excerpt a finding quotes and for a fix's searched text (the
/// neighbour kept, so the right occurrence of a repeated word changes).
/// </summary>
public static class TextWindow
{
    /// <summary>Start of the word before <paramref name="start"/> (or <paramref name="start"/> itself at the start of the text).</summary>
    public static int WordBefore(string text, int start)
    {
        var i = start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        if (i == start) return start;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    /// <summary>End of the word after <paramref name="end"/> (or <paramref name="end"/> itself at the end of the text).</summary>
    public static int WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i == end) return end;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
