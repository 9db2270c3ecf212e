using ThiDua.Rules.Appendices;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Closing;
using ThiDua.Rules.Font;
using ThiDua.Rules.Header;
using ThiDua.Rules.Kpis;
using ThiDua.Rules.Numbering;
using ThiDua.Rules.Page;
using ThiDua.Rules.References;
using ThiDua.Rules.Structure;
using ThiDua.Rules.Tables;
using ThiDua.Rules.Tags;
using ThiDua.Rules.TextChecks;

namespace ThiDua.Rules.Engine;

/// <summary>
/// Every rule of <c>shared/spec/rules.md</c>, one instance each, ordered by rule id. Listed here by family rather than found
/// by reflection, so that the native (ahead-of-time compiled, trimmed) <c>thidua</c> keeps every rule; a test checks that no
/// <see cref="IPlanRule"/> of the assembly is missing from the list.
/// </summary>
public static class RuleCatalog
{
    private static readonly IPlanRule[] firstRelease =
    [
        // rules.md § Page and typeface
        new PageSizeRule(), new PageMarginRule(), new PageNumberRule(),
        new FontFaceRule(), new FontLegacyRule(), new FontColorRule(), new UnicodeNormalFormRule(),
        // § Administrative header (phần đầu văn bản)
        new NationalTitleRule(), new MottoRule(), new IssuingAuthorityRule(), new DocumentNumberRule(), new DocumentNumberBlankRule(),
        new PlaceNameRule(), new IssueDateRule(), new IssueDateBlankRule(), new DocumentTypeRule(), new SubjectRule(), new HeaderLayoutRule(),
        // § Body (nội dung)
        new BodyFontRule(), new BodyAlignmentRule(), new BodySpacingRule(), new EmptyParagraphRule(),
        new NumberingSequenceRule(), new NumberingStyleRule(), new PlanSectionsRule(),
        new SpellingRule(), new SpacingRule(),
        // § Closing part (phần cuối)
        new SigningAuthorityRule(), new SignerNameRule(), new RecipientsLabelRule(), new RecipientItemsRule(),
        // § Machine-readable plans (content controls)
        new MissingTagsRule(), new BrokenTagsRule(), new UnparsedTargetRule(),
    ];

    private static readonly IPlanRule[] secondRelease =
    [
        // § Second release: references
        new DocumentCitationRule(), new InternalReferenceRule(),
        // § Second release: the body and the text
        new BasisStyleRule(), new UprightBodyRule(), new PartTitlesRule(),
        new CapitalsRule(), new InvisibleCharactersRule(), new ConfusableWordsRule(),
        // § Second release: header sizes, spacing, place capitals and marks; signing space, drafter line; tables; appendices
        new HeaderSizePairRule(), new HeaderSpacingRule(), new PlaceCapitalsRule(), new HeaderMarksRule(),
        new SigningSpaceRule(), new DrafterLineRule(), new TableLayoutRule(), new AppendixLabelRule(),
    ];

    private static readonly IReadOnlyList<IPlanRule> rules = firstRelease.Concat(secondRelease).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    /// <summary>All rules.</summary>
    public static IReadOnlyList<IPlanRule> All => rules;

    /// <summary>
    /// The ids of the rules of <c>rules.md</c>'s "Second release" section (what an experienced văn thư also sends back), in
    /// id order: the bench compares a check with and without them (<c>thidua bench --releases</c>).
    /// </summary>
    public static IReadOnlyList<string> SecondRelease { get; } = secondRelease.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

    /// <summary>The rule with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public static IPlanRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>How each rule explains itself (<see cref="RuleDescriptions"/>), in id order.</summary>
    public static IReadOnlyList<RuleDescription> Descriptions { get; } = rules.Select(r => RuleDescriptions.Of(r.Id)).ToList();

    /// <summary>The description of the listed rule <paramref name="id"/> (any case), or null when the catalogue has no such rule.</summary>
    public static RuleDescription? Describe(string id) => Find(id) is { } rule ? RuleDescriptions.Of(rule.Id) : null;
}
