using DocumentFormat.OpenXml;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>
/// A part of the plan's body in its <c>thidua:section:&lt;id&gt;</c> control: with a <paramref name="Heading"/>, a mục
/// (<c>III. TỔ CHỨC THỰC HIỆN</c>, 14 pt bold capitals, numbered after the heading before it) followed by its khoản and
/// text; without one, running text only (the căn cứ before part I).
/// </summary>
/// <param name="Id">The catalogue id, the tag's suffix.</param>
/// <param name="Heading">The mục title in capitals, or null for a part without a heading.</param>
/// <param name="Alias">The control's title when there is no heading.</param>
/// <param name="Blocks">The content.</param>
internal sealed record BodySection(string Id, string? Heading, string Alias, IReadOnlyList<SectionBlock> Blocks) : ISectionContent
{
    public IReadOnlyList<string> TemplateText
    {
        get
        {
            var lines = new List<string>();
            var clause = 0;
            foreach (var block in Blocks)
            {
                if (block.IsClause) clause++;
                lines.AddRange(block.TemplateText(clause));
            }
            return lines;
        }
    }

    public IEnumerable<OpenXmlElement> Render(SectionContext context)
    {
        var content = new List<OpenXmlElement>();
        var alias = Alias;
        if (Heading is not null)
        {
            alias = $"{RomanNumeral.Format(context.PartNumber)}. {Heading}";
            content.Add(Paragraphs.Text(PlanStyles.Part, alias));
        }
        var clause = 0;
        foreach (var block in Blocks)
        {
            if (block.IsClause) clause++;
            content.AddRange(block.Render(context, clause));
        }
        yield return context.Controls.Block(PlanTags.SectionPrefix + Id, alias, content);
    }
}
