using ThiDua.Docx.Formatting;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Model;

/// <summary>How a heading's label was made.</summary>
public enum LabelSource
{
    /// <summary>Typed as text (<c>II. NỘI DUNG</c>).</summary>
    Typed,
    /// <summary>Word's automatic numbering (<c>w:numPr</c>), rendered.</summary>
    Automatic,
}

/// <summary>
/// A numbered paragraph of the body — a heading (<em>đề mục</em>) or a numbered paragraph of running text (a khoản,
/// điểm… without a title, which is also in <see cref="PlanDocument.BodyParagraphs"/>). Every one counts for the
/// numbering (NUM-SEQUENCE); only titles are headings for the looks of Phụ lục I, Mục II.6đ.
/// </summary>
/// <param name="Paragraph">Body paragraph index.</param>
/// <param name="Level">Mục, khoản, 1.1. or điểm.</param>
/// <param name="Label">The label as shown (<c>II.</c>, <c>2.</c>, <c>1.3.</c>, <c>b)</c>).</param>
/// <param name="Value">The label's own counter (II → 2, b → 2 in Vietnamese alphabet order, 1.3. → 3).</param>
/// <param name="ParentValue">For <c>1.3.</c> the first number (1); else 0.</param>
/// <param name="Source">Typed or automatic.</param>
/// <param name="Title">The text after the label.</param>
/// <param name="IsTitle">True when the paragraph reads as a title (<c>1. Mục đích</c>: short, no final period, the look
/// of its level); false for a numbered paragraph of running text.</param>
/// <param name="LabelFormat">Effective formatting of the label.</param>
/// <param name="TextFormat">Effective formatting of most of the title text.</param>
/// <param name="Format">Effective paragraph formatting.</param>
/// <param name="StyleName">Paragraph style name, for messages (<c>heading 2</c>).</param>
public sealed record Heading(
    int Paragraph, HeadingLevel Level, string Label, int Value, int ParentValue, LabelSource Source,
    string Title, bool IsTitle, RunFormat LabelFormat, RunFormat TextFormat, ParagraphFormat Format, string StyleName);
