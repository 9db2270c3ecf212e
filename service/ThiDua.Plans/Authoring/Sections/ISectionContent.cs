using DocumentFormat.OpenXml;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>How one catalogue section is written: its default wording and the OOXML it renders to.</summary>
internal interface ISectionContent
{
    /// <summary>The default wording with its <c>{tokens}</c>, one entry per paragraph or table row, for the catalogue.</summary>
    IReadOnlyList<string> TemplateText { get; }

    /// <summary>The section's block-level elements (its tagged content control, or a table holding them).</summary>
    IEnumerable<OpenXmlElement> Render(SectionContext context);
}
