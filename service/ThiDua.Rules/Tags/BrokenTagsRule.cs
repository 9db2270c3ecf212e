using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ThiDua.Docx.Model;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Tags;

/// <summary>
/// TAG-BROKEN (house rule, <c>shared/spec/plan-schema.md</c>): a tagged content control no longer matches its tag. Reported:
/// two controls sharing a unique tag; a <c>thidua:kpi-table</c> control that holds neither a table nor a list; the custom
/// XML part <c>urn:thidua:plan:1</c> disagreeing with the text the officer sees (number, symbol, place, date, subject,
/// signer — the text is the truth); a control locked more strictly than <c>sdtLocked</c> (only <c>thidua:number</c> and
/// <c>thidua:place-date</c>, which văn thư fills, may be). One finding per problem; no mechanical fix (which side is right
/// is the officer's call). Severity: error.
/// </summary>
public sealed class BrokenTagsRule : IPlanRule
{
    /// <summary>Namespace of the plan's custom XML part.</summary>
    public static readonly XNamespace PlanNamespace = "urn:thidua:plan:1";

    /// <inheritdoc />
    public string Id => "TAG-BROKEN";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var plan = context.Plan;
        foreach (var (tag, controls) in plan.Tags.OrderBy(t => t.Value[0].FirstParagraph))
        {
            if (PlanTags.IsUnique(tag) && controls.Count > 1)
                yield return At(context, controls[1], tag,
                    $"Thẻ {tag} chỉ được dùng một lần nhưng xuất hiện {controls.Count} lần.",
                    $"Một thẻ {tag}", $"{controls.Count} thẻ {tag} (" + string.Join(", ", controls.Select(c => Place(c))) + ")");
            foreach (var c in controls.Where(c => c.Lock is "contentLocked" or "sdtContentLocked" && !PlanTags.FilledByClerk.Contains(tag)))
                yield return At(context, c, tag,
                    $"Thẻ {tag} bị khóa nội dung ({c.Lock}): cán bộ không sửa được phần này.",
                    "Khóa tối đa sdtLocked (không xóa thẻ, vẫn sửa được nội dung)", $"w:lock = {c.Lock}");
        }

        if (plan.Tags.TryGetValue(PlanTags.KpiTable, out var kpiTables))
            foreach (var c in kpiTables.Where(c => !HoldsTableOrList(plan, c)))
                yield return At(context, c, PlanTags.KpiTable,
                    "Thẻ chỉ tiêu thi đua (thidua:kpi-table) không chứa bảng hay danh sách chỉ tiêu nào.",
                    "Thẻ thidua:kpi-table chứa bảng hoặc danh sách chỉ tiêu", "Nội dung: " + Short(c.Text));

        if (PlanData(context.Document) is { } xml)
            foreach (var f in CompareWithText(context, xml)) yield return f;
    }

    /// <summary>The custom XML part whose root is <c>{urn:thidua:plan:1}plan</c>, or null.</summary>
    private static XElement? PlanData(DocxDocument doc) =>
        doc.CustomXmlParts.Select(p => p.Xml.Root).FirstOrDefault(r => r is not null && r.Name == PlanNamespace + "plan");

    private IEnumerable<Finding> CompareWithText(RuleContext context, XElement xml)
    {
        var meta = context.Metadata;
        var h = context.Plan.Header;
        var fields = new (string Path, string Name, string Text, int Paragraph)[]
        {
            ("number", "số", meta.Number, h.DocumentNumber?.Paragraph ?? -1),
            ("symbol", "ký hiệu", meta.Symbol, h.DocumentNumber?.Paragraph ?? -1),
            ("place", "địa danh", meta.Place, h.PlaceAndDate?.Paragraph ?? -1),
            ("date", "ngày ban hành", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", h.PlaceAndDate?.Paragraph ?? -1),
            ("subject", "trích yếu", meta.Subject, h.Subject.FirstOrDefault()?.Paragraph ?? -1),
            ("signer/authority", "quyền hạn người ký", meta.SignerAuthority, context.Plan.Signature?.FirstParagraph ?? -1),
            ("signer/title", "chức vụ người ký", meta.SignerTitle, context.Plan.Signature?.Title?.Paragraph ?? context.Plan.Signature?.FirstParagraph ?? -1),
            ("signer/name", "họ tên người ký", meta.SignerName, context.Plan.Signature?.Name?.Paragraph ?? -1),
        };
        foreach (var (path, name, text, paragraph) in fields)
        {
            var element = path.Split('/').Aggregate((XElement?)xml, (e, n) => e?.Element(PlanNamespace + n));
            if (element is null) continue;
            var stored = Squash(element.Value);
            if (stored == Squash(text)) continue;
            yield return context.At(Id, Severity.Error, PlanPart.Document, paragraph,
                $"Phần dữ liệu của kế hoạch (custom XML) ghi {name} “{stored}” nhưng văn bản ghi “{Squash(text)}”: một trong hai đã bị sửa mà không cập nhật bên kia.",
                $"Dữ liệu /plan/{path} trùng với văn bản", $"Dữ liệu: “{stored}”; văn bản: “{Squash(text)}”")
                with
            { Tag = context.Plan.TagOf(paragraph) };
        }
    }

    /// <summary>True when the control holds a table, or paragraphs that form a list (numbered, bulleted, dashed or one KPI control each).</summary>
    private static bool HoldsTableOrList(PlanDocument plan, DocContentControl c)
    {
        if (c.ContainsTable) return true;
        if (c.FirstParagraph < 0) return false;
        var headings = plan.Headings.Select(x => x.Paragraph).ToHashSet();
        for (var i = c.FirstParagraph; i <= c.LastParagraph && i < plan.Source.Paragraphs.Count; i++)
        {
            var p = plan.Source.Paragraphs[i];
            var text = p.Text.TrimStart();
            if (headings.Contains(i) || p.Numbering is not null || text.StartsWith('-') || text.StartsWith('+') || text.StartsWith('•')
                || p.ContentControls.Any(k => plan.Source.ContentControls[k].Tag.StartsWith(PlanTags.KpiPrefix, StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private Finding At(RuleContext context, DocContentControl c, string tag, string message, string expected, string observed) =>
        context.At(Id, Severity.Error, PlanPart.Document, c.FirstParagraph, message, expected, observed,
            excerpt: c.FirstParagraph < 0 ? $"({tag})" : null) with
        { Tag = tag };

    private static string Place(DocContentControl c) => c.FirstParagraph < 0 ? "trống" : $"đoạn {c.FirstParagraph + 1}";

    private static string Short(string s) => s.Length <= 60 ? s : s[..59] + "…";

    private static string Squash(string s) =>
        string.Join(' ', s.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
