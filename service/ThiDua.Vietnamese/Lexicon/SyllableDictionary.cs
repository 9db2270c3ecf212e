using System.Text;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Lexicon;

/// <summary>
/// <i>Từ điển âm tiết</i> — the list of real Vietnamese syllables, combined with the syllable grammar: a word is a
/// valid syllable when <see cref="SyllableParser">the grammar</see> accepts it <b>and</b>, when a word list is loaded,
/// the list has it. The list is Debian's hunspell-vi dictionary (<see cref="DebianPath"/>; Vietnamese has no affixes,
/// so its entries are syllables) plus <see cref="MissingFromHunspell"/>, standard syllables hunspell-vi lacks, plus the
/// syllables seen at least <see cref="CorpusSupplementMinimum"/> times in the embedded corpus counts.
/// <b>Without a word list (<see cref="GrammarOnly"/>) the grammar alone decides</b>, so a well-formed non-word such as
/// <c>vủa</c> passes.
/// </summary>
/// <remarks>
/// Lookups are by <see cref="VietnameseSyllable.Key"/>, so <c>hóa</c>/<c>hoá</c>, <c>thủy</c>/<c>thuỷ</c>,
/// <c>lý</c>/<c>lí</c>, upper and lower case and NFC/NFD all find the same entry. Instances are immutable and
/// thread-safe.
/// </remarks>
public sealed class SyllableDictionary
{
    /// <summary>Where Debian's hunspell-vi package installs the dictionary.</summary>
    public const string DebianPath = "/usr/share/hunspell/vi_VN.dic";

    /// <summary>
    /// Corpus occurrences (of about 0.9 million syllables, see <c>Resources/README.md</c>) from which a syllable counts
    /// as real without being in the word list. Set above what stray code and markup reach in that corpus
    /// (<c>rem</c> from BASIC listings 92 times, <c>po</c> from <c>.po</c> file names 53 times), so that in practice
    /// the word list and <see cref="MissingFromHunspell"/> decide. The weight given to the seed plans applies only to
    /// syllables the word list has, so for any other syllable the count is its plain number of occurrences.
    /// </summary>
    public const int CorpusSupplementMinimum = 100;

    /// <summary>
    /// Well-formed syllables of standard Vietnamese that Debian's hunspell-vi (1:7.5.0) does not list, each in a word
    /// of common or administrative use: <c>huế</c> (Huế, Thừa Thiên Huế), <c>nòng</c> (nòng cốt, nòng súng),
    /// <c>trừu</c> (trừu tượng), <c>duệ</c> (hậu duệ), <c>cược</c> (cá cược, đặt cược), <c>trỗi</c> (trỗi dậy),
    /// <c>điềm</c> (điềm tĩnh, điềm đạm), <c>mẩu</c> (mẩu tin), <c>thuột</c> (Buôn Ma Thuột). Lower case NFC; looked up by key.
    /// </summary>
    public static IReadOnlyList<string> MissingFromHunspell { get; } = ["huế", "nòng", "trừu", "duệ", "cược", "trỗi", "điềm", "mẩu", "thuột"];

    private static readonly HashSet<string> SupplementKeys = KeysOf(MissingFromHunspell);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SupplementLookup = SupplementKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SyllableDictionary NoWordList = new(null, null);

    private static readonly Lazy<SyllableDictionary> DefaultInstance =
        new(() => File.Exists(DebianPath) ? Load(DebianPath) : NoWordList);

    private readonly HashSet<string>? _keys;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SyllableDictionary(HashSet<string>? keys, string? sourcePath)
    {
        _keys = keys;
        SourcePath = sourcePath;
        if (keys is not null) _lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The Debian dictionary when it is installed, otherwise <see cref="GrammarOnly"/>; loaded once, on first use.</summary>
    public static SyllableDictionary Default => DefaultInstance.Value;

    /// <summary>No word list: the grammar alone decides what a valid syllable is.</summary>
    public static SyllableDictionary GrammarOnly => NoWordList;

    /// <summary>True when a word list is loaded; false for <see cref="GrammarOnly"/>.</summary>
    public bool HasWordList => _keys is not null;

    /// <summary>Distinct syllables read from the word list (entries that are not syllables, such as <c>UBND</c>, are ignored).</summary>
    public int Count => _keys?.Count ?? 0;

    /// <summary>The file the list was read from, null when it was not read from a file.</summary>
    public string? SourcePath { get; }

    /// <summary>
    /// Reads a hunspell <c>.dic</c> file (UTF-8): the first line is the entry count, then one entry per line, possibly
    /// followed by <c>/flags</c> (ignored).
    /// </summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SyllableDictionary Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"No dictionary at {path}.", path);
        var lines = File.ReadLines(path, Encoding.UTF8);
        return new SyllableDictionary(KeysOf(lines.Skip(1).Select(line => line.Split('/', 2)[0])), path);
    }

    /// <summary>A dictionary of the given syllables (any case, NFC or NFD, either tone-mark style).</summary>
    public static SyllableDictionary FromSyllables(IEnumerable<string> syllables)
    {
        ArgumentNullException.ThrowIfNull(syllables);
        return new SyllableDictionary(KeysOf(syllables), null);
    }

    /// <summary>True when <paramref name="word"/> (one word, any case, NFC or NFD) is a valid syllable by the grammar and the word list.</summary>
    public bool IsValid(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var syllable = VietnameseSyllable.Parse(word);
        return syllable.IsValid && Knows(syllable.Key);
    }

    /// <summary>
    /// True when the syllable with dictionary key <paramref name="key"/> is real: always without a word list,
    /// otherwise when the list, <see cref="MissingFromHunspell"/> or the corpus supplement has it.
    /// </summary>
    internal bool Knows(ReadOnlySpan<char> key) =>
        _keys is null || _lookup.Contains(key) || SupplementLookup.Contains(key)
        || SyllableFrequencies.Default.Count(key) >= CorpusSupplementMinimum;

    private static HashSet<string> KeysOf(IEnumerable<string> words)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var trimmed = word.Trim();
            if (trimmed.Length == 0) continue;
            var key = VietnameseSyllable.Parse(trimmed).Key;
            if (key.Length > 0) keys.Add(key);
        }
        return keys;
    }
}
