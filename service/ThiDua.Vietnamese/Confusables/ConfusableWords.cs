using System.Collections.Frozen;
using ThiDua.Vietnamese.Capitals;
using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Vietnamese.Confusables;

/// <summary>
/// The documented list of real-word slips (the embedded <c>Resources/confusables.tsv</c>, each pair with its source) and
/// what a rule profile adds (<see cref="With"/>), and the finder of those slips in a text: whole words only, whatever the
/// case and the tone placement, never a guess from frequencies. Immutable and thread-safe.
/// </summary>
public sealed class ConfusableWords
{
    private static readonly Lazy<ConfusableWords> Embedded = new(() => new ConfusableWords(EmbeddedTable.Rows("ThiDua.Vietnamese.confusables.tsv").Select(Parse).ToList()));

    /// <summary>Pairs by the key of their first written syllable; longest first.</summary>
    private readonly FrozenDictionary<string, (string[] Keys, ConfusablePair Pair)[]> byFirst;

    /// <summary><see cref="byFirst"/> looked up by a span.</summary>
    private readonly FrozenDictionary<string, (string[] Keys, ConfusablePair Pair)[]>.AlternateLookup<ReadOnlySpan<char>> byFirstLookup;

    /// <summary>
    /// For a first letter below U+0200 (every Vietnamese key starts with one: <c>đ</c> is U+0111), the lengths of the
    /// first keys starting with it, one bit each: most words are turned away by it before a lookup.
    /// </summary>
    private readonly uint[] lengthsByFirstLetter = new uint[0x200];

    private ConfusableWords(IReadOnlyList<ConfusablePair> pairs)
    {
        Pairs = pairs;
        byFirst = pairs.Select(p => (Keys: KeysOf(p.Written), Pair: p))
            .GroupBy(x => x.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(x => x.Keys.Length).ToArray(), StringComparer.Ordinal);
        byFirstLookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in byFirst.Keys)
            if (key.Length > 0 && key[0] < lengthsByFirstLetter.Length && key.Length <= WordKey.MaxLength)
                lengthsByFirstLetter[key[0]] |= 1u << key.Length;
    }

    /// <summary>Whether a key may start a pair: its first letter and length are those of a first key, or its letter is past the table.</summary>
    private bool MayStart(ReadOnlySpan<char> key) => key[0] >= lengthsByFirstLetter.Length || (lengthsByFirstLetter[key[0]] & (1u << key.Length)) != 0;

    /// <summary>The embedded list, loaded on first use.</summary>
    public static ConfusableWords Default => Embedded.Value;

    /// <summary>Every pair, in the order read.</summary>
    public IReadOnlyList<ConfusablePair> Pairs { get; }

    /// <summary>This list and <paramref name="more"/> (a rule profile's pairs).</summary>
    /// <exception cref="ArgumentException">A written form of fewer than two words, a meant form of none, or the same written and meant words.</exception>
    public ConfusableWords With(IEnumerable<ConfusablePair> more) => new([.. Pairs, .. more.Select(Validate)]);

    /// <summary>Reads a table in the shape of <c>confusables.tsv</c>: <c>written TAB meant TAB slip TAB source [TAB not-after words]</c>.</summary>
    /// <exception cref="InvalidDataException">A line is not in that shape.</exception>
    public static ConfusableWords Read(TextReader table) => new(EmbeddedTable.Rows(table).Select(Parse).ToList());

    /// <summary>The slips of <paramref name="text"/>, in order, none overlapping. Allocates for its words and the slips it returns.</summary>
    public IReadOnlyList<ConfusableMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(TextWords.AsWritten(text));
    }

    /// <summary>
    /// The slips of the text read as <paramref name="words"/> (its tokens and keys read once for every checker), in order,
    /// none overlapping, as <see cref="Find(string)"/> gives them for <see cref="TextWords.Text"/>. Allocates only for the
    /// slips it returns.
    /// </summary>
    public IReadOnlyList<ConfusableMatch> Find(TextWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = words.Text;
        var tokens = words.Tokens;
        List<ConfusableMatch>? found = null;
        var lookup = byFirstLookup;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || tokens[i].Length > WordKey.MaxLength) continue;
            var key = words.Key(i);
            if (!MayStart(key) || !lookup.TryGetValue(key, out var candidates)) continue;
            foreach (var (keys, pair) in candidates)
            {
                if (!Matches(words, i, keys) || After(words, i, pair.NotAfter)) continue;
                var end = tokens[i + keys.Length - 1].End;
                var start = tokens[i].Start;
                (found ??= []).Add(new ConfusableMatch(start, end - start, text[start..end], InCaseOf(text[start..end], pair.Meant), pair));
                i += keys.Length - 1;
                break;
            }
        }
        return found ?? (IReadOnlyList<ConfusableMatch>)[];
    }

    private static bool Matches(TextWords words, int i, string[] keys)
    {
        var tokens = words.Tokens;
        if (i + keys.Length > tokens.Count) return false;
        for (var k = 1; k < keys.Length; k++)
        {
            var t = tokens[i + k];
            if (!t.IsWord || !t.FollowsPrevious || !words.Key(i + k).SequenceEqual(keys[k])) return false;
        }
        return true;
    }

    private static bool After(TextWords words, int i, IReadOnlyList<string>? before)
    {
        if (before is not { Count: > 0 } || i == 0 || !words.Tokens[i].FollowsPrevious) return false;
        var key = words.Key(i - 1);
        foreach (var word in before)
            if (key.SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>The meant words in the case of the written ones: capital first letter kept, all capitals kept.</summary>
    private static string InCaseOf(string written, string meant)
    {
        var letters = written.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper)) return meant.ToUpperInvariant();
        return char.IsUpper(written[0]) ? char.ToUpperInvariant(meant[0]) + meant[1..] : meant;
    }

    private static string[] KeysOf(string words) =>
        WordTokenizer.Tokenize(words).Select(t => WordKey.Of(words.AsSpan(t.Start, t.Length))).ToArray();

    private static ConfusablePair Parse(string[] fields)
    {
        if (fields.Length is not (4 or 5)) throw new InvalidDataException($"Confusable line needs 4 or 5 fields: '{string.Join('\t', fields)}'.");
        try
        {
            var notAfter = fields.Length == 5 ? fields[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null;
            return Validate(new ConfusablePair(fields[0], fields[1], fields[2], fields[3], notAfter));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static ConfusablePair Validate(ConfusablePair pair)
    {
        var written = KeysOf(pair.Written);
        if (KeysOf(pair.Meant).Length == 0) throw new ArgumentException($"'{pair.Written}' → '{pair.Meant}': the meant form has no word.");
        if (written.SequenceEqual(KeysOf(pair.Meant))) throw new ArgumentException($"'{pair.Written}' is the word meant.");
        if (written.Length < 2) throw new ArgumentException($"'{pair.Written}' is one word: a slip is told from its neighbour, so it needs two words or more.");
        return pair;
    }
}
