using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;

namespace ThiDua.Docx.Numbering;

/// <summary>One level of a numbering definition (<c>w:lvl</c>), after the numbering instance's overrides.</summary>
internal sealed record LevelDefinition(
    int Level, int Start, string NumFmt, string LevelText, int? Restart, bool IsLegal, string Suffix,
    ParaProps Para, RunProps Run);

/// <summary>
/// The numbering part (<c>numbering.xml</c>) resolved: abstract numbering definitions (<c>w:abstractNum</c>, following
/// <c>w:numStyleLink</c> to the definition a numbering style points to) and numbering instances (<c>w:num</c>) with their
/// <c>w:lvlOverride</c> (<c>w:startOverride</c> or a whole replacement <c>w:lvl</c>). ECMA-376 §17.9.
/// </summary>
internal sealed class NumberingDefinitions
{
    private readonly Dictionary<int, AbstractNum> abstracts = new();
    private readonly Dictionary<int, NumberingInstance> instances = new();
    private readonly Dictionary<(int NumId, int Level), LevelDefinition?> cache = new();
    private readonly StyleSheet styles;

    public NumberingDefinitions(MainDocumentPart main, StyleSheet styles)
    {
        this.styles = styles;
        var root = main.NumberingDefinitionsPart?.Numbering;
        if (root is null) return;
        foreach (var a in root.Elements<AbstractNum>())
            if (a.AbstractNumberId?.Value is { } id) abstracts.TryAdd(id, a);
        foreach (var n in root.Elements<NumberingInstance>())
            if (n.NumberID?.Value is { } id) instances.TryAdd(id, n);
    }

    /// <summary>True when the instance exists (numId 0 means "no numbering" and never exists).</summary>
    public bool Exists(int numId) => numId != 0 && instances.ContainsKey(numId);

    /// <summary>The abstract definition id behind an instance, after <c>w:numStyleLink</c>; null when unknown.</summary>
    public int? AbstractIdOf(int numId) => instances.TryGetValue(numId, out var n) ? Abstract(n)?.AbstractNumberId?.Value : null;

    /// <summary>The <c>w:startOverride</c> of a level of an instance, if any.</summary>
    public int? StartOverride(int numId, int level) =>
        instances.TryGetValue(numId, out var n)
            ? n.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value
            : null;

    /// <summary>The level definition of an instance, overrides applied; null when missing.</summary>
    public LevelDefinition? Level(int numId, int level)
    {
        if (cache.TryGetValue((numId, level), out var hit)) return hit;
        LevelDefinition? result = null;
        if (instances.TryGetValue(numId, out var n))
        {
            var over = n.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level);
            var lvl = over?.Level ?? Abstract(n)?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            if (lvl is not null)
            {
                result = new LevelDefinition(
                    level,
                    over?.StartOverrideNumberingValue?.Val?.Value ?? lvl.StartNumberingValue?.Val?.Value ?? 0,
                    lvl.NumberingFormat?.Val?.InnerText ?? "decimal",
                    lvl.LevelText?.Val?.Value ?? "",
                    lvl.LevelRestart?.Val?.Value,
                    lvl.IsLegalNumberingStyle is { } lg && (lg.Val is null || lg.Val.Value),
                    lvl.LevelSuffix?.Val?.InnerText ?? "tab",
                    ParaProps.From(lvl.PreviousParagraphProperties),
                    RunProps.From(lvl.NumberingSymbolRunProperties));
            }
        }
        return cache[(numId, level)] = result;
    }

    private AbstractNum? Abstract(NumberingInstance n)
    {
        if (n.AbstractNumId?.Val?.Value is not { } id || !abstracts.TryGetValue(id, out var a)) return null;
        // A definition that only links to a numbering style (w:numStyleLink) takes its levels from the instance that style names.
        if (a.NumberingStyleLink?.Val?.Value is { } link && styles.StyleNumbering(link).NumId is { } linked
            && instances.TryGetValue(linked, out var target) && target != n
            && target.AbstractNumId?.Val?.Value is { } tid && abstracts.TryGetValue(tid, out var ta))
            return ta;
        return a;
    }
}
