namespace ThiDua.Vietnamese.Spelling;

/// <summary>A run of letters found by <see cref="WordTokenizer"/>; indices in UTF-16 characters of the text.</summary>
/// <param name="Start">Index of the first letter.</param>
/// <param name="Length">Number of characters, combining marks included.</param>
/// <param name="IsWord">
/// False for letters that are part of something else: a URL or e-mail address, letters glued to digits
/// (<c>m2</c>, <c>Covid-19</c>'s <c>19</c> side is not letters, <c>24h</c>), or a word with an apostrophe
/// (<c>H'Mông</c>, <c>Ea H’leo</c>).
/// </param>
/// <param name="FollowsPrevious">True when only white space separates this run from the previous one.</param>
internal readonly record struct WordToken(int Start, int Length, bool IsWord, bool FollowsPrevious)
{
    /// <summary>Index just after the last character.</summary>
    public int End => Start + Length;
}
