namespace ThiDua.Vietnamese.Spelling;

/// <summary>
/// One spelling finding (<i>lỗi chính tả</i>) of <see cref="SpellChecker.Check(string)"/>, for rule TEXT-SPELL.
/// </summary>
/// <param name="Word">The text as written (<c>vủa</c>; both words for <see cref="SpellingIssueKind.RepeatedWord"/>: <c>loại loại</c>).</param>
/// <param name="Start">Index of <paramref name="Word"/> in the checked text, in UTF-16 characters.</param>
/// <param name="Length">Length of <paramref name="Word"/> in the checked text, in UTF-16 characters.</param>
/// <param name="Kind">The kind of slip.</param>
/// <param name="Suggestion">The corrected text that replaces <paramref name="Word"/> (<c>của</c>, <c>tổ chức</c>, <c>loại</c>), in the case of the original; null when no correction is likely enough.</param>
/// <param name="Message">What is wrong, in Vietnamese, quoting the word and the correction.</param>
public sealed record SpellingIssue(string Word, int Start, int Length, SpellingIssueKind Kind, string? Suggestion, string Message);
