using ThiDua.Plans.Authoring.Sections;

namespace ThiDua.Plans.Authoring.Catalogue;

/// <summary>
/// One standard section of a thi đua plan in the catalogue (issue 4): what it is called, what it holds, what it takes,
/// its default wording and where it stands in the plan.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>muc-dich-yeu-cau</c> (also the suffix of its <c>thidua:section:</c> tag).</param>
/// <param name="Title">Vietnamese name, e.g. <c>Mục đích, yêu cầu</c>.</param>
/// <param name="Description">What the section holds, in Vietnamese.</param>
/// <param name="Order">Position in the plan (1 = first).</param>
/// <param name="Numbered">True when the section is a mục with a Roman-numbered heading (<c>I.</c>, <c>II.</c>…).</param>
/// <param name="Tag">The tag of its outer content control, e.g. <c>thidua:section:muc-dich-yeu-cau</c>; for the closing table, which holds two controls, <c>thidua:recipients thidua:signature</c>.</param>
/// <param name="Parameters">The parameters it takes.</param>
public sealed record SectionDefinition(
    string Id, string Title, string Description, int Order, bool Numbered, string Tag, IReadOnlyList<SectionParameter> Parameters)
{
    /// <summary>How the section is written.</summary>
    internal ISectionContent Content { get; init; } = null!;

    /// <summary>The default wording, one entry per paragraph or table row, with tokens in braces filled per plan:
    /// <c>{year}</c>, <c>{nextYear}</c>, <c>{level}</c> (xã, huyện…), <c>{unitName}</c>, <c>{place}</c>, <c>{subject}</c>,
    /// <c>{subjectLower}</c>.</summary>
    public IReadOnlyList<string> DefaultText => Content.TemplateText;
}
