using DocumentFormat.OpenXml;
using ThiDua.Plans.Authoring.Ooxml;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>
/// Tên loại and trích yếu (Phụ lục I, Mục II.5b) in the <c>thidua:title</c> control: <c>KẾ HOẠCH</c> 14 pt bold capitals
/// centred, the trích yếu under it 14 pt bold centred in sentence case, and a line under it 40 % of its width.
/// </summary>
internal sealed class TitleSection : ISectionContent
{
    /// <summary>Tên loại of a kế hoạch.</summary>
    public const string DocumentType = "KẾ HOẠCH";

    private const int Size = 28;

    public IReadOnlyList<string> TemplateText { get; } = [DocumentType, "{subject}"];

    public IEnumerable<OpenXmlElement> Render(SectionContext context)
    {
        var subject = context.Data.Metadata.Subject;
        var lineWidth = (int)(Math.Min(Paragraphs.Width(subject, Size, true), PlanLayout.TextWidth) * PlanLayout.ShortLineShare);
        yield return context.Controls.Block("thidua:title", "Tên loại, trích yếu",
        [
            Paragraphs.Text(PlanStyles.DocumentType, DocumentType),
            Paragraphs.Text(PlanStyles.Subject, subject),
            Paragraphs.Rule(lineWidth, PlanLayout.TextWidth, spaceAfter: 360),
        ]);
    }
}
