using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Tags;

/// <summary>
/// TAG-MISSING (house rule, <c>shared/spec/plan-schema.md</c> § Tags): a standard part the pane can insert — header, cơ quan
/// ban hành, số ký hiệu, địa danh ngày tháng, tên loại và trích yếu, each mục (<c>I.</c>, <c>II.</c>…), Nơi nhận, chữ ký — is
/// in the text but not inside its tagged content control. Decision: a plan with no <c>thidua:</c> tag at all (most real
/// plans) gets ONE finding listing the parts present, with one <c>wrap-tags</c> fix for the whole plan (paragraph -1); a
/// partly tagged plan gets one finding per untagged part, its <c>wrap-tags</c> fix located at that part. The fix wraps
/// without changing text. Severity: info.
/// </summary>
public sealed class MissingTagsRule : IPlanRule
{
    /// <summary>Fix kind: wrap the part(s) in their tagged content controls.</summary>
    public const string WrapTags = "wrap-tags";

    /// <inheritdoc />
    public string Id => "TAG-MISSING";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var plan = context.Plan;
        var parts = Parts(plan).ToList();
        if (parts.Count == 0) yield break;

        if (!plan.IsTagged)
        {
            var names = string.Join("; ", parts.Select(p => p.Name));
            yield return context.At(Id, Severity.Info, PlanPart.Document, -1,
                "Kế hoạch chưa gắn thẻ (content control) cho các phần chuẩn; gắn thẻ để hệ thống đọc chính xác số liệu.",
                "Mỗi phần chuẩn nằm trong thẻ riêng để hệ thống đọc đúng số liệu", "Chưa gắn thẻ: " + names,
                new Fix("Gắn thẻ cho các phần chuẩn (không đổi nội dung)", -1, Kind: WrapTags),
                excerpt: "(chưa gắn thẻ) " + names);
            yield break;
        }

        foreach (var part in parts.Where(p => !p.Tagged))
            yield return context.At(Id, Severity.Info, part.Plan, part.Paragraph,
                $"Phần “{part.Name}” chưa nằm trong thẻ {part.Tag}.",
                $"Phần “{part.Name}” nằm trong thẻ {part.Tag}", "Chưa gắn thẻ",
                new Fix($"Gắn thẻ {part.Tag} (không đổi nội dung)", part.Paragraph, Kind: WrapTags));
    }

    /// <summary>A standard part found in the text: its name, where it starts, the tag it should have and whether it has it.</summary>
    private sealed record StandardPart(string Name, PlanPart Plan, int Paragraph, string Tag, bool Tagged);

    private static IEnumerable<StandardPart> Parts(PlanDocument plan)
    {
        bool Has(string tag) => plan.Tags.ContainsKey(tag);
        var h = plan.Header;
        var elements = new[] { h.IssuingAuthority.FirstOrDefault(), h.DocumentNumber?.Segment, h.NationalTitle, h.Motto, h.PlaceAndDate?.Segment };
        if (elements.FirstOrDefault(e => e is not null) is { } firstElement)
            yield return new("Phần đầu văn bản", PlanPart.Header, firstElement.Paragraph, PlanTags.Header, Has(PlanTags.Header));
        // A header laid out with tab stops shares each line between the two columns: no content control can hold the
        // agency lines alone (an inline control stays inside one paragraph), so that part is not asked for.
        if (h.IssuingAuthority.Count > 0 && h.Layout != HeaderLayout.TabStops)
            yield return new("Cơ quan ban hành", PlanPart.Header, h.IssuingAuthority[0].Paragraph, PlanTags.Agency, Has(PlanTags.Agency));
        if (h.DocumentNumber is { } number)
            yield return new("Số, ký hiệu", PlanPart.Header, number.Paragraph, PlanTags.Number, Has(PlanTags.Number));
        if (h.PlaceAndDate is { } date)
            yield return new("Địa danh, ngày tháng", PlanPart.Header, date.Paragraph, PlanTags.PlaceDate, Has(PlanTags.PlaceDate));
        if (h.DocumentType is { } type)
            yield return new("Tên loại, trích yếu", PlanPart.Header, type.Paragraph, PlanTags.Title, Has(PlanTags.Title));
        foreach (var section in plan.Headings.Where(x => x.Level == HeadingLevel.Section))
            yield return new($"{section.Label} {section.Title}", PlanPart.Body, section.Paragraph, PlanTags.SectionPrefix + "…",
                InSectionControl(plan.Source, section.Paragraph));
        if (plan.Recipients is { } recipients)
            yield return new("Nơi nhận", PlanPart.Closing, recipients.Label.Paragraph, PlanTags.Recipients, Has(PlanTags.Recipients));
        if (plan.Signature is { } signature)
            yield return new("Chữ ký", PlanPart.Closing, signature.FirstParagraph, PlanTags.Signature, Has(PlanTags.Signature));
    }

    private static bool InSectionControl(DocxDocument doc, int paragraph) =>
        doc.Paragraphs[paragraph].ContentControls.Any(i => doc.ContentControls[i].Tag.StartsWith(PlanTags.SectionPrefix, StringComparison.Ordinal));
}
