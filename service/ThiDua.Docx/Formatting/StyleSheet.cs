using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Markup;

namespace ThiDua.Docx.Formatting;

/// <summary>
/// The styles part of a document, resolved: <c>w:docDefaults</c>, every style's <c>basedOn</c> chain flattened once,
/// table styles with their conditional formats, and the theme fonts. Computes effective run and paragraph formatting in
/// the order of ECMA-376 §17.7.2: docDefaults → table style → numbering level → paragraph style → character style → direct.
/// </summary>
internal sealed class StyleSheet
{
    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RunProps Run, ParaProps Para)> flattened = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), (RunProps Run, ParaProps Para)> conditional = new();
    private readonly ThemeFonts theme;
    private readonly RunProps defaultRun;
    private readonly ParaProps defaultPara;

    /// <summary>Id of the default paragraph style (<c>w:default="1"</c>, usually <c>Normal</c>), or null.</summary>
    public string? DefaultParagraphStyleId { get; }

    /// <summary>Id of the default character style, or null.</summary>
    public string? DefaultCharacterStyleId { get; }

    /// <summary>Id of the default table style, or null.</summary>
    public string? DefaultTableStyleId { get; }

    public StyleSheet(MainDocumentPart main)
    {
        theme = ThemeFonts.From(main.ThemePart);
        var root = main.StyleDefinitionsPart?.Styles;
        var defaults = root?.DocDefaults;
        defaultRun = RunProps.From(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
        defaultPara = ParaProps.From(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
        foreach (var s in root?.Elements<Style>() ?? [])
        {
            if (s.StyleId?.Value is not { } id) continue;
            styles.TryAdd(id, s);
            if (OnOff.Of(s.Default) != true) continue;
            var type = s.Type?.InnerText;
            if (type == "paragraph") DefaultParagraphStyleId ??= id;
            else if (type == "character") DefaultCharacterStyleId ??= id;
            else if (type == "table") DefaultTableStyleId ??= id;
        }
    }

    /// <summary>The display name of a style (<c>w:name</c>), or the id when it has none.</summary>
    public string StyleName(string styleId) => styles.TryGetValue(styleId, out var s) ? s.StyleName?.Val?.Value ?? styleId : styleId;

    /// <summary>True when the style id exists.</summary>
    public bool Has(string? styleId) => styleId is not null && styles.ContainsKey(styleId);

    /// <summary>The numbering properties a paragraph style (or its chain) carries.</summary>
    public (int? NumId, int? Ilvl) StyleNumbering(string? styleId)
    {
        if (styleId is null) return (null, null);
        var p = Flatten(styleId).Para;
        return (p.NumId, p.Ilvl);
    }

    /// <summary>
    /// Which edges of a table style's <c>w:tblBorders</c> (or its <c>basedOn</c> chain's) draw a line, by edge (<c>top</c>,
    /// <c>left</c>, <c>bottom</c>, <c>right</c>, <c>insideH</c>, <c>insideV</c>; <c>start</c>/<c>end</c> read as left/right):
    /// the nearest style that states an edge wins; an edge no style states is absent (no line).
    /// </summary>
    public IReadOnlyDictionary<string, bool> TableStyleBorderEdges(string styleId)
    {
        if (tableBorders.TryGetValue(styleId, out var known)) return known;
        var edges = new Dictionary<string, bool>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = styleId; id is not null && seen.Add(id) && styles.TryGetValue(id, out var s); id = s.BasedOn?.Val?.Value)
            foreach (var (edge, draws) in BorderEdges.Of(s.StyleTableProperties?.TableBorders))
                edges.TryAdd(edge, draws);
        return tableBorders[styleId] = edges;
    }

    /// <summary><see cref="TableStyleBorderEdges"/> per table style id, found once: every table of a plan asks.</summary>
    private readonly Dictionary<string, IReadOnlyDictionary<string, bool>> tableBorders = new(StringComparer.Ordinal);

    /// <summary>
    /// A style's own properties with its <c>basedOn</c> chain applied. Each style of a chain is flattened once, on top of its
    /// base's flattened properties, so a chain of any length costs its length once (a cycle is cut where it closes).
    /// </summary>
    private (RunProps Run, ParaProps Para) Flatten(string styleId)
    {
        if (flattened.TryGetValue(styleId, out var done)) return done;
        var chain = Chain(styleId, id => flattened.TryGetValue(id, out var v) ? v : null, out var below);
        var (run, para) = below ?? (RunProps.Empty, ParaProps.Empty);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            run = run.Overlay(RunProps.From(chain[i].StyleRunProperties));
            para = para.Overlay(ParaProps.From(chain[i].StyleParagraphProperties));
            flattened[chain[i].StyleId!.Value!] = (run, para);
        }
        return flattened[styleId] = flattened.GetValueOrDefault(styleId, (run, para));
    }

    /// <summary>A table style's properties for one conditional type (<c>wholeTable</c> = the style's own), chain applied once per style as in <see cref="Flatten"/>.</summary>
    private (RunProps Run, ParaProps Para) TableConditional(string styleId, string type)
    {
        if (conditional.TryGetValue((styleId, type), out var done)) return done;
        var chain = Chain(styleId, id => conditional.TryGetValue((id, type), out var v) ? v : null, out var below);
        var (run, para) = below ?? (RunProps.Empty, ParaProps.Empty);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (type == "wholeTable")
            {
                run = run.Overlay(RunProps.From(chain[i].StyleRunProperties));
                para = para.Overlay(ParaProps.From(chain[i].StyleParagraphProperties));
            }
            foreach (var c in chain[i].Elements<TableStyleProperties>().Where(c => c.Type?.InnerText == type))
            {
                run = run.Overlay(RunProps.From(c.RunPropertiesBaseStyle));
                para = para.Overlay(ParaProps.From(c.StyleParagraphProperties));
            }
            conditional[(chain[i].StyleId!.Value!, type)] = (run, para);
        }
        return conditional[(styleId, type)] = conditional.GetValueOrDefault((styleId, type), (run, para));
    }

    /// <summary>
    /// The styles from <paramref name="styleId"/> up its <c>basedOn</c> chain, stopping before the first base that
    /// <paramref name="known"/> already has a value for (given in <paramref name="below"/>), at a missing style, or where a
    /// cycle closes.
    /// </summary>
    private List<Style> Chain(string styleId, Func<string, (RunProps, ParaProps)?> known, out (RunProps Run, ParaProps Para)? below)
    {
        var chain = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        below = null;
        for (var id = styleId; id is not null && seen.Add(id) && styles.TryGetValue(id, out var s); id = s.BasedOn?.Val?.Value)
        {
            if (chain.Count > 0 && known(id) is { } value) { below = value; break; }
            chain.Add(s);
        }
        return chain;
    }

    /// <summary>The table style level for a cell: the style's whole-table properties and the conditional formats of its region.</summary>
    private (RunProps Run, ParaProps Para) TableLevel(string? tableStyleId, TableRegion region)
    {
        if (tableStyleId is null || !styles.ContainsKey(tableStyleId)) return (RunProps.Empty, ParaProps.Empty);
        var run = RunProps.Empty;
        var para = ParaProps.Empty;
        foreach (var type in region.ConditionalTypes())
        {
            var (r, p) = TableConditional(tableStyleId, type);
            run = run.Overlay(r);
            para = para.Overlay(p);
        }
        return (run, para);
    }

    /// <summary>
    /// The paragraph level of the hierarchy: defaults, table style, numbering level and paragraph style, in Word's order.
    /// When the numbering comes from the paragraph style the style's own indents win over the level's; when it is direct,
    /// the level's win over the style's.
    /// </summary>
    public ParaProps ResolveParagraph(ParaProps direct, string? tableStyleId, TableRegion region, ParaProps numberingLevel, bool numberingIsDirect)
    {
        var styleId = direct.StyleId ?? DefaultParagraphStyleId;
        var key = (styleId, tableStyleId, region, numberingLevel, numberingIsDirect);
        if (!paragraphLevels.TryGetValue(key, out var below))
        {
            var style = styleId is null ? ParaProps.Empty : Flatten(styleId).Para;
            var p = defaultPara.Overlay(TableLevel(tableStyleId, region).Para);
            p = numberingIsDirect ? p.Overlay(style).Overlay(numberingLevel) : p.Overlay(numberingLevel).Overlay(style);
            paragraphLevels[key] = below = p.WithStyleId(styleId);
        }
        // direct.StyleId is styleId or null, so the overlay keeps styleId; with nothing direct the shared level itself is the result.
        return below.Overlay(direct);
    }

    /// <summary>
    /// Paragraph properties below direct formatting (defaults, table style, numbering level, paragraph style), per
    /// (style, table style, region, numbering level, numbering is direct): the paragraphs of a plan share a handful, so each
    /// chain is overlaid once. Numbering levels are keyed by instance (<see cref="Numbering.NumberingDefinitions"/> caches them).
    /// </summary>
    private readonly Dictionary<(string?, string?, TableRegion, ParaProps, bool), ParaProps> paragraphLevels = new();

    /// <summary>The effective run format: defaults, table style, paragraph style, character style (toggles per §17.7.3), direct.</summary>
    public RunFormat ResolveRun(string? paragraphStyleId, RunProps direct, string? tableStyleId, TableRegion region)
    {
        var pStyle = paragraphStyleId ?? DefaultParagraphStyleId;
        var cStyle = direct.CharStyleId ?? DefaultCharacterStyleId;
        var key = (pStyle, cStyle, tableStyleId, region);
        if (!styleLevels.TryGetValue(key, out var p))
        {
            p = defaultRun.ApplyStyleLevel(TableLevel(tableStyleId, region).Run);
            if (pStyle is not null) p = p.ApplyStyleLevel(Flatten(pStyle).Run);
            if (cStyle is not null) p = p.ApplyStyleLevel(Flatten(cStyle).Run);
            styleLevels[key] = p;
        }
        if (!runFormats.TryGetValue((p, direct), out var format))
            runFormats[(p, direct)] = format = ToFormat(p.Overlay(direct));
        return format;
    }

    /// <summary>Run properties up to the character style level, per (paragraph style, character style, table style, region): most runs of a plan share a handful.</summary>
    private readonly Dictionary<(string?, string?, string?, TableRegion), RunProps> styleLevels = new();

    /// <summary>
    /// Effective run formats per (style level, direct properties by value): a plan's thousands of runs repeat a few dozen
    /// combinations, so each is merged and converted once and the runs share one <see cref="RunFormat"/> (a record, equal by value).
    /// </summary>
    private readonly Dictionary<(RunProps Level, RunProps Direct), RunFormat> runFormats = new(RunLevelComparer.Instance);

    /// <summary>Compares the style level by reference (levels are cached) and the direct properties by value.</summary>
    private sealed class RunLevelComparer : IEqualityComparer<(RunProps Level, RunProps Direct)>
    {
        public static readonly RunLevelComparer Instance = new();

        public bool Equals((RunProps Level, RunProps Direct) x, (RunProps Level, RunProps Direct) y) =>
            ReferenceEquals(x.Level, y.Level) && RunProps.ValueComparer.Equals(x.Direct, y.Direct);

        public int GetHashCode((RunProps Level, RunProps Direct) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Level), RunProps.ValueComparer.GetHashCode(key.Direct));
    }

    /// <summary>Formatting of a numbering label: the paragraph's run level (paragraph mark properties excluded) with the level's <c>w:rPr</c> on top.</summary>
    public RunFormat ResolveLabel(string? paragraphStyleId, RunProps levelRun, RunProps paragraphMark, string? tableStyleId, TableRegion region)
    {
        var p = defaultRun.ApplyStyleLevel(TableLevel(tableStyleId, region).Run);
        var pStyle = paragraphStyleId ?? DefaultParagraphStyleId;
        if (pStyle is not null) p = p.ApplyStyleLevel(Flatten(pStyle).Run);
        return ToFormat(p.Overlay(paragraphMark).Overlay(levelRun));
    }

    private RunFormat ToFormat(RunProps p)
    {
        string Font(string? name, string? themeValue, string fallback) =>
            themeValue is not null ? theme.Resolve(themeValue) : name ?? fallback;
        var ascii = Font(p.Ascii, p.AsciiTheme, "Times New Roman");
        string? highlight = p.Highlight is null or "none" ? null : p.Highlight;
        if (highlight is null && p.ShadingFill is { } fill && fill is not ("auto" or "FFFFFF" or "ffffff")) highlight = fill;
        return new RunFormat(
            ascii,
            Font(p.HAnsi, p.HAnsiTheme, ascii),
            Font(p.EastAsia, p.EastAsiaTheme, ascii),
            Font(p.Cs, p.CsTheme, ascii),
            p.Size ?? 20,
            p.Bold ?? false,
            p.Italic ?? false,
            p.Underline ?? "none",
            p.Caps ?? false,
            p.SmallCaps ?? false,
            (p.Strike ?? false) || (p.DStrike ?? false),
            p.Vanish ?? false,
            p.Color ?? "auto",
            highlight,
            p.VertAlign ?? "baseline");
    }

    /// <summary>Turns resolved paragraph properties into the public record.</summary>
    public static ParagraphFormat ToFormat(ParaProps p) => new(
        p.StyleId ?? "",
        p.Jc switch
        {
            "center" => Alignment.Center,
            "right" or "end" => Alignment.Right,
            "both" => Alignment.Justified,
            "distribute" or "thaiDistribute" or "highKashida" or "lowKashida" or "mediumKashida" => Alignment.Distributed,
            _ => Alignment.Left,
        },
        p.Left ?? 0,
        p.Right ?? 0,
        p.Hanging is { } h ? -h : p.FirstLine ?? 0,
        p.Before ?? 0,
        p.After ?? 0,
        p.Line ?? 240,
        p.LineRule ?? "auto",
        p.Bottom,
        p.Top,
        (p.Tabs ?? []).Where(t => !t.Clear).Select(t => new TabStop(t.Kind, t.Pos)).ToList(),
        p.OutlineLevel is >= 0 and < 9 ? p.OutlineLevel : null,
        p.KeepNext ?? false,
        p.PageBreakBefore ?? false,
        p.ContextualSpacing ?? false);
}
