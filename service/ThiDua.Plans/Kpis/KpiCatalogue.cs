using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// The KPI catalogue — <em>danh mục chỉ tiêu</em>: canonical indicator codes, their sector and usual unit, the label
/// wordings that name them, and where each comes from. The default catalogue is the embedded
/// <c>Resources/kpi-catalogue.json</c>, drawn from the public systems of standard indicators that commune, district and
/// province plans set targets in: the national criteria for new-style rural communes (Quyết định 318/QĐ-TTg and
/// 319/QĐ-TTg of 2022), the statistical indicator systems (Luật Thống kê, Phụ lục; Quyết định 54/2016/QĐ-TTg for
/// provinces, districts and communes), and the sector norms they refer to (chuẩn nghèo đa chiều, bảo hiểm y tế, y tế xã,
/// dinh dưỡng, dân số, văn hóa, trường chuẩn quốc gia, an ninh trật tự, nghĩa vụ quân sự, cải cách hành chính, Đảng).
/// </summary>
/// <remarks>
/// Matching is diacritic-insensitive and prefers the wording as written: each phrase found with its diacritics counts
/// twice its length, one found only without diacritics (<c>Ty le ho ngheo</c>, or <c>hoá</c> for <c>hóa</c>) once;
/// the entry with the highest total wins, the earlier entry on a tie, a small bonus going to an entry whose usual unit
/// is of the same kind as the record's. Only the alternatives that start with a word of the label are scored (an index
/// by that first word, as written and without diacritics): an alternative whose first phrase is not in the label scores
/// nothing.
/// </remarks>
public sealed class KpiCatalogue
{
    private const string ResourceName = "ThiDua.Plans.Kpis.kpi-catalogue.json";
    private static readonly Lazy<KpiCatalogue> defaultCatalogue = new(LoadDefault);

    private readonly IReadOnlyList<CompiledEntry> compiled;
    private readonly Dictionary<string, KpiCatalogueEntry> byCode;
    private readonly FirstWordIndex index;

    private KpiCatalogue(IReadOnlyList<KpiSector> sectors, IReadOnlyList<KpiCatalogueEntry> entries, IReadOnlyDictionary<string, string> sources)
    {
        Sources = sources;
        Sectors = sectors;
        Entries = entries;
        byCode = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        compiled = entries.Select(CompiledEntry.Of).ToList();
        index = new FirstWordIndex(compiled);
    }

    /// <summary>The catalogue shipped with the product (embedded resource).</summary>
    public static KpiCatalogue Default => defaultCatalogue.Value;

    /// <summary>Every sector, in catalogue order.</summary>
    public IReadOnlyList<KpiSector> Sectors { get; }

    /// <summary>Every indicator, in catalogue order.</summary>
    public IReadOnlyList<KpiCatalogueEntry> Entries { get; }

    /// <summary>The public documents the entries come from, by key (<c>ntm-xa</c> → <c>Quyết định số 318/QĐ-TTg …</c>).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The entry with <paramref name="code"/>, or null.</summary>
    public KpiCatalogueEntry? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The sector named by <paramref name="slug"/>, or null.</summary>
    public KpiSector? FindSector(string slug) => Sectors.FirstOrDefault(s => s.Slug == slug);

    /// <summary>The indicator a label names (<c>Tỷ lệ GDVH</c> → <c>van-hoa.gia-dinh-van-hoa</c>), or null when none does.</summary>
    public KpiCatalogueEntry? Match(string? label) => Match(label, context: null, unit: null);

    /// <summary>
    /// The indicator a label names, using <paramref name="context"/> when the label alone names none: an elliptical label
    /// (<c>Sản lượng</c>) after the record it continues (<c>Năng suất cây lúa…</c>) → <c>nong-nghiep.san-luong-lua</c>.
    /// The first phrase of an alternative must be in the label.
    /// </summary>
    /// <param name="label">The indicator as written.</param>
    /// <param name="context">Words that name the label's subject when the label leaves it out (the label of the record
    /// before it in the line), or null; never the rest of the sentence (<c>Sản lượng bắp</c> is no rice).</param>
    /// <param name="unit">The record's unit, or null; breaks ties towards entries counted in the same kind of unit.</param>
    /// <returns>The best entry, or null when no entry matches.</returns>
    public KpiCatalogueEntry? Match(string? label, string? context, KpiUnit? unit)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var text = MatchText.Of(label);
        var best = Best(text, null, unit);
        if (best is null && !string.IsNullOrWhiteSpace(context)) best = Best(text, MatchText.Of(context), unit);
        return best?.Entry;
    }

    /// <summary>
    /// The indicator <paramref name="label"/> alone names, with the index in the label just after the last of the words
    /// that named it (<c>…đối với những người có công</c>|<c>, gia đình…</c>); null when none does.
    /// </summary>
    internal (KpiCatalogueEntry Entry, int End)? MatchWithEnd(string label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        return Best(MatchText.Of(label), null, null) is { } best ? (best.Entry, best.End) : null;
    }

    /// <summary>Reads a catalogue from JSON of the shape of <c>Resources/kpi-catalogue.json</c>.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed, or an entry has no code, an unknown sector, a duplicate code,
    /// or no source among <c>sources</c>.</exception>
    public static KpiCatalogue Load(Stream json)
    {
        CatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, KpiResourceJson.Default.CatalogueFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Danh mục chỉ tiêu không đúng định dạng JSON: {e.Message}", e);
        }
        if (file?.Sectors is null || file.Indicators is null)
            throw new InvalidDataException("Danh mục chỉ tiêu thiếu mục \"sectors\" hoặc \"indicators\".");

        var sectors = file.Sectors.Select(s => new KpiSector(s.Slug, s.Name.Normalize())).ToList();
        var sources = (file.Sources ?? new Dictionary<string, string>()).ToDictionary(s => s.Key, s => s.Value.Normalize(), StringComparer.Ordinal);
        var slugs = sectors.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var entries = new List<KpiCatalogueEntry>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Indicators)
        {
            if (string.IsNullOrWhiteSpace(row.Code)) throw new InvalidDataException("Một chỉ tiêu trong danh mục không có mã.");
            if (!codes.Add(row.Code)) throw new InvalidDataException($"Mã chỉ tiêu {row.Code} bị trùng.");
            if (!slugs.Contains(row.Sector)) throw new InvalidDataException($"Chỉ tiêu {row.Code}: lĩnh vực {row.Sector} không có trong danh mục.");
            if (row.Match is not { Count: > 0 } || row.Match.Any(a => a.Count == 0))
                throw new InvalidDataException($"Chỉ tiêu {row.Code}: thiếu cụm từ nhận diện.");
            var source = SourceOf(row, sources);
            entries.Add(new KpiCatalogueEntry(
                row.Code,
                (row.Name ?? string.Empty).Normalize(),
                row.Sector,
                (row.Unit ?? string.Empty).Normalize(),
                row.Match.Select(a => (IReadOnlyList<string>)a.Select(p => KpiText.Lower(p.Normalize())).ToList()).ToList(),
                (row.Exclude ?? []).Select(p => KpiText.Lower(p.Normalize())).ToList(),
                source));
        }
        return new KpiCatalogue(sectors, entries, sources);
    }

    /// <summary>An entry's source with its keys written out: <c>ntm-xa (tiêu chí 10)</c> → <c>Quyết định số 318/QĐ-TTg … (tiêu chí 10)</c>.</summary>
    private static string SourceOf(IndicatorRow row, IReadOnlyDictionary<string, string> sources)
    {
        var text = (row.Source ?? string.Empty).Normalize().Trim();
        var key = text.Split(' ', 2)[0];
        if (!sources.ContainsKey(key))
            throw new InvalidDataException($"Chỉ tiêu {row.Code}: không ghi nguồn (sources) của chỉ tiêu.");
        return string.Join(' ', text.Split(' ').Select(word => sources.TryGetValue(word, out var document) ? document : word));
    }

    private (KpiCatalogueEntry Entry, int End)? Best(MatchText label, MatchText? context, KpiUnit? unit)
    {
        (KpiCatalogueEntry Entry, int End)? best = null;
        var bestScore = 0.0;
        var (candidates, entries) = index.Candidates(label);
        foreach (var i in entries)
        {
            var entry = compiled[i];
            var marked = candidates.AsSpan(index.FirstAlternative(i), entry.Alternatives.Count);
            var (score, end) = entry.Score(label, context, marked);
            if (score <= 0) continue;
            if (unit is not null && entry.UnitKind == unit.Kind) score += 0.5;
            if (score > bestScore)
            {
                best = (entry.Entry, end);
                bestScore = score;
            }
        }
        ArrayPool<bool>.Shared.Return(candidates);
        return best;
    }

    private static KpiCatalogue LoadDefault()
    {
        using var stream = typeof(KpiCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Thiếu tài nguyên nhúng {ResourceName}.");
        return Load(stream);
    }

    /// <summary>A text in the two forms matching compares: lower case as written, and folded without diacritics.</summary>
    private sealed record MatchText(string Lower, string Folded)
    {
        public static MatchText Of(string text)
        {
            var nfc = KpiText.Nfc(text);
            return new MatchText(KpiText.Lower(nfc), TextKey.FoldLower(nfc));
        }

        /// <summary>
        /// Weight 2 × length when found as written, 1 × length when found only without diacritics, else 0; with the
        /// index just after the first occurrence.
        /// </summary>
        public (double Weight, int End) Find(Phrase phrase)
        {
            var at = KpiText.IndexOfWords(Lower, phrase.Lower);
            if (at >= 0) return (2.0 * phrase.Lower.Length, at + phrase.Lower.Length);
            at = KpiText.IndexOfWords(Folded, phrase.Folded);
            return at >= 0 ? (phrase.Folded.Length, at + phrase.Folded.Length) : (0, -1);
        }
    }

    private sealed record Phrase(string Lower, string Folded)
    {
        public static Phrase Of(string lower) => new(lower, TextKey.FoldLower(lower));
    }

    /// <summary>An entry ready for scoring; <paramref name="UnitKind"/> is the kind of its usual unit, null when unknown or none.</summary>
    private sealed record CompiledEntry(
        KpiCatalogueEntry Entry, IReadOnlyList<IReadOnlyList<Phrase>> Alternatives, IReadOnlyList<Phrase> Exclude, KpiUnitKind? UnitKind)
    {
        public static CompiledEntry Of(KpiCatalogueEntry e) => new(
            e,
            e.Match.Select(a => (IReadOnlyList<Phrase>)a.Select(Phrase.Of).ToList()).ToList(),
            e.Exclude.Select(Phrase.Of).ToList(),
            KpiUnits.Find(e.Unit)?.Kind);

        /// <summary>
        /// The best alternative's score and the end of its words in the label; phrases after the first may be found in
        /// <paramref name="context"/>. Only the alternatives <paramref name="marked"/> (one flag per alternative, in
        /// order) are tried: the others cannot score.
        /// </summary>
        public (double Score, int End) Score(MatchText label, MatchText? context, ReadOnlySpan<bool> marked)
        {
            foreach (var excluded in Exclude)
                if (KpiText.IndexOfWords(label.Lower, excluded.Lower) >= 0) return (0, -1);
            (double Score, int End) best = (0, -1);
            for (var a = 0; a < Alternatives.Count; a++)
            {
                if (!marked[a]) continue;
                var alternative = Alternatives[a];
                var total = 0.0;
                var end = -1;
                for (var i = 0; i < alternative.Count; i++)
                {
                    var found = label.Find(alternative[i]);
                    if (found.Weight == 0 && i > 0 && context is not null) found = (context.Find(alternative[i]).Weight, -1);
                    if (found.Weight == 0) { total = 0; break; }
                    total += found.Weight;
                    end = Math.Max(end, found.End);
                }
                if (total > best.Score) best = (total, end);
            }
            return best;
        }
    }

    /// <summary>
    /// The alternatives that can score on a label: an alternative scores only when its first phrase is found in the label
    /// as whole words, as written or without diacritics, so the label then holds the first word of that phrase as a word
    /// of its own. Alternatives are numbered entry after entry, and indexed by those first words (both forms); one whose
    /// first phrase starts with a character that is not part of a word (none in the shipped catalogue) is a candidate for
    /// every label.
    /// </summary>
    private sealed class FirstWordIndex
    {
        private readonly int count;
        private readonly int[] firstAlternative;
        private readonly int[] entryOf;
        private readonly Dictionary<string, int[]> byWord;
        private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly int[] always;

        public FirstWordIndex(IReadOnlyList<CompiledEntry> entries)
        {
            firstAlternative = new int[entries.Count];
            var words = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            var always = new SortedSet<int>();
            for (var i = 0; i < entries.Count; i++)
            {
                firstAlternative[i] = count;
                foreach (var alternative in entries[i].Alternatives)
                {
                    var id = count++;
                    if (alternative.Count == 0) continue; // no phrase: scores nothing
                    foreach (var form in new[] { alternative[0].Lower, alternative[0].Folded })
                    {
                        if (form.Length == 0) continue; // an empty phrase is never found
                        if (!KpiText.IsWordChar(form[0])) { always.Add(id); continue; }
                        var end = 1;
                        while (end < form.Length && KpiText.IsWordChar(form[end])) end++;
                        var word = form[..end];
                        if (!words.TryGetValue(word, out var set)) words[word] = set = [];
                        set.Add(id);
                    }
                }
            }
            entryOf = new int[count];
            for (var i = 0; i < entries.Count; i++)
                for (var a = 0; a < entries[i].Alternatives.Count; a++) entryOf[firstAlternative[i] + a] = i;
            byWord = words.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal);
            lookup = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
            this.always = always.ToArray();
        }

        /// <summary>The number of entry <paramref name="entry"/>'s first alternative.</summary>
        public int FirstAlternative(int entry) => firstAlternative[entry];

        /// <summary>
        /// For each alternative, numbered entry after entry, whether it may score on <paramref name="label"/>; and the
        /// entries with at least one such alternative, in catalogue order (the others cannot score). The flags are rented
        /// from <see cref="ArrayPool{T}.Shared"/> (at least one per alternative) for the caller to return.
        /// </summary>
        public (bool[] Alternatives, List<int> Entries) Candidates(MatchText label)
        {
            var candidates = ArrayPool<bool>.Shared.Rent(count);
            Array.Clear(candidates, 0, count);
            var entries = new List<int>();
            foreach (var i in always) Add(i, candidates, entries);
            Mark(label.Lower, candidates, entries);
            Mark(label.Folded, candidates, entries);
            entries.Sort();
            return (candidates, entries);
        }

        private void Mark(string text, bool[] candidates, List<int> entries)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!KpiText.IsWordChar(text[i])) { i++; continue; }
                var start = i;
                while (i < text.Length && KpiText.IsWordChar(text[i])) i++;
                if (lookup.TryGetValue(text.AsSpan(start, i - start), out var alternatives))
                    foreach (var a in alternatives) Add(a, candidates, entries);
            }
        }

        /// <summary>Marks alternative <paramref name="alternative"/>, and its entry the first time one of the entry's alternatives is marked.</summary>
        private void Add(int alternative, bool[] candidates, List<int> entries)
        {
            if (candidates[alternative]) return;
            candidates[alternative] = true;
            var entry = entryOf[alternative];
            if (!entries.Contains(entry)) entries.Add(entry);
        }
    }

    internal sealed record CatalogueFile(
        [property: JsonPropertyName("sources")] IReadOnlyDictionary<string, string>? Sources,
        [property: JsonPropertyName("sectors")] IReadOnlyList<SectorRow>? Sectors,
        [property: JsonPropertyName("indicators")] IReadOnlyList<IndicatorRow>? Indicators);

    internal sealed record SectorRow(
        [property: JsonPropertyName("slug")] string Slug,
        [property: JsonPropertyName("name")] string Name);

    internal sealed record IndicatorRow(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("sector")] string Sector,
        [property: JsonPropertyName("unit")] string? Unit,
        [property: JsonPropertyName("match")] IReadOnlyList<IReadOnlyList<string>>? Match,
        [property: JsonPropertyName("exclude")] IReadOnlyList<string>? Exclude,
        [property: JsonPropertyName("source")] string? Source);
}
