namespace ThiDua.Docx.Model;

/// <summary>Where a content control sits (<c>w:sdt</c> at body, run, row or cell level).</summary>
public enum ContentControlScope
{
    /// <summary>Around paragraphs and tables (<c>w:sdtContent</c> holding <c>w:p</c>/<c>w:tbl</c>).</summary>
    Block,
    /// <summary>Inside a paragraph, around runs.</summary>
    Inline,
    /// <summary>Around table rows.</summary>
    Row,
    /// <summary>Around table cells.</summary>
    Cell,
}

/// <summary>
/// A content control (<c>w:sdt</c>, ECMA-376 §17.5.2) with its properties and the paragraphs it spans.
/// </summary>
/// <param name="Id">The control's <c>w:id</c>, or 0.</param>
/// <param name="Tag"><c>w:tag</c>, e.g. <c>thidua:header</c>; empty when untagged.</param>
/// <param name="Alias"><c>w:alias</c>, the title Word shows.</param>
/// <param name="Lock"><c>w:lock</c> value (<c>sdtLocked</c>, <c>contentLocked</c>, <c>sdtContentLocked</c>, <c>unlocked</c>), empty when none.</param>
/// <param name="Scope">Block, inline, row or cell.</param>
/// <param name="Type">Control type: <c>richText</c>, <c>text</c>, <c>date</c>, <c>dropDownList</c>, <c>comboBox</c>, <c>picture</c>, <c>checkBox</c>, <c>group</c>…</param>
/// <param name="FirstParagraph">Index of the first body paragraph inside it (see <see cref="DocParagraph.Index"/>), -1 when empty.</param>
/// <param name="LastParagraph">Index of the last body paragraph inside it, -1 when empty.</param>
/// <param name="Text">The displayed text of its content (paragraphs joined by <c>\n</c>).</param>
/// <param name="DataBindingXPath"><c>w:dataBinding/@w:xpath</c>, or null.</param>
/// <param name="DataBindingStoreItemId"><c>w:dataBinding/@w:storeItemID</c>, or null.</param>
/// <param name="DateValue">For a date picker, <c>w:date/@w:fullDate</c> (ISO 8601), or null.</param>
/// <param name="ContainsTable">True when a table is inside the control.</param>
/// <param name="ParentTag">The tag of the nearest enclosing content control, or null.</param>
public sealed record DocContentControl(
    int Id, string Tag, string Alias, string Lock, ContentControlScope Scope, string Type,
    int FirstParagraph, int LastParagraph, string Text,
    string? DataBindingXPath, string? DataBindingStoreItemId, string? DateValue, bool ContainsTable, string? ParentTag);
