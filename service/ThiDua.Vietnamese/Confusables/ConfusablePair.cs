namespace ThiDua.Vietnamese.Confusables;

/// <summary>
/// A real-word slip: <paramref name="Written"/> has only valid syllables, so a syllable check passes it, but it is not the
/// word meant, <paramref name="Meant"/> (<c>sử lý</c> → <c>xử lý</c>).
/// </summary>
/// <param name="Written">The slip, lower case, NFC, syllables separated by one space.</param>
/// <param name="Meant">The word meant, lower case, NFC.</param>
/// <param name="Slip">Which sounds are confused (<c>s/x</c>, <c>ch/tr</c>, <c>d/gi/r</c>, <c>l/n</c>, <c>hỏi/ngã</c>, <c>vần</c>…).</param>
/// <param name="Source">Where the meant word is written so, in Vietnamese (a dictionary entry, or a profile's guide).</param>
/// <param name="NotAfter">Words that, right before the slip, make its words two right words (<c>lịch</c> for <c>lịch sử | lý luận</c>); lower case.</param>
public sealed record ConfusablePair(string Written, string Meant, string Slip, string Source, IReadOnlyList<string>? NotAfter = null);

/// <summary>A slip found in a text.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Its length in characters, as written.</param>
/// <param name="Written">The words as written (case kept).</param>
/// <param name="Meant">The replacement, in the case of the written words (<c>Sử lý</c> → <c>Xử lý</c>).</param>
/// <param name="Pair">The list entry.</param>
public sealed record ConfusableMatch(int Start, int Length, string Written, string Meant, ConfusablePair Pair);
