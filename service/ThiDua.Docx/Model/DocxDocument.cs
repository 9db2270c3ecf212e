using System.Xml.Linq;

namespace ThiDua.Docx.Model;

/// <summary>
/// A Word document read as Word renders it: the body's paragraphs in document order (table and content-control
/// paragraphs included) with effective formatting and rendered numbering, its tables, content controls, sections with
/// headers and footers, and its custom XML parts. Produced by <see cref="Reading.DocxReader"/>; immutable.
/// </summary>
/// <param name="Paragraphs">Body paragraphs; <see cref="DocParagraph.Index"/> is the position in this list.</param>
/// <param name="Tables">Tables in document order (nested ones included).</param>
/// <param name="ContentControls">Content controls in document order of their start.</param>
/// <param name="Sections">Sections in order.</param>
/// <param name="CustomXmlParts">Custom XML parts (<c>customXml/item*.xml</c>) with their datastore item id (<c>ds:itemID</c>, braces kept) or empty.</param>
/// <param name="TextBoxParagraphs">Text of text boxes found in the body (header content laid out in text boxes shows here).</param>
public sealed record DocxDocument(
    IReadOnlyList<DocParagraph> Paragraphs,
    IReadOnlyList<DocTable> Tables,
    IReadOnlyList<DocContentControl> ContentControls,
    IReadOnlyList<DocSection> Sections,
    IReadOnlyList<(string ItemId, XDocument Xml)> CustomXmlParts,
    IReadOnlyList<string> TextBoxParagraphs);
