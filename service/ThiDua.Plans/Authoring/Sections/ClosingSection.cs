using DocumentFormat.OpenXml;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>
/// Phần cuối (Phụ lục I, Mục II.7, II.9b): a borderless two-column table, left Nơi nhận in <c>thidua:recipients</c>
/// (<c>Nơi nhận:</c> 12 pt bold italic; items 11 pt, <c>- …;</c>, the last <c>- Lưu: VT, &lt;đơn vị soạn thảo&gt;.</c>),
/// right the signature in <c>thidua:signature</c> (quyền hạn and chức vụ 14 pt bold capitals, space for the signature,
/// the name 14 pt bold).
/// </summary>
internal sealed class ClosingSection : ISectionContent
{
    private static readonly int[] Columns = [PlanLayout.ClosingLeftColumn, PlanLayout.ClosingRightColumn];

    public IReadOnlyList<string> TemplateText { get; } =
        [Nd30Wording.RecipientsLabel, "- {nơi nhận};", $"- {Nd30Wording.Archive}: {Nd30Wording.ClerkCode}, {{đơn vị soạn thảo}}.", "{quyền hạn}", "{chức vụ}", "{họ và tên}"];

    public IEnumerable<OpenXmlElement> Render(SectionContext context)
    {
        var unit = context.Plan.Unit;
        var recipients = new List<OpenXmlElement> { Paragraphs.Text(PlanStyles.RecipientsLabel, Nd30Wording.RecipientsLabel) };
        recipients.AddRange(unit.Recipients
            .Select(r => r.Trim().TrimStart('-', ' ').TrimEnd(';', '.', ' '))
            .Where(r => r.Length > 0)
            .Select(r => Paragraphs.Text(PlanStyles.RecipientItem, $"- {r};")));
        recipients.Add(Paragraphs.Text(PlanStyles.RecipientItem, $"- {Nd30Wording.Archive}: {Nd30Wording.ClerkCode}, {unit.DraftingUnit.Trim()}."));

        var data = context.Data.Metadata;
        var signature = new List<OpenXmlElement>();
        signature.AddRange(PlanData.AuthorityLines(unit).Select(l => Paragraphs.Text(PlanStyles.SignerAuthority, l)));
        signature.Add(Paragraphs.Text(PlanStyles.SignerAuthority, data.SignerTitle));
        signature.Add(Paragraphs.Text(PlanStyles.SignerName, data.SignerName));

        yield return Tables.Layout(Columns, 0, Tables.Row(Columns,
            [context.Controls.Block(PlanTags.Recipients, "Nơi nhận", recipients)],
            [context.Controls.Block(PlanTags.Signature, "Chữ ký", signature)]));
    }
}
