// Builds syllables.tsv and word-pairs.tsv (embedded in ThiDua.Vietnamese) from plain-text Vietnamese: see README.md.
//   dotnet run --file build-lexicon.cs --artifacts-path /tmp/lexicon-build -- <file or folder>...
// Folders are read recursively (*.txt, *.md). Only syllables the grammar accepts are counted, under their dictionary
// key (tone on the main vowel, open y after h k l m s t as i); the most frequent spelling is kept for display.
#:project ../ThiDua.Vietnamese.csproj
using System.Globalization;
using System.Text;
using ThiDua.Vietnamese.Syllables;

const int MinSyllableCount = 3;
const int MinPairCount = 50;

var keys = new Dictionary<string, string?>(StringComparer.Ordinal);          // lower-case word → key (null: not a syllable)
var counts = new Dictionary<string, long>(StringComparer.Ordinal);
var spellings = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
var pairs = new Dictionary<(string, string), long>();

var files = args.SelectMany(a => Directory.Exists(a)
    ? Directory.EnumerateFiles(a, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt") || f.EndsWith(".md"))
    : [a]).Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
    foreach (var line in File.ReadLines(file, new UTF8Encoding(false, false)))
        if (!IsCitation(line)) Count(WithoutBrackets(line).Normalize(NormalizationForm.FormC));

var here = Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "build-lexicon.cs"))!;
using (var output = new StreamWriter(Path.Combine(here, "syllables.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
    foreach (var (key, count) in counts.Where(c => c.Value >= MinSyllableCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
    {
        var display = spellings[key].OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
        output.WriteLine(display == key ? $"{key}\t{count}" : $"{key}\t{count}\t{display}");
    }
using (var output = new StreamWriter(Path.Combine(here, "word-pairs.tsv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
    foreach (var ((first, second), count) in pairs.Where(p => p.Value >= MinPairCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        output.WriteLine($"{first} {second}\t{count}");
Console.WriteLine($"{files.Count} files, {counts.Count} syllables ({counts.Count(c => c.Value >= MinSyllableCount)} kept), {pairs.Count} pairs ({pairs.Count(p => p.Value >= MinPairCount)} kept)");

void Count(string text)
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
        var key = attached ? null : KeyOf(text[start..i]);
        if (key is not null && previous is not null) pairs[(previous, key)] = pairs.GetValueOrDefault((previous, key)) + 1;
        previous = key;
    }
}

string? KeyOf(string word)
{
    var lower = word.ToLowerInvariant();
    if (!keys.TryGetValue(lower, out var key))
    {
        var syllable = VietnameseSyllable.Parse(lower);
        keys[lower] = key = syllable.IsValid ? syllable.Key : null;
    }
    if (key is null) return null;
    counts[key] = counts.GetValueOrDefault(key) + 1;
    if (!spellings.TryGetValue(key, out var forms)) spellings[key] = forms = new(StringComparer.Ordinal);
    forms[lower] = forms.GetValueOrDefault(lower) + 1;
    return key;
}

// Encyclopaedia boilerplate would inflate a few syllables: reference lines, and bracketed edit links and footnote marks.
static bool IsCitation(string line) => line.Contains("Truy cập ngày", StringComparison.Ordinal) || line.Contains("Lưu trữ bản gốc", StringComparison.Ordinal);

static string WithoutBrackets(string line)
{
    var text = new StringBuilder(line.Length);
    var depth = 0;
    foreach (var c in line)
    {
        if (c == '[') depth++;
        else if (c == ']' && depth > 0) depth--;
        else if (depth == 0) text.Append(c);
    }
    return text.ToString();
}

static bool IsWordChar(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
