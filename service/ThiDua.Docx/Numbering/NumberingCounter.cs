using System.Text;

namespace ThiDua.Docx.Numbering;

/// <summary>
/// Walks numbered paragraphs in document order and renders each label as Word shows it: counters are kept per abstract
/// definition (instances of one definition continue each other unless an instance has a <c>w:startOverride</c>, which
/// restarts the level the first time that instance is used), deeper levels restart when a higher level advances
/// (<c>w:lvlRestart</c> may forbid or narrow that), <c>%n</c> placeholders of <c>w:lvlText</c> take each level's current
/// value in its format (decimal under <c>w:isLgl</c>). ECMA-376 §17.9.
/// </summary>
internal sealed class NumberingCounter(NumberingDefinitions definitions)
{
    private readonly Dictionary<int, int[]> counters = new();
    private readonly Dictionary<int, bool[]> used = new();
    private readonly HashSet<int> instancesSeen = new();

    /// <summary>Advances the counter of (<paramref name="numId"/>, <paramref name="level"/>) and returns the rendered label and its level definition; null when the paragraph is not numbered.</summary>
    public (string Label, LevelDefinition Level)? Next(int numId, int level)
    {
        if (!definitions.Exists(numId) || level is < 0 or > 8) return null;
        var def = definitions.Level(numId, level);
        if (def is null) return null;
        var key = definitions.AbstractIdOf(numId) ?? -numId;
        if (!counters.TryGetValue(key, out var values))
        {
            values = counters[key] = new int[9];
            used[key] = new bool[9];
        }
        var usedLevels = used[key];

        if (instancesSeen.Add(numId))
        {
            for (var l = 0; l < 9; l++)
                if (definitions.StartOverride(numId, l) is not null) usedLevels[l] = false; // next use starts at the override
        }

        values[level] = usedLevels[level] ? values[level] + 1 : def.Start;
        usedLevels[level] = true;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            var d = definitions.Level(numId, deeper);
            var restartAfter = d?.Restart;
            // Default: restart after any higher level; lvlRestart=0 never restarts; n restarts after level n-1 (1-based).
            if (restartAfter == 0) continue;
            if (restartAfter is null || level <= restartAfter - 1) usedLevels[deeper] = false;
        }

        if (def.NumFmt == "bullet") return (def.LevelText, def);
        var sb = new StringBuilder();
        var text = def.LevelText;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var l = text[i + 1] - '1';
                var ld = definitions.Level(numId, l);
                var v = l == level ? values[l] : usedLevels[l] ? values[l] : ld?.Start ?? 1;
                var fmt = def.IsLegal && l < level ? "decimal" : ld?.NumFmt ?? "decimal";
                sb.Append(NumberFormatter.Format(v, fmt));
                i++;
            }
            else sb.Append(text[i]);
        }
        return (sb.ToString(), def);
    }
}
