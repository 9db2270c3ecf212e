using DocumentFormat.OpenXml;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>
/// Tên loại and trích yếu (Phụ lục I, Mục II.5b) in the <c>thidua:title</c> control: <c>KẾ HOẠCH</c> 14 pt bold capitals
/// centred, the trích yếu under it 14 pt bold centred in sentence case, and a line under it 40 % of its width.
/// </summary>
internal sealed class TitleSection : ISectionContent
{
    private static readonly int Size = PlanStyles.HalfPoints(PlanElement.Subject);

    public IReadOnlyList<string> TemplateText { get; } = [Nd30Wording.PlanType, "{subject}"];

    public IEnumerable<OpenXmlElement> Render(SectionContext context)
    {
        var subject = context.Data.Metadata.Subject;
        var lineWidth = (int)(Math.Min(Paragraphs.Width(subject, Size, true), PlanLayout.TextWidth) * PlanStandard.Nd30[PlanElement.Subject].Line!.AuthoredShare);
        yield return context.Controls.Block(PlanTags.Title, "Tên loại, trích yếu",
        [
            Paragraphs.Text(PlanStyles.DocumentType, Nd30Wording.PlanType),
            Paragraphs.Text(PlanStyles.Subject, subject),
            Paragraphs.Rule(lineWidth, PlanLayout.TextWidth, spaceAfter: 360),
        ]);
    }
}
