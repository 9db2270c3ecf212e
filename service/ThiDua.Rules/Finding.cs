namespace ThiDua.Rules;

/// <summary>How serious a <see cref="Finding"/> is (<c>shared/spec/rules.md</c> § Severity).</summary>
public enum Severity
{
    /// <summary>Normal for a draft, shown so nothing is forgotten (e.g. the number văn thư assigns after signing).</summary>
    Info,
    /// <summary>A reviewer would most likely send it back.</summary>
    Warning,
    /// <summary>Must be fixed before signing.</summary>
    Error,
}

/// <summary>Which part of the plan a finding is about, for grouping in the pane.</summary>
public enum PlanPart
{
    /// <summary>Page setup and typeface, the whole document.</summary>
    Document,
    /// <summary>Phần đầu văn bản: header, tên loại, trích yếu.</summary>
    Header,
    /// <summary>Nội dung: body, headings, numbering.</summary>
    Body,
    /// <summary>Phần cuối: nơi nhận, chữ ký.</summary>
    Closing,
}

/// <summary>
/// One problem found by a rule of <c>shared/spec/rules.md</c>.
/// </summary>
/// <param name="Rule">The rule id, e.g. <c>HDR-MOTTO</c>.</param>
/// <param name="Severity">Severity as the catalogue gives it.</param>
/// <param name="Part">The plan part, for grouping.</param>
/// <param name="Paragraph">Zero-based index of the paragraph in the body, document order (table paragraphs included); -1 when the element is missing or the finding is about the document as a whole.</param>
/// <param name="Text">An excerpt of the paragraph (at most ~80 characters), or <c>(thiếu)</c> when missing.</param>
/// <param name="Message">What is wrong, in Vietnamese.</param>
/// <param name="Expected">What Nghị định 30 (or the house rule) expects, in Vietnamese.</param>
/// <param name="Observed">What was found, in Vietnamese.</param>
/// <param name="Tag">The content-control tag enclosing the paragraph, when tagged (e.g. <c>thidua:header</c>); null otherwise.</param>
/// <param name="Fix">The mechanical fix, when one exists.</param>
/// <param name="Evaluated">False when the property could not be determined (e.g. the header is a picture): the finding then says <em>not evaluated</em> and why in <see cref="Message"/>.</param>
/// <param name="Profile">The title of the rule profile that set what is expected (<c>Hướng dẫn thể thức văn bản của tỉnh …</c>), or
/// <c>Nghị định 30/2020/NĐ-CP (mặc định)</c> when the catalogue's own expectation applies; set by the checker.</param>
public sealed record Finding(
    string Rule,
    Severity Severity,
    PlanPart Part,
    int Paragraph,
    string Text,
    string Message,
    string Expected,
    string Observed,
    string? Tag = null,
    Fix? Fix = null,
    bool Evaluated = true,
    string? Profile = null);

/// <summary>
/// A mechanical fix, described so that both the service (Open XML) and the pane (Word JavaScript API, in place, undoable)
/// can apply it to the paragraph the finding names. Only the members that are set are changed.
/// </summary>
/// <param name="Description">What the fix does, in Vietnamese (shown on the <em>Sửa</em> button's tooltip).</param>
/// <param name="Paragraph">Zero-based body paragraph index the fix applies to (as <see cref="Finding.Paragraph"/>); -1 for a document-wide fix (page setup, normalisation).</param>
/// <param name="Run">Character formatting to set on every run of the paragraph.</param>
/// <param name="ParagraphFormat">Paragraph formatting to set.</param>
/// <param name="Replace">Text replacements inside the paragraph, applied in order.</param>
/// <param name="Page">Page setup to set on every section (A4, margins).</param>
/// <param name="Kind">A stable name for fixes that are neither formatting nor text replacement (<c>normalize-nfc</c>, <c>convert-legacy</c>, <c>wrap-tags</c>); null otherwise.</param>
public sealed record Fix(
    string Description,
    int Paragraph,
    RunFormat? Run = null,
    ParagraphFormat? ParagraphFormat = null,
    IReadOnlyList<TextReplacement>? Replace = null,
    PageFormat? Page = null,
    string? Kind = null);

/// <summary>Character formatting a fix sets. Null members are left as they are.</summary>
/// <param name="FontName">Font family, e.g. <c>Times New Roman</c>.</param>
/// <param name="SizePt">Font size in points (OOXML <c>w:sz</c> is half-points: 13 pt = 26).</param>
/// <param name="Bold">Bold on/off.</param>
/// <param name="Italic">Italic on/off.</param>
/// <param name="Underline">Underline on/off (single).</param>
/// <param name="Color">Font colour as <c>RRGGBB</c> or <c>auto</c>; <c>000000</c> for black.</param>
/// <param name="RemoveHighlight">True to remove highlighting.</param>
/// <param name="AllCaps">Upper-case the text (applied as a text change, not as <c>w:caps</c>).</param>
public sealed record RunFormat(
    string? FontName = null,
    double? SizePt = null,
    bool? Bold = null,
    bool? Italic = null,
    bool? Underline = null,
    string? Color = null,
    bool? RemoveHighlight = null,
    bool? AllCaps = null);

/// <summary>Paragraph formatting a fix sets. Null members are left as they are.</summary>
/// <param name="Alignment"><c>left</c>, <c>center</c>, <c>right</c> or <c>justified</c> (Office.js names; OOXML <c>both</c> = justified).</param>
/// <param name="FirstLineIndentCm">First-line indent in cm (OOXML twips: 1 cm = 567).</param>
/// <param name="LeftIndentCm">Left indent in cm.</param>
/// <param name="SpaceBeforePt">Space before in pt (OOXML <c>w:before</c> is twentieths of a point).</param>
/// <param name="SpaceAfterPt">Space after in pt.</param>
/// <param name="LineSpacingLines">Line spacing as a multiple of single (1.0–1.5).</param>
public sealed record ParagraphFormat(
    string? Alignment = null,
    double? FirstLineIndentCm = null,
    double? LeftIndentCm = null,
    double? SpaceBeforePt = null,
    double? SpaceAfterPt = null,
    double? LineSpacingLines = null);

/// <summary>Replace <paramref name="Find"/> (exact, first occurrence) with <paramref name="ReplaceWith"/> in the paragraph text.</summary>
public sealed record TextReplacement(string Find, string ReplaceWith);

/// <summary>Page setup a fix sets on each section. Sizes in mm (OOXML <c>w:pgSz</c>/<c>w:pgMar</c> are twips: 1 mm = 56.7 twips).</summary>
public sealed record PageFormat(double? WidthMm = null, double? HeightMm = null, double? TopMm = null, double? BottomMm = null, double? LeftMm = null, double? RightMm = null);
