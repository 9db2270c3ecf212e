using ThiDua.Docx.Model;
using ThiDua.Plans.Extraction;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Font;
using ThiDua.Rules.Profiles;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Rules.Engine;

/// <summary>
/// What a rule sees: the recognised plan (and through it the document as read), plus helpers that build findings with the
/// location fields filled (paragraph index, a text excerpt, the enclosing <c>thidua:</c> tag), and what is derived from
/// the plan for several rules, read once per check on first use, and the rule profile the check applies. One context serves
/// one check; it is thread-safe.
/// </summary>
/// <param name="plan">The recognised plan.</param>
/// <param name="profile">The profile whose expectations apply; <see cref="EffectiveProfile.Base"/> when null.</param>
public sealed class RuleContext(PlanDocument plan, EffectiveProfile? profile = null)
{
    private readonly Lazy<TargetExtraction> targets = new(() => PlanTargetReader.Read(plan));
    private IReadOnlyList<KpiUnparsed>? unparsedTargets;
    private readonly Lazy<PlanMetadata> metadata = new(() => PlanMetadataReader.Read(plan));
    private readonly Lazy<IReadOnlyList<VisibleParagraph>> visibleParagraphs = new(() => VisibleText.Paragraphs(plan.Source).ToList());
    private IReadOnlyList<IReadOnlyList<string>>? visibleFonts;
    private readonly Lazy<ParagraphWords> words = new(() => new ParagraphWords(plan.Source));

    /// <summary>Longest excerpt quoted in a finding, in characters.</summary>
    public const int ExcerptLength = 80;

    /// <summary>The recognised plan.</summary>
    public PlanDocument Plan { get; } = plan;

    /// <summary>The rule profile the check applies: rules read narrowed ranges, house values and extended lists from it.</summary>
    public EffectiveProfile Profile { get; } = profile ?? EffectiveProfile.Base;

    /// <summary>The standard the plan is checked against — each element's look, the geometry of running text — as <see cref="Profile"/> overlays it on <see cref="PlanStandard.Nd30"/>.</summary>
    public PlanStandard Standard => Profile.Standard;

    /// <summary>The document as read.</summary>
    public DocxDocument Document => Plan.Source;

    /// <summary>The plan's chỉ tiêu and the lines announcing one that cannot be read (<see cref="PlanTargetReader"/>), read once.</summary>
    public TargetExtraction Targets => targets.Value;

    /// <summary>
    /// The lines announcing a chỉ tiêu whose value cannot be read (KPI-UNPARSED): <see cref="Targets"/>' list when read,
    /// else found once without reading the targets of running text (<see cref="PlanTargetReader.ReadUnparsed"/>, the same list).
    /// </summary>
    public IReadOnlyList<KpiUnparsed> UnparsedTargets =>
        LazyInitializer.EnsureInitialized(ref unparsedTargets, () => targets.IsValueCreated ? targets.Value.Unparsed : PlanTargetReader.ReadUnparsed(Plan));

    /// <summary>The plan's identifying data as written (<see cref="PlanMetadataReader"/>), read once.</summary>
    public PlanMetadata Metadata => metadata.Value;

    /// <summary>The paragraphs with visible text, body then headers and footers (<see cref="VisibleText.Paragraphs"/>), listed once.</summary>
    public IReadOnlyList<VisibleParagraph> VisibleParagraphs => visibleParagraphs.Value;

    /// <summary>The words of body paragraph <paramref name="paragraph"/>, read once per check for every rule (<see cref="ParagraphWords"/>).</summary>
    public TextWords WordsOf(int paragraph) => words.Value.Of(paragraph);

    /// <summary>
    /// The typefaces of <see cref="VisibleParagraphs"/>[<paramref name="visible"/>] (<see cref="VisibleFonts.Of"/>), found
    /// once per check from <see cref="VisibleParagraphs"/> for FONT-FACE, FONT-LEGACY and FONT-COLOR.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="visible"/> is not an index of <see cref="VisibleParagraphs"/>.</exception>
    public IReadOnlyList<string> FontsOf(int visible) =>
        LazyInitializer.EnsureInitialized(ref visibleFonts, () => VisibleParagraphs.Select(v => VisibleFonts.Of(v.Paragraph)).ToList())[visible];

    /// <summary>Builds a finding located at <paramref name="paragraph"/> (-1 = the document or a missing element).</summary>
    /// <param name="rule">Rule id.</param>
    /// <param name="severity">Severity from rules.md.</param>
    /// <param name="part">Plan part, for grouping.</param>
    /// <param name="paragraph">Body paragraph index or -1.</param>
    /// <param name="message">What is wrong (Vietnamese).</param>
    /// <param name="expected">What is expected (Vietnamese).</param>
    /// <param name="observed">What was found (Vietnamese).</param>
    /// <param name="fix">Mechanical fix, if any.</param>
    /// <param name="excerpt">The text to quote; the paragraph's text when null; <c>(thiếu)</c> when the paragraph is -1.</param>
    public Finding At(string rule, Severity severity, PlanPart part, int paragraph, string message, string expected, string observed,
        Fix? fix = null, string? excerpt = null) =>
        new(rule, severity, part, paragraph, Excerpt(excerpt ?? (paragraph >= 0 ? Document.Paragraphs[paragraph].RenderedText : "(thiếu)")),
            message, expected, observed, Plan.TagOf(paragraph), fix);

    /// <summary>A finding that says the property could not be evaluated, and why (rules.md: never a silent pass).</summary>
    public Finding NotEvaluated(string rule, Severity severity, PlanPart part, int paragraph, string reason) =>
        At(rule, severity, part, paragraph, "Không đánh giá được: " + reason, "—", "—") with { Evaluated = false };

    /// <summary>Shortens text to <see cref="ExcerptLength"/> characters with an ellipsis; line breaks and tabs become spaces.</summary>
    public static string Excerpt(string text)
    {
        var t = text.Replace('\n', ' ').Replace('\t', ' ').Trim();
        return t.Length <= ExcerptLength ? t : t[..(ExcerptLength - 1)] + "…";
    }
}
