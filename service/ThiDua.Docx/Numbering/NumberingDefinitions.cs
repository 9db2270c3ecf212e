using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Docx.Markup;

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
            if (Numbers.Int(a.AbstractNumberId) is { } id) abstracts.TryAdd(id, a);
        foreach (var n in root.Elements<NumberingInstance>())
            if (Numbers.Int(n.NumberID) is { } id) instances.TryAdd(id, n);
    }

    /// <summary>True when the instance exists (numId 0 means "no numbering" and never exists).</summary>
    public bool Exists(int numId) => numId != 0 && instances.ContainsKey(numId);

    /// <summary>The abstract definition id behind an instance, after <c>w:numStyleLink</c>; null when unknown.</summary>
    public int? AbstractIdOf(int numId) => instances.TryGetValue(numId, out var n) ? Numbers.Int(Abstract(n)?.AbstractNumberId) : null;

    /// <summary>The <c>w:startOverride</c> of a level of an instance, if any.</summary>
    public int? StartOverride(int numId, int level) =>
        instances.TryGetValue(numId, out var n)
            ? Numbers.Int(n.Elements<LevelOverride>().FirstOrDefault(o => Numbers.Int(o.LevelIndex) == level)?.StartOverrideNumberingValue?.Val)
            : null;

    /// <summary>The level definition of an instance, overrides applied; null when missing.</summary>
    public LevelDefinition? Level(int numId, int level)
    {
        if (cache.TryGetValue((numId, level), out var hit)) return hit;
        LevelDefinition? result = null;
        if (instances.TryGetValue(numId, out var n))
        {
            var over = n.Elements<LevelOverride>().FirstOrDefault(o => Numbers.Int(o.LevelIndex) == level);
            var lvl = over?.Level ?? Abstract(n)?.Elements<Level>().FirstOrDefault(l => Numbers.Int(l.LevelIndex) == level);
            if (lvl is not null)
            {
                result = new LevelDefinition(
                    level,
                    Numbers.Int(over?.StartOverrideNumberingValue?.Val) ?? Numbers.Int(lvl.StartNumberingValue?.Val) ?? 0,
                    lvl.NumberingFormat?.Val?.InnerText ?? "decimal",
                    lvl.LevelText?.Val?.Value ?? "",
                    Numbers.Int(lvl.LevelRestart?.Val),
                    OnOff.Of(lvl.IsLegalNumberingStyle) == true,
                    lvl.LevelSuffix?.Val?.InnerText ?? "tab",
                    ParaProps.From(lvl.PreviousParagraphProperties),
                    RunProps.From(lvl.NumberingSymbolRunProperties));
            }
        }
        return cache[(numId, level)] = result;
    }

    private AbstractNum? Abstract(NumberingInstance n)
    {
        if (Numbers.Int(n.AbstractNumId?.Val) is not { } id || !abstracts.TryGetValue(id, out var a)) return null;
        // A definition that only links to a numbering style (w:numStyleLink) takes its levels from the instance that style names.
        if (a.NumberingStyleLink?.Val?.Value is { } link && styles.StyleNumbering(link).NumId is { } linked
            && instances.TryGetValue(linked, out var target) && target != n
            && Numbers.Int(target.AbstractNumId?.Val) is { } tid && abstracts.TryGetValue(tid, out var ta))
            return ta;
        return a;
    }
}
