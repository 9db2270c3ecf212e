// Builds syllables.tsv and word-pairs.tsv (embedded in ThiDua.Vietnamese) from licence-clean Vietnamese text: see README.md.
//   dotnet run --file build-lexicon.cs --artifacts-path /tmp/lexicon-build -- [--domain <file or folder>]... <file or folder>...
// Folders are read recursively. Inputs by name: *.txt and *.md are plain text, *.mo compiled gettext catalogues (their
// translations), *.html pages (their text), *.dic a hunspell word list, *.words a list of words of several syllables
// (one a line, # comments), and a man page (name ending in its section digit) troff; a trailing .gz is uncompressed
// first. A line is counted only when at least a quarter of its words carry a Vietnamese letter (untranslated English
// and markup are skipped). Only syllables the grammar accepts are counted, under their dictionary key (tone on the main
// vowel, open y after h k l m s t as i); the most frequent spelling is kept for display. Every syllable of a hunspell
// list is kept, counted once more than the text has it, and so is every pair of adjacent syllables of a *.words list.
// Text given after --domain is the checker's own kind of text (administrative plans): its occurrences are weighted so
// that it makes DomainShare of the counts (see README.md); the keep thresholds look at occurrences actually seen, and
// a syllable the word list lacks is never weighted, so a slip in that text is not made common.
#:project ../ThiDua.Vietnamese.csproj
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Vietnamese.Syllables;

const int MinSyllableCount = 2;
const int MinPairCount = 3;
const double MinVietnameseShare = 0.25;
// Share of the counts that --domain text makes: an equal mixture of the checker's own kind of text and of general
// text, the usual choice for interpolating two language models without held-out text to tune on. Each domain
// occurrence counts (general occurrences ÷ domain occurrences) times, rounded: 74 for 12,000 syllables of plans
// against 895,000 of software Vietnamese.
const double DomainShare = 0.5;

var keys = new Dictionary<string, string?>(StringComparer.Ordinal);          // lower-case word → key (null: not a syllable)
var general = new Tally();
var plans = new Tally();                                                      // --domain text
var listed = new HashSet<string>(StringComparer.Ordinal);                    // keys of hunspell entries
var listedPairs = new HashSet<(string, string)>();                            // adjacent syllables of *.words entries
var utf8 = new UTF8Encoding(false, false);

var domain = new HashSet<string>(StringComparer.Ordinal);                    // files given after --domain
var inputs = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] != "--domain") { inputs.Add(args[i]); continue; }
    if (++i == args.Length) throw new ArgumentException("--domain needs a file or folder.");
    inputs.Add(args[i]);
    domain.UnionWith(FilesOf(args[i]));
}
var files = inputs.SelectMany(FilesOf).Distinct().Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
{
    var tally = domain.Contains(file) ? plans : general;
    var kind = KindOf(file) ?? throw new ArgumentException($"Not a known kind of input: {file}");
    var before = tally.Total;
    if (kind == "dic")
    {
        foreach (var entry in ReadText(file).Split('\n').Skip(1)) ListSyllable(entry.Split('/', 2)[0].Trim());
        continue;
    }
    if (kind == "words")
    {
        foreach (var entry in ReadText(file).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')))
            ListWord(entry);
        continue;
    }
    foreach (var line in LinesOf(kind, file))
    {
        var text = line.Normalize(NormalizationForm.FormC);
        if (IsVietnamese(text)) Count(text, tally);
    }
    Console.Error.WriteLine($"{tally.Total - before,10} {file}{(tally == plans ? " (domain)" : "")}");
}

var weight = plans.Total == 0 ? 0 : Math.Max(1, (long)Math.Round(DomainShare / (1 - DomainShare) * general.Total / plans.Total));
var counts = general.Syllables.Keys.Union(plans.Syllables.Keys).Union(listed).ToDictionary(key => key,
    key => general.Syllables.GetValueOrDefault(key) + plans.Syllables.GetValueOrDefault(key) * (listed.Contains(key) ? weight : 1), StringComparer.Ordinal);
long Seen(string key) => general.Syllables.GetValueOrDefault(key) + plans.Syllables.GetValueOrDefault(key);
var pairs = general.Pairs.Keys.Union(plans.Pairs.Keys).Union(listedPairs).ToDictionary(pair => pair, pair => (
    Kept: general.Pairs.GetValueOrDefault(pair) + plans.Pairs.GetValueOrDefault(pair) >= MinPairCount || listedPairs.Contains(pair),
    Count: general.Pairs.GetValueOrDefault(pair) + plans.Pairs.GetValueOrDefault(pair) * weight + (listedPairs.Contains(pair) ? 1 : 0)));
long SpellingCount(string key, string form) =>
    (general.Spellings.GetValueOrDefault(key)?.GetValueOrDefault(form) ?? 0) + (plans.Spellings.GetValueOrDefault(key)?.GetValueOrDefault(form) ?? 0) * weight;

var here = Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "build-lexicon.cs"))!;
var kept = counts.Where(c => Seen(c.Key) >= MinSyllableCount || listed.Contains(c.Key))
    .Select(c => (c.Key, Count: c.Value + (listed.Contains(c.Key) ? 1 : 0)))
    .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
using (var output = new StreamWriter(Path.Combine(here, "syllables.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
    foreach (var (key, count) in kept)
    {
        var forms = (general.Spellings.GetValueOrDefault(key)?.Keys.AsEnumerable() ?? []).Union(plans.Spellings.GetValueOrDefault(key)?.Keys.AsEnumerable() ?? []);
        var display = forms.OrderByDescending(form => SpellingCount(key, form)).ThenBy(form => form, StringComparer.Ordinal).First();
        output.WriteLine(display == key ? $"{key}\t{count}" : $"{key}\t{count}\t{display}");
    }
using (var output = new StreamWriter(Path.Combine(here, "word-pairs.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
    foreach (var ((first, second), (_, count)) in pairs.Where(p => p.Value.Kept).OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        output.WriteLine($"{first} {second}\t{count}");
Console.WriteLine($"{files.Count} files, {general.Total + plans.Total} syllables counted ({plans.Total} of domain text, weight {weight}), {counts.Count} distinct ({kept.Count} kept, {listed.Count} from word lists), {pairs.Count} pairs ({pairs.Count(p => p.Value.Kept)} kept, {listedPairs.Count} from word lists)");

// The inputs a command-line argument names: a file itself, or the files of a known kind under a folder.
static IEnumerable<string> FilesOf(string argument) => (Directory.Exists(argument)
    ? Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories).Where(f => KindOf(f) is not null)
    : [argument]).Select(Path.GetFullPath);

// txt, md, mo, html, dic, words or man (troff); null for anything else. A .gz is named by what it holds.
static string? KindOf(string path)
{
    var name = Path.GetFileName(path);
    if (name.EndsWith(".gz", StringComparison.Ordinal)) name = name[..^3];
    var extension = Path.GetExtension(name).TrimStart('.');
    return extension switch
    {
        "txt" or "md" or "mo" or "html" or "dic" or "words" => extension,
        _ when extension.Length > 0 && char.IsAsciiDigit(extension[0]) && path.Contains("/man", StringComparison.Ordinal) => "man",
        _ => null,
    };
}

byte[] ReadBytes(string path)
{
    if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
    using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
    using var buffer = new MemoryStream();
    input.CopyTo(buffer);
    return buffer.ToArray();
}

string ReadText(string path) => utf8.GetString(ReadBytes(path)).Replace("\r", "");

IEnumerable<string> LinesOf(string kind, string path) => kind switch
{
    "mo" => Translations(ReadBytes(path)).SelectMany(t => WithoutAccelerators(t).Split('\n')),
    "html" => HtmlText(ReadText(path)).Split('\n'),
    "man" => ReadText(path).Split('\n').Select(TroffText),
    _ => ReadText(path).Split('\n'),
};

// The translated strings of a GNU .mo catalogue (each plural form apart), without the header and without strings
// left untranslated (equal to their original).
IEnumerable<string> Translations(byte[] mo)
{
    if (mo.Length < 28) yield break;
    var little = BinaryPrimitives.ReadUInt32LittleEndian(mo) == 0x950412de;
    if (!little && BinaryPrimitives.ReadUInt32BigEndian(mo) != 0x950412de) throw new InvalidDataException("Not a .mo file.");
    int Read(int offset) => (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(mo.AsSpan(offset)) : BinaryPrimitives.ReadUInt32BigEndian(mo.AsSpan(offset)));
    string At(int table, int index) => utf8.GetString(mo, Read(table + 8 * index + 4), Read(table + 8 * index));
    int n = Read(8), originals = Read(12), translations = Read(16);
    for (var i = 0; i < n; i++)
    {
        var original = At(originals, i);
        if (original.Length == 0) continue;
        var source = original.Split('\u0004')[^1].Split('\0');
        foreach (var form in At(translations, i).Split('\0'))
            if (form.Length > 0 && !source.Contains(form)) yield return form;
    }
}

// A menu label without its keyboard accelerator mark (_Tệp, T~ùy chọn, &Mở), which would split a word in two.
static string WithoutAccelerators(string label) => Regex.Replace(label, @"[_~&](?=\p{L})", "");

// Text of an HTML page: scripts and styles dropped, block tags end a line, other tags are a space, entities decoded.
static string HtmlText(string html)
{
    var text = Regex.Replace(html, @"<(script|style)\b.*?</\1\s*>", "\n", RegexOptions.Singleline | RegexOptions.IgnoreCase);
    text = Regex.Replace(text, @"</?(p|div|h\d|li|ul|ol|dl|dt|dd|td|th|tr|table|br|title|pre|blockquote|section|header|footer|nav)\b[^>]*>", "\n", RegexOptions.IgnoreCase);
    text = Regex.Replace(text, "<[^>]*>", " ");
    return WebUtility.HtmlDecode(text);
}

// Text of a troff line: comments dropped, the macro name of a request line and escapes removed.
static string TroffText(string line)
{
    if (line.StartsWith(".\\\"", StringComparison.Ordinal) || line.StartsWith("'\\\"", StringComparison.Ordinal)) return "";
    if (line.StartsWith('.') || line.StartsWith('\'')) line = line.IndexOf(' ') is var space and > 0 ? line[(space + 1)..] : "";
    return Regex.Replace(line, @"\\(f\(..|f\[[^\]]*\]|f.|\(..|\*.|s[-+]?\d|.)", m => m.Value == "\\-" ? "-" : " ").Replace("\"", " ");
}

// At least a quarter of the line's words carry a letter outside ASCII (đ, a tone or shape mark).
static bool IsVietnamese(string line)
{
    int words = 0, marked = 0;
    var i = 0;
    while (i < line.Length)
    {
        if (!IsWordChar(line[i])) { i++; continue; }
        var hasMark = false;
        words++;
        for (; i < line.Length && IsWordChar(line[i]); i++) hasMark |= line[i] > '\u007F';
        if (hasMark) marked++;
    }
    return marked > 0 && marked >= MinVietnameseShare * words;
}

void ListSyllable(string entry)
{
    if (entry.Length == 0) return;
    var lower = entry.Normalize(NormalizationForm.FormC).ToLowerInvariant();
    var syllable = VietnameseSyllable.Parse(lower);
    if (!syllable.IsValid) return;
    listed.Add(syllable.Key);
    if (!general.Spellings.TryGetValue(syllable.Key, out var forms)) general.Spellings[syllable.Key] = forms = new(StringComparer.Ordinal);
    forms.TryAdd(lower, 0);
}

// Lists the pairs of adjacent syllables of a word of several syllables (công trình, ủy ban nhân dân).
void ListWord(string entry)
{
    var syllables = entry.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => VietnameseSyllable.Parse(word) is { IsValid: true } syllable ? syllable.Key : throw new InvalidDataException($"Not a syllable: '{word}' in '{entry}'."))
        .ToList();
    for (var i = 1; i < syllables.Count; i++) listedPairs.Add((syllables[i - 1], syllables[i]));
}

// Counts the syllables of one line and the pairs among them into tally.
void Count(string text, Tally tally)
{
    string? previous = null;
    var i = 0;
    while (i < text.Length)
    {
        if (!IsWordChar(text[i]))
        {
            // Only a plain space (or line break) keeps two words a pair; punctuation and digits end the run.
            if (!char.IsWhiteSpace(text[i])) previous = null;
            i++;
            continue;
        }
        var start = i;
        while (i < text.Length && IsWordChar(text[i])) i++;
        var attached = start > 0 && char.IsDigit(text[start - 1]) || i < text.Length && char.IsDigit(text[i]);
        var key = attached ? null : KeyOf(text[start..i], tally);
        if (key is not null && previous is not null) tally.Pairs[(previous, key)] = tally.Pairs.GetValueOrDefault((previous, key)) + 1;
        previous = key;
    }
}

string? KeyOf(string word, Tally tally)
{
    var lower = word.ToLowerInvariant();
    if (!keys.TryGetValue(lower, out var key))
    {
        var syllable = VietnameseSyllable.Parse(lower);
        keys[lower] = key = syllable.IsValid ? syllable.Key : null;
    }
    if (key is null) return null;
    tally.Syllables[key] = tally.Syllables.GetValueOrDefault(key) + 1;
    if (!tally.Spellings.TryGetValue(key, out var forms)) tally.Spellings[key] = forms = new(StringComparer.Ordinal);
    forms[lower] = forms.GetValueOrDefault(lower) + 1;
    return key;
}

static bool IsWordChar(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

// Occurrences of syllables, of pairs and of each written form of a syllable key, in one kind of text.
sealed class Tally
{
    public Dictionary<string, long> Syllables { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string, string), long> Pairs { get; } = new();
    public Dictionary<string, Dictionary<string, long>> Spellings { get; } = new(StringComparer.Ordinal);
    public long Total => Syllables.Values.Sum();
}
