using System.Globalization;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;
using ThiDua.Vietnamese.Capitals;
using ThiDua.Vietnamese.Confusables;

namespace ThiDua.Rules.Profiles;

/// <summary>
/// The profile a check applies: the base (the catalogue of <c>rules.md</c>, Nghị định 30/2020/NĐ-CP as it is) with a chain
/// of <see cref="RuleProfile"/>s on top, from the most general to the most specific (province → district → unit, or one
/// profile named by the user). A later profile overrides an earlier one's rule choices and house values, narrows its
/// ranges further (never back out: a range that leaves the earlier one's is refused) and adds to its lists. For every rule
/// it says whether it runs, its severity, and which profile set what the rule expects (<see cref="SourceOf"/>).
/// Immutable and thread-safe.
/// </summary>
public sealed class EffectiveProfile
{
    /// <summary>The base profile's name.</summary>
    public const string BaseName = "mac-dinh";

    /// <summary>The base profile's title, as findings name it.</summary>
    public const string BaseTitle = "Nghị định 30/2020/NĐ-CP (mặc định)";

    private readonly Dictionary<string, RuleChoice> rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, NumberRange> sizes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NumberRange> margins = new(StringComparer.Ordinal);
    private readonly Lazy<ProperNames> properNames;
    private readonly Lazy<ConfusableWords> confusables;
    private readonly Lazy<PlanStandard> standard;

    private EffectiveProfile(IReadOnlyList<RuleProfile> chain)
    {
        Chain = chain;
        var problems = new List<string>();
        RuleProfile? previous = null;
        var signerTitles = new List<string>();
        var confusableEntries = new List<ConfusableEntry>();
        var nameEntries = new List<ProperNameEntry>();
        foreach (var profile in chain)
        {
            foreach (var (id, choice) in profile.Rules ?? new Dictionary<string, RuleChoice>())
                rules[id] = rules.TryGetValue(id, out var earlier)
                    ? new RuleChoice(choice.Enabled ?? earlier.Enabled, choice.Severity ?? earlier.Severity)
                    : choice;
            foreach (var (key, range) in profile.Sizes ?? new Dictionary<string, NumberRange>())
                sizes[key] = Intersect(sizes.GetValueOrDefault(key), range, $"cỡ chữ {ProfileElements.All[key].Name}", "pt", profile, previous, problems);
            if (profile.Body is { } body)
            {
                if (body.LineSpacing is { } spacing) LineSpacing = IntersectSpacing(LineSpacing, spacing, profile, previous, problems);
                if (body.ParagraphSpacePt is { } space) ParagraphSpacePt = Intersect(ParagraphSpacePt, space, "khoảng cách giữa các đoạn văn", "pt", profile, previous, problems);
                if (body.FirstLineIndentCm is { } indent) FirstLineIndentCm = Intersect(FirstLineIndentCm, indent, "lùi đầu dòng", "cm", profile, previous, problems);
            }
            if (profile.Margins is { } m)
                foreach (var (side, name, range) in new[] { ("top", "lề trên", m.Top), ("bottom", "lề dưới", m.Bottom), ("left", "lề trái", m.Left), ("right", "lề phải", m.Right) })
                    if (range is not null) margins[side] = Intersect(margins.GetValueOrDefault(side), range, name, "mm", profile, previous, problems);
            if (profile.Values is { } v)
                Values = new HouseValues(v.PlaceName ?? Values.PlaceName, v.IssuerSymbol ?? Values.IssuerSymbol,
                    v.DraftingUnits ?? Values.DraftingUnits, v.SignerTitles ?? Values.SignerTitles);
            signerTitles.AddRange(profile.Lists?.SignerTitles ?? []);
            confusableEntries.AddRange(profile.Lists?.Confusables ?? []);
            nameEntries.AddRange(profile.Lists?.ProperNames ?? []);
            foreach (var id in Touched(profile)) sources[id] = profile.Title;
            previous = profile;
        }
        if (problems.Count > 0) throw new RuleProfileException(problems);
        SignerTitles = signerTitles.Distinct(StringComparer.Ordinal).ToList();
        properNames = new(() => nameEntries.Count == 0 ? ProperNames.Default : ProperNames.Default.With(nameEntries.Select(RuleProfileReader.ProperName)));
        confusables = new(() => confusableEntries.Count == 0 ? ConfusableWords.Default : ConfusableWords.Default.With(confusableEntries.Select(RuleProfileReader.Confusable)));
        standard = new(Overlay);
    }

    /// <summary>The base profile: every rule as <c>rules.md</c> gives it.</summary>
    public static EffectiveProfile Base { get; } = new([]);

    /// <summary>The base with <paramref name="chain"/> on top, most general first.</summary>
    /// <exception cref="RuleProfileException">A profile of the chain leaves a range an earlier one narrowed to.</exception>
    public static EffectiveProfile Of(IEnumerable<RuleProfile> chain) => chain.ToList() is { Count: > 0 } list ? new EffectiveProfile(list) : Base;

    /// <summary>The profiles on top of the base, most general first; empty for the base.</summary>
    public IReadOnlyList<RuleProfile> Chain { get; }

    /// <summary>The most specific profile's name, or <see cref="BaseName"/>.</summary>
    public string Name => Chain.Count == 0 ? BaseName : Chain[^1].Name;

    /// <summary>The most specific profile's title, or <see cref="BaseTitle"/>.</summary>
    public string Title => Chain.Count == 0 ? BaseTitle : Chain[^1].Title;

    /// <summary>True unless a profile turned rule <paramref name="id"/> off.</summary>
    public bool IsEnabled(string id) => rules.GetValueOrDefault(id)?.Enabled ?? true;

    /// <summary>The severity of rule <paramref name="id"/>'s findings: a profile's choice, else its description's.</summary>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public Severity SeverityOf(string id) => rules.GetValueOrDefault(id)?.Severity ?? RuleDescriptions.Of(id).Severity;

    /// <summary>
    /// The title of the profile that set what rule <paramref name="id"/> expects (a range, a house value, a list, its
    /// severity) — the most specific one that did — or <see cref="BaseTitle"/> when no profile touched it.
    /// </summary>
    public string SourceOf(string id) => sources.GetValueOrDefault(id) ?? BaseTitle;

    /// <summary>The narrowed type size of element <paramref name="key"/> (<see cref="ProfileElements"/>), pt; null when the decree's applies.</summary>
    public NumberRange? SizeOf(string key) => sizes.GetValueOrDefault(key);

    /// <summary>The line spacings accepted in running text; null when the decree's apply.</summary>
    public LineSpacingChoices? LineSpacing { get; private set; }

    /// <summary>The space between paragraphs, pt; null when the decree's applies.</summary>
    public NumberRange? ParagraphSpacePt { get; private set; }

    /// <summary>The first-line indent, cm; null when the decree's applies.</summary>
    public NumberRange? FirstLineIndentCm { get; private set; }

    /// <summary>The narrowed margin <paramref name="side"/> (<c>top</c>, <c>bottom</c>, <c>left</c>, <c>right</c>), mm; null when the decree's applies.</summary>
    public NumberRange? MarginOf(string side) => margins.GetValueOrDefault(side);

    /// <summary>The house values (members null when no profile sets them).</summary>
    public HouseValues Values { get; private set; } = new();

    /// <summary>Chức danh the profiles add to those a signer's title is recognised by.</summary>
    public IReadOnlyList<string> SignerTitles { get; }

    /// <summary>The capitals dictionary with the profiles' names.</summary>
    public ProperNames ProperNames => properNames.Value;

    /// <summary>The real-word slips with the profiles' pairs.</summary>
    public ConfusableWords Confusables => confusables.Value;

    /// <summary>
    /// The standard the rules check against: <see cref="PlanStandard.Nd30"/> with the profiles' narrowed sizes, geometry of
    /// running text and margins, and the signers' titles they add (those the unit's plans are signed with included).
    /// </summary>
    public PlanStandard Standard => standard.Value;

    private PlanStandard Overlay()
    {
        var result = PlanStandard.Nd30;
        foreach (var (key, range) in sizes)
            result = result.WithLook(ProfileElements.All[key].Standard, look => look.Narrow(range.Min ?? look.Size.MinPt, range.Max ?? look.Size.MaxPt));
        if (LineSpacing is not null || ParagraphSpacePt is not null || FirstLineIndentCm is not null) result = result.WithBody(Overlay);
        if (margins.Count > 0)
        {
            var page = result.Page;
            result = result with
            {
                Page = page with { Top = Margin(page.Top, "top"), Bottom = Margin(page.Bottom, "bottom"), Left = Margin(page.Left, "left"), Right = Margin(page.Right, "right") },
            };
        }
        var titles = SignerTitles.Concat(Values.SignerTitles ?? []).ToList();
        return titles.Count > 0 ? result.WithSignerTitles(titles) : result;
    }

    /// <summary>The decree's margin of <paramref name="side"/>, narrowed as the profiles say; the authored margin moved into the range.</summary>
    private MarginRange Margin(MarginRange decree, string side)
    {
        if (MarginOf(side) is not { } range) return decree;
        var (min, max) = (range.Min ?? decree.MinMm, range.Max ?? decree.MaxMm);
        return new MarginRange(min, max, Math.Clamp(decree.AuthoredMm, min, max));
    }

    /// <summary>The decree's geometry of running text with the profiles' line spacing, paragraph space and indent.</summary>
    private BodyGeometry Overlay(BodyGeometry body)
    {
        static int Round(double value) => (int)Math.Round(value);
        if (LineSpacing is { } spacing)
        {
            body = body with { AcceptsMultiple = spacing.Multiple is not null, AcceptsExact = spacing.ExactPt is not null };
            if (spacing.Multiple is { } m)
            {
                var (min, max) = (Round((m.Min ?? body.MinAutoLine / 240.0) * 240), Round((m.Max ?? body.MaxAutoLine / 240.0) * 240));
                body = body with { MinAutoLine = min, MaxAutoLine = max, AuthoredAutoLine = Math.Clamp(body.AuthoredAutoLine, min, max) };
            }
            if (spacing.ExactPt is { } e)
                body = body with { MinExactLine = Round((e.Min ?? body.MinExactLine / 20.0) * 20), MaxExactLine = Round((e.Max ?? body.MaxExactLine / 20.0) * 20) };
        }
        if (ParagraphSpacePt is { Min: { } space })
            body = body with { MinParagraphSpaceTwips = Round(space * 20), AuthoredSpaceAfterTwips = Math.Max(body.AuthoredSpaceAfterTwips, Round(space * 20)) };
        if (FirstLineIndentCm is { } indent)
        {
            var (min, max) = (Round((indent.Min ?? body.MinFirstLineTwips / 567.0) * 567), Round((indent.Max ?? body.MaxFirstLineTwips / 567.0) * 567));
            body = body with { MinFirstLineTwips = min, MaxFirstLineTwips = max, AuthoredFirstLineTwips = Math.Clamp(body.AuthoredFirstLineTwips, min, max) };
        }
        return body;
    }

    /// <summary>The rules whose expectation a profile sets, by what it sets.</summary>
    public static IEnumerable<string> Touched(RuleProfile profile)
    {
        foreach (var id in profile.Rules?.Keys ?? []) yield return id;
        foreach (var key in profile.Sizes?.Keys ?? [])
            foreach (var id in ProfileElements.All[key].Rules) yield return id;
        if (profile.Body is { } body)
        {
            if (body.LineSpacing is not null || body.ParagraphSpacePt is not null) yield return "BODY-SPACING";
            if (body.FirstLineIndentCm is not null) yield return "BODY-ALIGN";
        }
        if (profile.Margins is not null) yield return "PAGE-MARGIN";
        if (profile.Values is { } v)
        {
            if (v.PlaceName is not null) yield return "HDR-PLACE";
            if (v.IssuerSymbol is not null) yield return "HDR-NUMBER";
            if (v.DraftingUnits is not null) yield return "RCP-ITEMS";
            if (v.SignerTitles is not null) yield return "SIG-AUTHORITY";
        }
        if (profile.Lists is { } l)
        {
            if (l.SignerTitles is not null) yield return "SIG-AUTHORITY";
            if (l.Confusables is not null) yield return "TEXT-CONFUSABLE";
            if (l.ProperNames is not null) yield return "TEXT-CAPS";
        }
    }

    /// <summary><paramref name="range"/> within <paramref name="earlier"/> (null: the decree's, checked by the reader).</summary>
    private static NumberRange Intersect(NumberRange? earlier, NumberRange range, string what, string unit, RuleProfile profile, RuleProfile? previous, List<string> problems)
    {
        if (earlier is null) return range;
        var min = Max(earlier.Min, range.Min);
        var max = Min(earlier.Max, range.Max);
        if (min is { } lo && max is { } hi && lo > hi)
        {
            problems.Add($"Hồ sơ “{profile.Title}” đặt {what} {Describe(range, unit)}, ngoài khoảng hồ sơ “{previous?.Title}” đã đặt ({Describe(earlier, unit)}): hồ sơ cấp dưới chỉ được thu hẹp thêm.");
            return earlier;
        }
        return new NumberRange(min, max);
    }

    private static LineSpacingChoices IntersectSpacing(LineSpacingChoices? earlier, LineSpacingChoices spacing, RuleProfile profile, RuleProfile? previous, List<string> problems)
    {
        if (earlier is null) return spacing;
        var scratch = new List<string>();
        NumberRange? Form(NumberRange? before, NumberRange? now, string what, string unit) =>
            before is null || now is null ? null : Intersect(before, now, what, unit, profile, previous, scratch);
        var result = new LineSpacingChoices(Form(earlier.Multiple, spacing.Multiple, "cách dòng", "dòng"), Form(earlier.ExactPt, spacing.ExactPt, "cách dòng", "pt"));
        if (scratch.Count > 0 || result is { Multiple: null, ExactPt: null })
        {
            problems.Add($"Hồ sơ “{profile.Title}” đặt cách dòng phần nội dung ngoài những cách hồ sơ “{previous?.Title}” đã cho phép: hồ sơ cấp dưới chỉ được thu hẹp thêm.");
            return earlier;
        }
        return result;
    }

    private static double? Max(double? a, double? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static double? Min(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static string Describe(NumberRange range, string unit)
    {
        static string N(double v) => v.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
        return range switch
        {
            { Min: { } lo, Max: { } hi } when lo.Equals(hi) => $"{N(lo)} {unit}",
            { Min: { } lo, Max: { } hi } => $"{N(lo)}–{N(hi)} {unit}",
            { Min: { } lo } => $"từ {N(lo)} {unit}",
            { Max: { } hi } => $"đến {N(hi)} {unit}",
            _ => "—",
        };
    }
}
