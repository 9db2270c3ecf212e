using ThiDua.Plans.Authoring.Catalogue;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Authoring.Sections;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring;

/// <summary>One catalogue section rendered for insertion into a plan being written.</summary>
/// <param name="Id">The section's catalogue id.</param>
/// <param name="FlatOpc">The section as a Flat OPC package (<c>pkg:package</c>) for Word's <c>Range.insertOoxml</c>: document, styles and the plan's custom XML part.</param>
/// <param name="Docx">The same content as a .docx fragment (A4 page, no page numbers).</param>
/// <param name="PlanXml">The plan's custom XML part content (<c>urn:thidua:plan:1</c>), for the pane to add with <c>customXmlParts.addAsync</c> where <c>insertOoxml</c> does not carry it.</param>
/// <param name="StoreItemId">The datastore item id the bound controls of the section point at.</param>
public sealed record RenderedSection(string Id, string FlatOpc, byte[] Docx, string PlanXml, string StoreItemId);

/// <summary>
/// Renders one section of the <see cref="SectionCatalogue"/> (issue 4, <c>POST /api/sections/{id}/render</c>) formatted
/// to Nghị định 30/2020/NĐ-CP Phụ lục I, wrapped in its tagged content control, its mục number following the heading the
/// caller says stands before the insertion point.
/// </summary>
public static class SectionRenderer
{
    /// <summary>Renders section <paramref name="id"/> for <paramref name="plan"/>.</summary>
    /// <param name="id">Catalogue id, e.g. <c>to-chuc-thuc-hien</c>.</param>
    /// <param name="plan">What the plan is written from.</param>
    /// <param name="previousHeading">The mục heading before the insertion point (<c>II.</c>, <c>II. NỘI DUNG THI ĐUA</c>); null or empty when there is none, the section is then <c>I.</c>.</param>
    /// <param name="storeItemId">Datastore item id of the plan's custom XML part when it already has one; a new one otherwise.</param>
    /// <exception cref="AuthoringInputException">Unknown section, unreadable heading, or invalid parameters.</exception>
    public static RenderedSection Render(string id, PlanParameters plan, string? previousHeading, string? storeItemId = null)
    {
        var section = SectionCatalogue.Find(id) ?? throw new AuthoringInputException($"Không có phần “{id}” trong danh mục các phần của kế hoạch.");
        plan = PlanParametersValidator.Normalize(plan);
        var number = 1;
        if (!string.IsNullOrWhiteSpace(previousHeading))
            number = (RomanNumeral.Parse(previousHeading) ?? throw new AuthoringInputException(
                $"Không đọc được số thứ tự của đề mục trước “{previousHeading.Trim()}”: cần một số La Mã như “II.”.")) + 1;
        if (number > 50) throw new AuthoringInputException($"Đề mục trước “{previousHeading!.Trim()}” có số thứ tự quá lớn.");

        var itemId = string.IsNullOrWhiteSpace(storeItemId) ? PlanDataPart.NewItemId() : storeItemId.Trim();
        var data = PlanData.From(plan, plan.Targets ?? SectionCatalogue.DefaultTargets);
        var controls = new ContentControls();
        var context = new SectionContext(plan, data, controls, itemId, number);
        var body = section.Content.Render(context).ToList();
        var xml = PlanDataPart.ToXml(data.Metadata, data.Targets);
        var content = new PlanPackage.Content(body, xml, itemId, WholePlan: false, controls.Placeholders);
        return new RenderedSection(id, PlanPackage.ToFlatOpc(content), PlanPackage.ToDocx(content), xml.ToString(System.Xml.Linq.SaveOptions.DisableFormatting), itemId);
    }
}
