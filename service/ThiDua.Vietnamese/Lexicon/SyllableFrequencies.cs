using System.Globalization;
using System.Reflection;

namespace ThiDua.Vietnamese.Lexicon;

/// <summary>
/// How often each syllable, and each pair of adjacent syllables, occurs in a corpus of licence-clean Vietnamese text
/// (the project's seed plans, weighted as the checker's own kind of text, its list of plan words, and Vietnamese translations shipped in Debian; the embedded <c>syllables.tsv</c> and <c>word-pairs.tsv</c>, see <c>Resources/README.md</c>). Keys are
/// dictionary keys (<see cref="Syllables.VietnameseSyllable.Key"/>). Used to rank corrections, to recognise words run
/// together, and to know real syllables the Debian word list lacks.
/// </summary>
internal sealed class SyllableFrequencies
{
    private static readonly Lazy<SyllableFrequencies> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, (long Count, string Display)> _syllables;
    private readonly Dictionary<string, (long Count, string Display)>.AlternateLookup<ReadOnlySpan<char>> _syllableLookup;
    private readonly Dictionary<string, long> _pairs;
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _pairLookup;

    private SyllableFrequencies(Dictionary<string, (long, string)> syllables, Dictionary<string, long> pairs)
    {
        _syllables = syllables;
        Total = syllables.Values.Sum(entry => entry.Item1);
        _syllableLookup = syllables.GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = pairs;
        _pairLookup = pairs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tables embedded in this assembly, loaded on first use.</summary>
    public static SyllableFrequencies Default => Embedded.Value;

    /// <summary>Occurrences of all syllables together (≥ 0): the denominator of a syllable's probability.</summary>
    public long Total { get; }

    /// <summary>Every syllable key counted.</summary>
    public IEnumerable<string> Keys => _syllables.Keys;

    /// <summary>Occurrences of the syllable with key <paramref name="key"/>; 0 when it was not seen (or seen once and not in hunspell-vi).</summary>
    public long Count(ReadOnlySpan<char> key) => _syllableLookup.TryGetValue(key, out var entry) ? entry.Count : 0;

    /// <summary>The most frequent spelling of <paramref name="key"/> (<c>hoá</c> → <c>hóa</c>, <c>lí</c> → <c>lý</c>); the key itself when unknown.</summary>
    public string Display(string key) => _syllables.TryGetValue(key, out var entry) ? entry.Display : key;

    /// <summary>
    /// The most frequent spelling of <paramref name="key"/>, as <see cref="Display(string)"/>, without allocating;
    /// false (and <paramref name="display"/> null) when the key was not counted.
    /// </summary>
    public bool TryGetDisplay(ReadOnlySpan<char> key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? display)
    {
        display = _syllableLookup.TryGetValue(key, out var entry) ? entry.Display : null;
        return display is not null;
    }

    /// <summary>
    /// Occurrences of <paramref name="first"/> directly followed by <paramref name="second"/>; 0 when the pair was seen
    /// fewer than 3 times and is not in the project's list of plan words (<c>Resources/plan-words.words</c>).
    /// </summary>
    public long PairCount(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> pair = stackalloc char[first.Length + second.Length + 1];
        first.CopyTo(pair);
        pair[first.Length] = ' ';
        second.CopyTo(pair[(first.Length + 1)..]);
        return _pairLookup.TryGetValue(pair, out var count) ? count : 0;
    }

    /// <summary>
    /// The Dice coefficient of two syllables, 2 × pair count ÷ (count of each): how much they belong together, high
    /// for a fixed word (<c>tổ chức</c>, <c>khen thưởng</c>), low when either is common on its own (<c>thông minh</c>).
    /// 0 when the pair was not counted.
    /// </summary>
    public double Dice(string first, string second)
    {
        var pair = PairCount(first, second);
        return pair == 0 ? 0 : 2.0 * pair / (Count(first) + Count(second));
    }

    /// <summary>
    /// Reads the two tables: lines <c>key TAB count [TAB display]</c> and <c>first second TAB count</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is not in that shape.</exception>
    public static SyllableFrequencies Read(TextReader syllables, TextReader pairs)
    {
        var syllableTable = new Dictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var fields in Lines(syllables))
            syllableTable[fields[0]] = (ParseCount(fields), fields.Length > 2 ? fields[2] : fields[0]);
        var pairTable = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var fields in Lines(pairs)) pairTable[fields[0]] = ParseCount(fields);
        return new SyllableFrequencies(syllableTable, pairTable);
    }

    private static IEnumerable<string[]> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) throw new InvalidDataException($"Frequency line without a count: '{line}'.");
            yield return fields;
        }
    }

    private static long ParseCount(string[] fields) =>
        long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new InvalidDataException($"Not a count: '{fields[1]}'.");

    private static SyllableFrequencies LoadEmbedded()
    {
        var assembly = typeof(SyllableFrequencies).Assembly;
        using var syllables = new StreamReader(Open(assembly, "ThiDua.Vietnamese.syllables.tsv"));
        using var pairs = new StreamReader(Open(assembly, "ThiDua.Vietnamese.word-pairs.tsv"));
        return Read(syllables, pairs);
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
}
