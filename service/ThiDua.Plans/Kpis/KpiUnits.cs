using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Plans.Kpis;

/// <summary>What a KPI unit measures; decides how a label is read around it and whether records can be added up.</summary>
public enum KpiUnitKind
{
    /// <summary>A share: <c>%</c>, <c>‰</c>.</summary>
    Ratio,
    /// <summary>Money: <c>đồng</c>, <c>triệu đồng</c>, <c>tỷ đồng</c>, <c>USD</c>.</summary>
    Money,
    /// <summary>A physical quantity: <c>tấn</c>, <c>tạ/ha</c>, <c>ha</c>, <c>km</c>.</summary>
    Measure,
    /// <summary>A count of things named by the unit word itself (<c>03 trường</c>, <c>40 lao động</c>, <c>20 người</c>).</summary>
    Count,
    /// <summary>A duration (<c>ngày</c>, <c>tháng</c>); a number with it is a target only after a comparator (<c>giảm còn 3 ngày</c>).</summary>
    Time,
}

/// <summary>A canonical KPI unit — <em>đơn vị tính</em> — with the spellings that name it.</summary>
/// <param name="Name">Canonical spelling, NFC (<c>triệu đồng</c>).</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Base">The unit records are added up in (<c>đồng</c> for <c>triệu đồng</c>); the unit itself when it is its own base.</param>
/// <param name="Scale">Factor from this unit to <paramref name="Base"/> (1 000 000 for <c>triệu đồng</c>).</param>
/// <param name="Spellings">Spellings recognised after a number, lower case (<c>triệu đồng</c>, <c>trđ</c>, <c>tr.đ</c>).</param>
public sealed record KpiUnit(string Name, KpiUnitKind Kind, string Base, decimal Scale, IReadOnlyList<string> Spellings);

/// <summary>A unit read after a number.</summary>
/// <param name="Unit">The canonical unit.</param>
/// <param name="Start">Index of its first character in the text.</param>
/// <param name="Length">Characters read, a consumed rate suffix (<c>/người/năm</c>) included.</param>
/// <param name="AsWritten">The unit's own words as written (<c>Trường</c>, <c>tạ/ha</c>), without the rate suffix.</param>
/// <param name="Multiplier">Factor of a scale word before a count (<c>5 nghìn người</c> → 1000); 1 otherwise.</param>
public readonly record struct UnitReading(KpiUnit Unit, int Start, int Length, string AsWritten, decimal Multiplier)
{
    /// <summary>Index just after what was read.</summary>
    public int End => Start + Length;
}

/// <summary>
/// Canonical KPI units and their base units for aggregation (plan-schema.md § KPI record), loaded from the embedded
/// <c>Resources/kpi-units.json</c>.
/// </summary>
/// <remarks>
/// A money amount keeps the unit it was written in (<c>60,5 triệu đồng</c> → unit <c>triệu đồng</c>, value 60.5) and is
/// normalised only for aggregation through <see cref="ScaleToBase"/> / <see cref="BaseUnit"/>; a scale word before it
/// multiplies the value (<c>2,5 nghìn tỷ đồng</c> → 2500 <c>tỷ đồng</c>). A per-capita or per-year suffix after money, a
/// share or a count (<c>triệu đồng/người/năm</c>, <c>5%/năm</c>, <c>45 lần/người/năm</c>) is read and dropped: the
/// indicator (<c>thu nhập bình quân đầu người</c>) already says it, and a yearly change is said by its base. Per-area
/// units (<c>tạ/ha</c>) are units of their own.
/// </remarks>
public static class KpiUnits
{
    private const string ResourceName = "ThiDua.Plans.Kpis.kpi-units.json";
    private static readonly Lazy<UnitTable> table = new(LoadTable);

    /// <summary>Every canonical unit, in catalogue order.</summary>
    public static IReadOnlyList<KpiUnit> All => table.Value.Units;

    /// <summary>The factor from <paramref name="unit"/> to its base unit (<c>triệu đồng</c> → 1 000 000); 1 when the unit is its own base or unknown.</summary>
    public static decimal ScaleToBase(string unit) => Find(unit)?.Scale ?? 1m;

    /// <summary>The base unit of <paramref name="unit"/> (<c>triệu đồng</c> → <c>đồng</c>); the unit itself when it is its own base or unknown.</summary>
    public static string BaseUnit(string unit) => Find(unit)?.Base ?? unit;

    /// <summary>The canonical unit named by a canonical name or a spelling (<c>trđ</c> → <c>triệu đồng</c>), case-insensitive; null when unknown.</summary>
    public static KpiUnit? Find(string? unitOrSpelling)
    {
        if (string.IsNullOrWhiteSpace(unitOrSpelling)) return null;
        var key = KpiText.Lower(KpiText.Nfc(unitOrSpelling.Trim()));
        return table.Value.BySpelling.TryGetValue(key, out var unit) ? unit : null;
    }

    /// <summary>
    /// Reads a unit written at <paramref name="start"/> of <paramref name="text"/> (NFC), after at most a few spaces:
    /// the longest spelling that ends at a word boundary, a scale word before a count or a scaled amount of money
    /// (<c>5 nghìn người</c>, <c>2,5 nghìn tỷ đồng</c>) and a rate suffix (<c>/người/năm</c>, <c>/năm</c>).
    /// </summary>
    /// <returns>False when no unit starts there.</returns>
    public static bool TryReadAt(string text, int start, out UnitReading reading) =>
        TryReadAt(text, KpiText.Lower(text), start, out reading);

    internal static bool TryReadAt(string text, string lower, int start, out UnitReading reading)
    {
        reading = default;
        var at = SkipSpaces(lower, start);
        if (at >= lower.Length) return false;
        var units = table.Value;

        foreach (var (spelling, scale) in units.ScaleWordsStartingWith(lower[at]))
        {
            if (!MatchesAt(lower, at, spelling)) continue;
            var next = SkipSpaces(lower, at + spelling.Length);
            var counted = next < lower.Length ? FirstCountedAt(units, lower, next) : default;
            if (counted.Unit is null) break;
            var end = next + counted.Spelling.Length;
            var consumedEnd = FirstRateSuffixAt(units, lower, end) is { } rate && counted.Unit.Kind == KpiUnitKind.Money ? end + rate.Length : end;
            reading = new UnitReading(counted.Unit, at, consumedEnd - at, text[next..end], scale);
            return true;
        }

        foreach (var (spelling, unit) in units.SpellingsStartingWith(lower[at]))
        {
            if (!MatchesAt(lower, at, spelling)) continue;
            var end = at + spelling.Length;
            var consumed = end;
            if (unit.Kind != KpiUnitKind.Time && !unit.Name.Contains('/') && FirstRateSuffixAt(units, lower, end) is { } suffix) consumed = end + suffix.Length;
            reading = new UnitReading(unit, at, consumed - at, text[at..end], 1m);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The longest spelling of a unit that counts or measures, or of a scaled amount of money (<c>nghìn tỷ đồng</c>: a
    /// thousand <c>tỷ đồng</c>), written at <paramref name="at"/>; default when none.
    /// </summary>
    private static (string Spelling, KpiUnit Unit) FirstCountedAt(UnitTable units, string lower, int at)
    {
        foreach (var s in units.SpellingsStartingWith(lower[at]))
            if ((s.Unit.Kind is KpiUnitKind.Count or KpiUnitKind.Measure || s.Unit is { Kind: KpiUnitKind.Money, Scale: > 1m })
                && MatchesAt(lower, at, s.Spelling)) return s;
        return default;
    }

    /// <summary>The longest rate suffix (<c>/người/năm</c>) written at <paramref name="at"/>; null when none.</summary>
    private static string? FirstRateSuffixAt(UnitTable units, string lower, int at)
    {
        foreach (var suffix in units.RateSuffixes)
            if (MatchesAt(lower, at, suffix)) return suffix;
        return null;
    }

    private static int SkipSpaces(string text, int at)
    {
        var limit = Math.Min(text.Length, at + 3);
        while (at < limit && text[at] is ' ' or '\u00A0' or '\u202F' or '\t') at++;
        return at;
    }

    private static bool MatchesAt(string lower, int at, string spelling)
    {
        if (at + spelling.Length > lower.Length) return false;
        if (string.CompareOrdinal(lower, at, spelling, 0, spelling.Length) != 0) return false;
        var end = at + spelling.Length;
        return end == lower.Length || !KpiText.IsWordChar(lower[end]) || !KpiText.IsWordChar(spelling[^1]);
    }

    private static UnitTable LoadTable()
    {
        using var stream = typeof(KpiUnits).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Thiếu tài nguyên nhúng {ResourceName}.");
        var file = JsonSerializer.Deserialize(stream, KpiResourceJson.Default.UnitFile)
            ?? throw new InvalidDataException($"Tài nguyên {ResourceName} rỗng.");
        var units = file.Units.Select(u => new KpiUnit(
                u.Unit.Normalize(),
                Enum.Parse<KpiUnitKind>(u.Kind, ignoreCase: true),
                (u.Base ?? u.Unit).Normalize(),
                u.Scale ?? 1m,
                u.Spellings.Select(s => KpiText.Lower(s.Normalize())).ToList()))
            .ToList();
        var spellings = units
            .SelectMany(u => u.Spellings.Select(s => (Spelling: s, Unit: u)))
            .OrderByDescending(s => s.Spelling.Length)
            .ToList();
        var bySpelling = new Dictionary<string, KpiUnit>(StringComparer.Ordinal);
        foreach (var u in units) bySpelling.TryAdd(KpiText.Lower(u.Name), u);
        foreach (var (spelling, unit) in spellings) bySpelling.TryAdd(spelling, unit);
        var scaleWords = file.ScaleWords
            .SelectMany(w => w.Spellings.Select(s => (Spelling: KpiText.Lower(s.Normalize()), w.Scale)))
            .ToList();
        var suffixes = file.RateSuffixes.Select(s => KpiText.Lower(s.Normalize())).OrderByDescending(s => s.Length).ToList();
        return new UnitTable(units, spellings, bySpelling, scaleWords, suffixes);
    }

    /// <summary>
    /// The loaded units. <see cref="Spellings"/> are longest first, so the first that matches is the longest; the same
    /// lists are kept by first character, in the same order, since a spelling can only match where its first character is.
    /// </summary>
    private sealed record UnitTable(
        IReadOnlyList<KpiUnit> Units,
        IReadOnlyList<(string Spelling, KpiUnit Unit)> Spellings,
        IReadOnlyDictionary<string, KpiUnit> BySpelling,
        IReadOnlyList<(string Spelling, decimal Scale)> ScaleWords,
        IReadOnlyList<string> RateSuffixes)
    {
        private readonly Dictionary<char, (string Spelling, KpiUnit Unit)[]> spellingsByFirst = ByFirst(Spellings, s => s.Spelling);
        private readonly Dictionary<char, (string Spelling, decimal Scale)[]> scaleWordsByFirst = ByFirst(ScaleWords, s => s.Spelling);

        /// <summary>The spellings starting with <paramref name="first"/>, longest first.</summary>
        public ReadOnlySpan<(string Spelling, KpiUnit Unit)> SpellingsStartingWith(char first) =>
            spellingsByFirst.GetValueOrDefault(first);

        /// <summary>The scale words starting with <paramref name="first"/>, in file order.</summary>
        public ReadOnlySpan<(string Spelling, decimal Scale)> ScaleWordsStartingWith(char first) =>
            scaleWordsByFirst.GetValueOrDefault(first);

        private static Dictionary<char, T[]> ByFirst<T>(IEnumerable<T> items, Func<T, string> spelling) =>
            items.Where(i => spelling(i).Length > 0).GroupBy(i => spelling(i)[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    internal sealed record UnitFile(
        [property: JsonPropertyName("units")] IReadOnlyList<UnitRow> Units,
        [property: JsonPropertyName("scaleWords")] IReadOnlyList<ScaleRow> ScaleWords,
        [property: JsonPropertyName("rateSuffixes")] IReadOnlyList<string> RateSuffixes);

    internal sealed record UnitRow(
        [property: JsonPropertyName("unit")] string Unit,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("base")] string? Base,
        [property: JsonPropertyName("scale")] decimal? Scale,
        [property: JsonPropertyName("spellings")] IReadOnlyList<string> Spellings);

    internal sealed record ScaleRow(
        [property: JsonPropertyName("spellings")] IReadOnlyList<string> Spellings,
        [property: JsonPropertyName("scale")] decimal Scale);
}
