using ThiDua.Docx.Model;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Rules.Engine;

/// <summary>
/// The one word pass of a check: for each body paragraph, its text in NFC, its words and their keys
/// (<see cref="TextWords"/>), read on first use and kept for the rules that look at words (TEXT-CAPS, TEXT-CONFUSABLE,
/// TEXT-SPELL) or at the normalised text, so each paragraph is normalised, tokenised and lower-cased once per check.
/// Thread-safe: two rules asking at once may both read a paragraph, and either reading is kept (they are equal).
/// </summary>
/// <param name="document">The document as read.</param>
public sealed class ParagraphWords(DocxDocument document)
{
    private readonly TextWords?[] words = new TextWords?[document.Paragraphs.Count];

    /// <summary>The words of body paragraph <paramref name="paragraph"/> (<see cref="DocParagraph.Index"/>).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="paragraph"/> is not a paragraph's index.</exception>
    public TextWords Of(int paragraph) => words[paragraph] ??= TextWords.Read(document.Paragraphs[paragraph].Text);
}
