using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Wording;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>What a section is rendered with: the plan's parameters and data, the content-control factory of the document
/// being built, and the number the section's heading takes.</summary>
/// <param name="Plan">The parameters.</param>
/// <param name="Data">The plan's data, as mirrored in its custom XML part.</param>
/// <param name="Controls">Content-control factory (unique ids per document).</param>
/// <param name="StoreItemId">Datastore item id of the custom XML part the bound controls point at.</param>
/// <param name="PartNumber">The mục number of this section's heading (1 → <c>I.</c>); ignored by sections without a heading.</param>
internal sealed record SectionContext(PlanParameters Plan, PlanData Data, ContentControls Controls, string StoreItemId, int PartNumber)
{
    /// <summary>A catalogue template filled with the plan's values.</summary>
    public string Fill(string template) => TextTemplate.Fill(template, Plan);
}
