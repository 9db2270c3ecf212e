namespace ThiDua.Vietnamese.Spacing;

/// <summary>One spacing finding of <see cref="TextSpacing.Check(string)"/>, for rule TEXT-SPACE.</summary>
/// <param name="Start">Index of the offending characters (the spaces, or the mark missing its space), in UTF-16 characters.</param>
/// <param name="Length">Their length, in UTF-16 characters.</param>
/// <param name="Kind">The kind of slip.</param>
/// <param name="Fix">The text that replaces the offending characters [<paramref name="Start"/>, <paramref name="Start"/> + <paramref name="Length"/>): one space for a double space, nothing for a space too many, the mark and a space for a missing space. Fixes of one text never overlap, so all can be applied, last first.</param>
/// <param name="Excerpt">The words around the slip as written (<c>xã;cải</c>, <c>khâu:  Phát</c>), at most 20 characters each side.</param>
/// <param name="ExcerptStart">Index of <paramref name="Excerpt"/> in the text.</param>
/// <param name="Replacement">The excerpt corrected (<c>xã; cải</c>, <c>khâu: Phát</c>), to show; excerpts of neighbouring slips may overlap.</param>
/// <param name="Message">What is wrong, in Vietnamese, quoting the excerpt.</param>
public sealed record SpacingIssue(int Start, int Length, SpacingIssueKind Kind, string Fix, string Excerpt, int ExcerptStart, string Replacement, string Message);
