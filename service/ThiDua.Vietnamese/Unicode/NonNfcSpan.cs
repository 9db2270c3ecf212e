namespace ThiDua.Vietnamese.Unicode;

/// <summary>A stretch of text that is not in Unicode NFC, with what it becomes once normalised.</summary>
/// <param name="Start">Index in the text, in UTF-16 characters.</param>
/// <param name="Length">Length in the text, in UTF-16 characters.</param>
/// <param name="Text">The stretch as written (e.g. <c>qua</c> + U+0309 in decomposed form).</param>
/// <param name="Normalized">The same text in NFC (<c>quả</c>), usually shorter.</param>
public sealed record NonNfcSpan(int Start, int Length, string Text, string Normalized);
