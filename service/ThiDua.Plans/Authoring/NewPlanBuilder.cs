using ThiDua.Plans.Authoring.Catalogue;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Sections;

namespace ThiDua.Plans.Authoring;

/// <summary>
/// Creates a complete plan in one step (issue 4, <c>POST /api/plans/new</c>, <c>thidua new</c>): the chosen catalogue
/// sections in plan order, mục numbered I., II., III…, every part in its tagged content control, the custom XML part
/// filled, on an A4 page with margins 20/20/30/15 mm and page numbers from page 2 (Nghị định 30/2020/NĐ-CP Phụ lục I).
/// </summary>
public static class NewPlanBuilder
{
    /// <summary>Builds the plan and returns the .docx bytes.</summary>
    /// <param name="plan">What the plan is written from.</param>
    /// <param name="sectionIds">The catalogue sections to include, in any order; null or empty for all of them.</param>
    /// <param name="storeItemId">Datastore item id for the custom XML part; a new one when null.</param>
    /// <exception cref="AuthoringInputException">An unknown section id or invalid parameters.</exception>
    public static byte[] Create(PlanParameters plan, IReadOnlyCollection<string>? sectionIds = null, string? storeItemId = null)
    {
        plan = PlanParametersValidator.Normalize(plan);
        var sections = Choose(sectionIds);
        var itemId = storeItemId ?? PlanDataPart.NewItemId();
        var data = PlanData.From(plan, plan.Targets ?? SectionCatalogue.DefaultTargets);
        var controls = new ContentControls();
        var body = new List<DocumentFormat.OpenXml.OpenXmlElement>();
        var part = 0;
        foreach (var section in sections)
        {
            if (section.Numbered) part++;
            body.AddRange(section.Content.Render(new SectionContext(plan, data, controls, itemId, part)));
        }
        return PlanPackage.ToDocx(new PlanPackage.Content(body, PlanDataPart.ToXml(data.Metadata, data.Targets), itemId, WholePlan: true, controls.Placeholders));
    }

    private static IReadOnlyList<SectionDefinition> Choose(IReadOnlyCollection<string>? ids)
    {
        if (ids is null || ids.Count == 0) return SectionCatalogue.All;
        var unknown = ids.Where(id => SectionCatalogue.Find(id) is null).ToList();
        if (unknown.Count > 0)
            throw new AuthoringInputException($"Không có phần {string.Join(", ", unknown.Select(u => $"“{u}”"))} trong danh mục các phần của kế hoạch.");
        return SectionCatalogue.All.Where(s => ids.Contains(s.Id)).ToList();
    }
}
