using System.Collections.Frozen;
using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Vietnamese.Capitals;

/// <summary>
/// The dictionary of proper names for the capitals check: awards, titles of honour, organisations, named documents and
/// holidays, each with its source (the embedded <c>Resources/proper-names.tsv</c>, see its README), plus what a rule
/// profile adds (<see cref="With"/>). Looked up word by word, whatever the case and the tone placement. Immutable and
/// thread-safe.
/// </summary>
public sealed class ProperNames
{
    private static readonly Lazy<ProperNames> Embedded = new(() => FromRows(EmbeddedTable.Rows("ThiDua.Vietnamese.proper-names.tsv")));

    /// <summary>Entries by the key of their first word, longest first.</summary>
    private readonly FrozenDictionary<string, Candidate[]> byFirstWord;

    private ProperNames(IReadOnlyList<ProperName> entries)
    {
        Entries = entries;
        byFirstWord = entries.Select(Candidate.Of)
            .GroupBy(c => c.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Keys.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The embedded dictionary, loaded on first use.</summary>
    public static ProperNames Default => Embedded.Value;

    /// <summary>Every entry, in the order read.</summary>
    public IReadOnlyList<ProperName> Entries { get; }

    /// <summary>Entries by the key of their first word (<see cref="WordKey"/>), longest first.</summary>
    internal FrozenDictionary<string, Candidate[]> ByFirstWord => byFirstWord;

    /// <summary>This dictionary and <paramref name="more"/> (a rule profile's award names, organisations…).</summary>
    /// <exception cref="ArgumentException">A form has no word, or the accepted forms of one entry differ in more than case.</exception>
    public ProperNames With(IEnumerable<ProperName> more) => new([.. Entries, .. more.Select(Validate)]);

    /// <summary>
    /// Reads a table in the shape of <c>proper-names.tsv</c>: <c>kind TAB form[|other accepted form…] TAB context TAB source</c>,
    /// kind one of <c>award</c>, <c>title</c>, <c>honour</c>, <c>organisation</c>, <c>document</c>, <c>holiday</c>, context
    /// empty or <c>place</c>.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is not in that shape.</exception>
    public static ProperNames Read(TextReader table) => FromRows(EmbeddedTable.Rows(table));

    private static ProperNames FromRows(IEnumerable<string[]> rows) => new(rows.Select(Parse).ToList());

    private static ProperName Parse(string[] fields)
    {
        if (fields.Length != 4) throw new InvalidDataException($"Proper name line needs 4 fields: '{string.Join('\t', fields)}'.");
        var kind = fields[0] switch
        {
            "award" => ProperNameKind.Award,
            "title" => ProperNameKind.CompetitionTitle,
            "honour" => ProperNameKind.HonourTitle,
            "organisation" => ProperNameKind.Organisation,
            "document" => ProperNameKind.Document,
            "holiday" => ProperNameKind.Holiday,
            _ => throw new InvalidDataException($"Unknown kind '{fields[0]}'."),
        };
        var context = fields[2] switch
        {
            "" => ProperNameContext.Anywhere,
            "place" => ProperNameContext.BeforePlace,
            _ => throw new InvalidDataException($"Unknown context '{fields[2]}'."),
        };
        var forms = fields[1].Split('|');
        try
        {
            return Validate(new ProperName(kind, forms[0], forms, context, fields[3]));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static ProperName Validate(ProperName name)
    {
        var keys = Candidate.KeysOf(name.Form);
        if (keys.Length == 0) throw new ArgumentException($"The name '{name.Form}' has no word.");
        foreach (var form in name.AcceptedForms)
            if (!Candidate.KeysOf(form).SequenceEqual(keys))
                throw new ArgumentException($"'{form}' is not '{name.Form}' in another case.");
        return name;
    }

    /// <summary>An entry prepared for matching: the keys of its words and, per accepted form, which words start with a capital.</summary>
    internal sealed record Candidate(ProperName Name, string[] Keys, bool[][] Capitals)
    {
        public static Candidate Of(ProperName name) =>
            new(name, KeysOf(name.Form), name.AcceptedForms.Select(CapitalsOf).ToArray());

        public static string[] KeysOf(string form) =>
            Words(form).Select(w => WordKey.Of(form.AsSpan(w.Start, w.Length))).ToArray();

        private static bool[] CapitalsOf(string form) => Words(form).Select(w => char.IsUpper(form[w.Start])).ToArray();

        private static IEnumerable<WordToken> Words(string form) => WordTokenizer.Tokenize(form);
    }
}
