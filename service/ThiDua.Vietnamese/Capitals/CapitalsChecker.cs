using System.Collections.Frozen;
using ThiDua.Vietnamese.Alphabet;
using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Capitals;

/// <summary>Which capital rule of Phụ lục II (Nghị định 30/2020/NĐ-CP) a <see cref="CapitalsIssue"/> breaks.</summary>
public enum CapitalsIssueKind
{
    /// <summary>The first letter of a sentence, after <c>. ? !</c> or at the start of a line (Mục I).</summary>
    SentenceStart,
    /// <summary>A name of the dictionary (<see cref="ProperNames"/>): award, title, organisation, document, holiday.</summary>
    ProperName,
    /// <summary>The type of a specific document cited by its number (<c>Kế hoạch số 15/KH-UBND</c>; Mục V, khoản 6).</summary>
    DocumentType,
    /// <summary>A part of a specific document cited by its number (<c>Mục II</c>, <c>Điều 5</c>; Mục V, khoản 7).</summary>
    DocumentPart,
    /// <summary>A position followed by a person's name (<c>Chủ tịch Nguyễn Văn A</c>; Mục V, khoản 3).</summary>
    PositionBeforeName,
}

/// <summary>
/// What a <see cref="CapitalsChecker"/> reports besides the names of the dictionary, the cited parts of a document and the
/// positions before a person's name, which it always reports.
/// </summary>
[Flags]
public enum CapitalsScope
{
    /// <summary>Nothing more: names, cited parts and positions only (tables, the header, Nơi nhận: their lines are not sentences).</summary>
    None = 0,
    /// <summary>The type of a document cited by its number (<see cref="CapitalsIssueKind.DocumentType"/>).</summary>
    DocumentTypes = 1,
    /// <summary>
    /// The first letter of the line's first sentence (<see cref="CapitalsIssueKind.SentenceStart"/>), when at most a short
    /// label — six characters, no space: <c>1.2.</c>, <c>a)</c>, <c>-</c> — stands before it (Phụ lục II, Mục I: a capital
    /// "khi xuống dòng").
    /// </summary>
    LineStart = 2,
    /// <summary>The first letter of every sentence of the line (<see cref="CapitalsIssueKind.SentenceStart"/>).</summary>
    SentenceStarts = 4 | LineStart,
    /// <summary>Everything the checker knows.</summary>
    All = DocumentTypes | SentenceStarts,
}

/// <summary>A word or name not capitalised as Phụ lục II prescribes.</summary>
/// <param name="Start">Index of the first character in the checked text.</param>
/// <param name="Length">Length of the written words, in characters.</param>
/// <param name="Written">The words as written.</param>
/// <param name="Expected">The same words capitalised as prescribed (same length, same punctuation).</param>
/// <param name="Kind">Which rule.</param>
/// <param name="Name">The dictionary entry, for <see cref="CapitalsIssueKind.ProperName"/>; null otherwise.</param>
/// <param name="Source">Where the rule (and for a name, the name) comes from, in Vietnamese.</param>
public sealed record CapitalsIssue(int Start, int Length, string Written, string Expected, CapitalsIssueKind Kind, ProperName? Name, string Source);

/// <summary>
/// Capitals as Phụ lục II of Nghị định 30/2020/NĐ-CP prescribes, in one line of text: the first letter of a sentence
/// (optional, for running text); the names of <see cref="ProperNames"/> (too few or too many capitals, an all-capitals
/// line aside); the type of a document cited by its number; a part of a document cited by its number; a position before
/// a person's name. Abbreviations stand for their words (<c>UBND xã Trí Yên</c> is <c>Ủy ban nhân dân xã Trí Yên</c>).
/// Nothing is guessed from how often a form occurs. Immutable and thread-safe.
/// </summary>
public sealed class CapitalsChecker
{
    private const string SentenceSource = "Phụ lục II, Mục I (viết hoa vì phép đặt câu)";
    private const string DocumentTypeSource = "Phụ lục II, Mục V, khoản 6 (tên loại văn bản cụ thể)";
    private const string DocumentPartSource = "Phụ lục II, Mục V, khoản 7 (viện dẫn phần, chương, mục, điều)";
    private const string PositionSource = "Phụ lục II, Mục V, khoản 3 (chức vụ đi liền với tên người)";

    private static readonly Lazy<CapitalsChecker> Embedded = new(() => new CapitalsChecker(ProperNames.Default));

    /// <summary>Abbreviations written in capitals that stand for the words of a name.</summary>
    private static readonly FrozenDictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>
    {
        ["UBND"] = ["ủy", "ban", "nhân", "dân"],
        ["HĐND"] = ["hội", "đồng", "nhân", "dân"],
        ["MTTQ"] = ["mặt", "trận", "tổ", "quốc"],
        ["MTTQVN"] = ["mặt", "trận", "tổ", "quốc", "việt", "nam"],
        ["TĐKT"] = ["thi", "đua", "khen", "thưởng"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int ShortestAbbreviation = Abbreviations.Keys.Min(k => k.Length);
    private static readonly int LongestAbbreviation = Abbreviations.Keys.Max(k => k.Length);

    /// <summary>Administrative levels before a place name (Phụ lục II, Mục III, khoản 1, điểm a).</summary>
    private static readonly string[][] Levels = [["xã"], ["phường"], ["huyện"], ["quận"], ["tỉnh"], ["thị", "trấn"], ["thị", "xã"], ["thành", "phố"]];

    /// <summary>Types of documents cited by number (Phụ lục III's list of types, with the Party's and the usual ones).</summary>
    private static readonly string[][] DocumentTypes =
    [
        ["kế", "hoạch"], ["quyết", "định"], ["nghị", "định"], ["nghị", "quyết"], ["thông", "tư"], ["chỉ", "thị"], ["công", "văn"],
        ["hướng", "dẫn"], ["thông", "báo"], ["thông", "tri"], ["báo", "cáo"], ["tờ", "trình"], ["luật"], ["pháp", "lệnh"],
        ["quy", "định"], ["quy", "chế"], ["chương", "trình"], ["đề", "án"], ["kết", "luận"],
    ];

    /// <summary>Positions capitalised before a person's name, each as written (Phụ lục II, Mục V, khoản 3).</summary>
    private static readonly string[] Positions =
    [
        "Phó Chủ tịch", "Chủ tịch", "Phó Bí thư", "Bí thư", "Phó Giám đốc", "Giám đốc", "Phó Trưởng phòng", "Trưởng phòng",
        "Phó Hiệu trưởng", "Hiệu trưởng", "Phó Trưởng ban", "Trưởng ban", "Thủ tướng", "Bộ trưởng", "Chủ nhiệm",
    ];

    private static readonly PositionForm[] PositionForms = Positions
        .Select(p => p.Split(' ')).Select(w => new PositionForm(w.Select(x => WordKey.Of(x)).ToArray(), w.Select(x => char.IsUpper(x[0])).ToArray()))
        .ToArray();

    /// <summary>The commonest Vietnamese family names: a capitalised word from this list after a position starts a person's name.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyNames = new[]
    {
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
        "đào", "đinh", "trương", "lưu", "mai", "lâm", "trịnh", "đoàn", "cao", "hà", "tạ", "thái", "tô", "quách", "lương",
        "vương", "chu", "kiều", "từ", "nghiêm", "triệu", "phùng", "khổng", "la", "tăng", "mạc", "hứa", "lại", "châu", "giang",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The scratch of the line being checked on this thread (its words, sentence starts, a match): reused, so a check allocates only for what it reports.</summary>
    [ThreadStatic] private static Line? scratch;

    /// <summary>What may start at a word, by the word's key: names of the dictionary, document types, positions, cited parts.</summary>
    private readonly FrozenDictionary<string, WordStarts>.AlternateLookup<ReadOnlySpan<char>> starting;

    /// <summary>The most words a name of the dictionary has.</summary>
    private readonly int longestName;

    /// <summary>A checker over <paramref name="names"/>.</summary>
    public CapitalsChecker(ProperNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        var index = new Dictionary<string, WordStarts>(StringComparer.Ordinal);
        WordStarts At(string key) => index.TryGetValue(key, out var s) ? s : index[key] = new WordStarts();
        foreach (var (key, candidates) in names.ByFirstWord) At(key).Names = candidates;
        foreach (var type in DocumentTypes) At(type[0]).Types.Add(type);
        foreach (var position in PositionForms) At(position.Keys[0]).Positions.Add(position);
        foreach (var part in (string[])["mục", "phần", "chương", "điều"]) At(part).IsPart = true;
        starting = index.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        longestName = names.ByFirstWord.Values.SelectMany(c => c).Select(c => c.Keys.Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>The checker over the embedded <see cref="ProperNames.Default"/>.</summary>
    public static CapitalsChecker Default => Embedded.Value;

    /// <summary>The dictionary it checks names against.</summary>
    public ProperNames Names { get; }

    /// <summary>
    /// The capitals issues of <paramref name="text"/> (one line: a paragraph or a table cell), in order. With
    /// <paramref name="sentences"/>, the first word of each sentence must start with a capital too (running text, headings);
    /// without it (tables, the header, Nơi nhận), only names, document types and parts, and positions are checked.
    /// Allocates only for the issues it returns.
    /// </summary>
    public IReadOnlyList<CapitalsIssue> Check(string text, bool sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Check(TextWords.AsWritten(text), sentences ? CapitalsScope.All : CapitalsScope.DocumentTypes);
    }

    /// <summary>
    /// The capitals issues of the line read as <paramref name="words"/> (its text, tokens and keys read once for every
    /// checker), as <see cref="Check(string, bool)"/> gives them for <see cref="TextWords.Text"/>, of the kinds
    /// <paramref name="scope"/> asks for besides names, parts and positions. Allocates only for the issues it returns.
    /// </summary>
    public IReadOnlyList<CapitalsIssue> Check(TextWords words, CapitalsScope scope)
    {
        ArgumentNullException.ThrowIfNull(words);
        var line = scratch ??= new Line();
        line.Read(words, longestName);
        if (line.Count == 0) return [];
        List<CapitalsIssue>? issues = null;
        var types = (scope & CapitalsScope.DocumentTypes) != 0;
        for (var i = 0; i < line.Count;)
        {
            var consumed = 0;
            if (starting.TryGetValue(line.FirstKey(i), out var starts))
                consumed = ProperName(line, i, starts.Names, ref issues) ?? DocumentType(line, i, starts.Types, types, ref issues)
                    ?? DocumentPart(line, i, starts.IsPart, ref issues) ?? Position(line, i, starts.Positions, ref issues) ?? 0;
            i += Math.Max(consumed, 1);
        }
        if ((scope & CapitalsScope.LineStart) != 0)
        {
            var every = (scope & CapitalsScope.SentenceStarts) == CapitalsScope.SentenceStarts;
            for (var i = 0; i < line.Count; i++)
                if (line.Starts[i] && (every || line.StartsLine(i)) && line.Case(i) == LetterCase.Lower && !line.Claimed(i) && IsVietnameseWord(line, i))
                    (issues ??= []).Add(line.Issue(i, i + 1, static _ => true, CapitalsIssueKind.SentenceStart, null, SentenceSource));
        }
        if (issues is null) return [];
        issues.Sort((a, b) => a.Start.CompareTo(b.Start));
        return issues;
    }

    /// <summary>Matches a name of the dictionary at token <paramref name="i"/>; the number of tokens it covers, or null.</summary>
    private static int? ProperName(Line line, int i, ProperNames.Candidate[]? candidates, ref List<CapitalsIssue>? issues)
    {
        if (candidates is null) return null;
        foreach (var candidate in candidates)
        {
            var end = Walk(line, i, candidate.Keys, whiteSpaceOnly: false, abbreviations: true, record: true);
            if (end < 0) continue;
            if (candidate.Name.Context == ProperNameContext.BeforePlace && !PlaceFollows(line, end)) continue;
            var writtenCount = 0;
            var allUpper = true;
            for (var t = i; t < end; t++)
            {
                if (line.Abbreviated(t - i)) continue;
                writtenCount++;
                if (line.Case(t) != LetterCase.Upper) allUpper = false;
            }
            if (writtenCount == 0 || allUpper) return end - i; // abbreviations, or a line in capitals
            var leadFree = !candidate.Capitals[0][0]; // "ngày", "tết": the source writes them in lower case, a capital is accepted too
            foreach (var capitals in candidate.Capitals)
                if (Fits(line, i, end, capitals, leadFree)) return end - i;
            (issues ??= []).Add(NameIssue(line, i, end, candidate, leadFree));
            return end - i;
        }
        return null;
    }

    /// <summary>The issue of a name matched over tokens [<paramref name="i"/>, <paramref name="end"/>) that fits none of its forms: re-cased as its first form.</summary>
    private static CapitalsIssue NameIssue(Line line, int i, int end, ProperNames.Candidate candidate, bool leadFree)
    {
        var primary = candidate.Capitals[0];
        var keyIndex = line.KeyIndices(end - i);
        var abbreviated = line.AbbreviatedTokens(end - i);
        var lead = line.Starts[i] || (leadFree && line.IsCapitalised(i));
        return line.Issue(i, end, t => abbreviated[t - i] ? null : t == i && lead ? true : primary[keyIndex[t - i]],
            CapitalsIssueKind.ProperName, candidate.Name, candidate.Name.Source);
    }

    /// <summary>Whether the written words of a matched name [<paramref name="i"/>, <paramref name="end"/>) have the capitals of one accepted form.</summary>
    private static bool Fits(Line line, int i, int end, bool[] capitals, bool leadFree)
    {
        for (var t = i; t < end; t++)
        {
            if (line.Abbreviated(t - i)) continue;
            var want = capitals[line.KeyIndex(t - i)];
            var has = line.IsCapitalised(t);
            if (!(has == want || (t == i && has && (leadFree || line.Starts[i])))) return false;
        }
        return true;
    }

    /// <summary>A document type followed by a number with a slash (<c>kế hoạch số 15/KH-UBND</c>): only its first letter is a capital.</summary>
    private static int? DocumentType(Line line, int i, List<string[]> types, bool report, ref List<CapitalsIssue>? issues)
    {
        foreach (var type in types)
        {
            var end = Walk(line, i, type, whiteSpaceOnly: true, abbreviations: false, record: false);
            if (end < 0 || !NumberFollows(line, end)) continue;
            var allUpper = true;
            var restLower = true;
            for (var t = i; t < end; t++)
            {
                var letterCase = line.Case(t);
                if (letterCase != LetterCase.Upper) allUpper = false;
                if (t > i && letterCase != LetterCase.Lower) restLower = false;
            }
            if (allUpper) return end - i;
            if (line.IsCapitalised(i) && restLower) return end - i;
            if (report) (issues ??= []).Add(line.Issue(i, end, FirstOnly(i), CapitalsIssueKind.DocumentType, null, DocumentTypeSource));
            else line.Claim(i); // not reported, yet no sentence start is reported on it either
            return end - i;
        }
        return null;
    }

    /// <summary><c>mục II</c>, <c>phần I</c>, <c>chương III</c>, <c>điều 5</c> in lower case: the part's word takes a capital.</summary>
    private static int? DocumentPart(Line line, int i, bool isPart, ref List<CapitalsIssue>? issues)
    {
        if (!isPart || line.Case(i) != LetterCase.Lower) return null;
        var key = line.Key(i);
        var roman = i + 1 < line.Count && line.WhiteSpaceBetween(i, i + 1) && IsRoman(line.Word(i + 1));
        var number = NumberFollows(line, i + 1, allowSo: false);
        var cited = key switch
        {
            "mục" => roman || number,
            "điều" => number,
            _ => roman,
        };
        if (!cited) return null;
        (issues ??= []).Add(line.Issue(i, i + 1, _ => true, CapitalsIssueKind.DocumentPart, null, DocumentPartSource));
        return 1;
    }

    /// <summary>A position right before a person's name (<c>chủ tịch Nguyễn Văn A</c>).</summary>
    private static int? Position(Line line, int i, List<PositionForm> positions, ref List<CapitalsIssue>? issues)
    {
        foreach (var (keys, capitals) in positions)
        {
            var end = Walk(line, i, keys, whiteSpaceOnly: true, abbreviations: false, record: false);
            if (end < 0) continue;
            if (!PersonFollows(line, end)) return null;
            var fits = true;
            for (var t = i; t < end; t++)
                if (capitals[t - i] && !line.IsCapitalised(t)) fits = false;
            if (!fits)
                (issues ??= []).Add(line.Issue(i, end, AsWritten(capitals, i), CapitalsIssueKind.PositionBeforeName, null, PositionSource));
            return end - i;
        }
        return null;
    }

    /// <summary>
    /// The token after the words of <paramref name="keys"/> read from token <paramref name="i"/> (joined only by white
    /// space, or also by commas and hyphens), or -1 when they are not there. With <paramref name="abbreviations"/>, a token
    /// may be an abbreviation standing for several of the words; with <paramref name="record"/>, each token's index into
    /// <paramref name="keys"/> and whether it is an abbreviation are kept in the line's scratch for a match.
    /// </summary>
    private static int Walk(Line line, int i, string[] keys, bool whiteSpaceOnly, bool abbreviations, bool record)
    {
        int k = 0, t = i;
        while (k < keys.Length)
        {
            if (t >= line.Count || !line.Tokens[t].IsWord) return -1;
            if (t > i && !(whiteSpaceOnly ? line.WhiteSpaceBetween(t - 1, t) : line.PhraseGap(t - 1, t))) return -1;
            if (record) line.Record(t - i, k, false);
            if (abbreviations && line.Abbreviation(t) is { } expansion && k + expansion.Length <= keys.Length && expansion.AsSpan().SequenceEqual(keys.AsSpan(k, expansion.Length)))
            {
                if (record) line.Record(t - i, k, true);
                k += expansion.Length;
            }
            else if (line.KeyEquals(t, keys[k])) k++;
            else return -1;
            t++;
        }
        return t;
    }

    /// <summary>An administrative level then a capitalised word (<c>xã Trí Yên</c>, <c>thị trấn Neo</c>) from token <paramref name="t"/>.</summary>
    private static bool PlaceFollows(Line line, int t)
    {
        if (t >= line.Count || t > 0 && !line.WhiteSpaceBetween(t - 1, t)) return false;
        foreach (var level in Levels)
            if (Walk(line, t, level, whiteSpaceOnly: true, abbreviations: false, record: false) is var end and >= 0)
                return end < line.Count && line.WhiteSpaceBetween(end - 1, end) && line.IsCapitalised(end);
        return false;
    }

    /// <summary>A person's name from token <paramref name="t"/>: a family name and at least one more word, each capitalised.</summary>
    private static bool PersonFollows(Line line, int t) =>
        t + 1 < line.Count && line.WhiteSpaceBetween(t - 1, t) && line.WhiteSpaceBetween(t, t + 1)
        && line.Case(t) == LetterCase.Title && line.Case(t + 1) == LetterCase.Title
        && FamilyNames.Contains(line.Key(t));

    /// <summary>After token end <paramref name="t"/>: spaces, optionally <c>số</c>, then a number whose chunk holds a slash (<c>15/KH-UBND</c>), or a bare number when <paramref name="allowSo"/> is false.</summary>
    private static bool NumberFollows(Line line, int t, bool allowSo = true)
    {
        var text = line.Text;
        var at = t == 0 ? 0 : line.Tokens[t - 1].End;
        var spaces = at;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        if (at == spaces) return false;
        if (allowSo && t < line.Count && line.Tokens[t].Start == at && line.KeyEquals(t, "số"))
        {
            at = line.Tokens[t].End;
            var before = at;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at == before) return false;
        }
        if (at >= text.Length || !char.IsDigit(text[at])) return false;
        if (!allowSo) return true;
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return text.AsSpan(at, end - at).Contains('/');
    }

    /// <summary>Re-casing for <see cref="Line.Issue"/>: a capital on token <paramref name="first"/>, the others in lower case.</summary>
    private static Func<int, bool?> FirstOnly(int first) => t => t == first;

    /// <summary>Re-casing for <see cref="Line.Issue"/>: a capital where <paramref name="capitals"/> (from token <paramref name="from"/>) has one, the other words as written.</summary>
    private static Func<int, bool?> AsWritten(bool[] capitals, int from) => t => capitals[t - from] ? true : null;

    private static bool IsRoman(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C')) return false;
        return word.Length > 0;
    }

    private static bool IsVietnameseWord(Line line, int i) =>
        line.Tokens[i].IsWord && VietnameseSyllable.TryParse(line.Word(i).ToString(), out var syllable) && syllable.IsValid;

    /// <summary>A position as written: the keys of its words and which of them start with a capital.</summary>
    private sealed record PositionForm(string[] Keys, bool[] Capitals);

    /// <summary>What may start at a word of a given key.</summary>
    private sealed class WordStarts
    {
        /// <summary>Names of the dictionary starting with the word, longest first; null when none.</summary>
        public ProperNames.Candidate[]? Names;
        /// <summary>Document types starting with the word.</summary>
        public readonly List<string[]> Types = [];
        /// <summary>Positions starting with the word.</summary>
        public readonly List<PositionForm> Positions = [];
        /// <summary>The word names a part of a document (<c>mục</c>, <c>điều</c>…).</summary>
        public bool IsPart;
    }

    /// <summary>
    /// One checked line: its words (<see cref="TextWords"/>: text, tokens, the key of each word), which tokens start a
    /// sentence, and the scratch of the last recorded match. One instance per thread, reused line after line.
    /// </summary>
    private sealed class Line
    {
        private TextWords words = TextWords.AsWritten("");
        private bool[] starts = new bool[64];
        private bool[] claimed = new bool[64];
        private int[] keyIndex = new int[16];
        private bool[] abbreviated = new bool[16];

        public string Text => words.Text;
        public List<WordToken> Tokens => words.Tokens;
        public bool[] Starts => starts;

        /// <summary>Whether an issue starts at token <paramref name="t"/>, reported or not (<see cref="Claim"/>): no sentence start is reported there.</summary>
        public bool Claimed(int t) => claimed[t];

        /// <summary>Marks token <paramref name="t"/> as the start of an issue.</summary>
        public void Claim(int t) => claimed[t] = true;

        /// <summary>Whether at most a short label stands before token <paramref name="t"/>: six characters, no space inside (<see cref="CapitalsScope.LineStart"/>).</summary>
        public bool StartsLine(int t)
        {
            var before = Text.AsSpan(0, Tokens[t].Start).Trim();
            if (before.Length > 6) return false;
            foreach (var c in before)
                if (char.IsWhiteSpace(c)) return false;
            return true;
        }
        public int Count => Tokens.Count;

        /// <summary>Reads <paramref name="line"/>'s words: sentence starts; room for matches of up to <paramref name="longestName"/> words.</summary>
        public void Read(TextWords line, int longestName)
        {
            words = line;
            if (starts.Length < Count)
            {
                starts = new bool[Math.Max(Count, starts.Length * 2)];
                claimed = new bool[starts.Length];
            }
            Array.Clear(claimed, 0, Count);
            if (keyIndex.Length < longestName)
            {
                keyIndex = new int[longestName];
                abbreviated = new bool[longestName];
            }
            SentenceStarts();
        }

        public ReadOnlySpan<char> Word(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].Length);

        public LetterCase Case(int t) => VietnameseCase.Classify(Word(t));

        public bool IsCapitalised(int t) => Case(t) is LetterCase.Title or LetterCase.Upper or LetterCase.Mixed;

        /// <summary>The key of token <paramref name="t"/> (lower case, tone on the main vowel; only lower case past <see cref="WordKey.MaxLength"/>).</summary>
        public ReadOnlySpan<char> Key(int t) => words.Key(t);

        /// <summary>The key a name starting at token <paramref name="t"/> is looked up by: the first word an abbreviation stands for, or the token's key.</summary>
        public ReadOnlySpan<char> FirstKey(int t) => Abbreviation(t) is { } expansion ? expansion[0] : Key(t);

        public bool KeyEquals(int t, string key) => Key(t).SequenceEqual(key);

        public string[]? Abbreviation(int t)
        {
            var length = Tokens[t].Length;
            if (length < ShortestAbbreviation || length > LongestAbbreviation || !char.IsUpper(Text[Tokens[t].Start])) return null;
            return AbbreviationLookup.TryGetValue(Word(t), out var expansion) ? expansion : null;
        }

        /// <summary>Records that the <paramref name="position"/>-th token of a match reads word <paramref name="key"/> of the name, as an abbreviation or not.</summary>
        public void Record(int position, int key, bool isAbbreviation)
        {
            keyIndex[position] = key;
            abbreviated[position] = isAbbreviation;
        }

        public int KeyIndex(int position) => keyIndex[position];

        public bool Abbreviated(int position) => abbreviated[position];

        /// <summary>A copy of the recorded key indices of a match of <paramref name="count"/> tokens (for an issue's re-casing).</summary>
        public int[] KeyIndices(int count) => keyIndex[..count];

        /// <summary>A copy of which tokens of a match of <paramref name="count"/> tokens are abbreviations.</summary>
        public bool[] AbbreviatedTokens(int count) => abbreviated[..count];

        public bool WhiteSpaceBetween(int a, int b)
        {
            var gap = Text.AsSpan(Tokens[a].End, Tokens[b].Start - Tokens[a].End);
            if (gap.IsEmpty) return false;
            foreach (var c in gap)
                if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        /// <summary>Words of one name: white space, a comma, a hyphen or a dash between them, nothing else.</summary>
        public bool PhraseGap(int a, int b)
        {
            var gap = Text.AsSpan(Tokens[a].End, Tokens[b].Start - Tokens[a].End);
            if (gap.IsEmpty) return false;
            foreach (var c in gap)
                if (!char.IsWhiteSpace(c) && c is not (',' or '-' or '–' or '—')) return false;
            return true;
        }

        /// <summary>
        /// An issue over tokens [<paramref name="from"/>, <paramref name="to"/>): the written text and the same text with
        /// each token re-cased as <paramref name="capital"/> says (true: initial capital, false: lower case, null: as written).
        /// </summary>
        public CapitalsIssue Issue(int from, int to, Func<int, bool?> capital, CapitalsIssueKind kind, ProperName? name, string source)
        {
            Claim(from);
            var start = Tokens[from].Start;
            var end = Tokens[to - 1].End;
            var expected = Text.ToCharArray(start, end - start);
            for (var t = from; t < to; t++)
            {
                if (capital(t) is not { } upper) continue;
                var word = expected.AsSpan(Tokens[t].Start - start, Tokens[t].Length);
                if (upper && Case(t) == LetterCase.Upper) continue; // an acronym-like capital word already starts with a capital
                for (var c = 0; c < word.Length; c++) word[c] = c == 0 && upper ? char.ToUpperInvariant(word[c]) : char.ToLowerInvariant(word[c]);
            }
            return new CapitalsIssue(start, end - start, Text[start..end], new string(expected), kind, name, source);
        }

        /// <summary>
        /// Which tokens start a sentence (Phụ lục II, Mục I): the first word of the line after a typed label (<c>II.</c>,
        /// <c>a)</c>) or a dash, and a word after <c>. ? !</c> and white space — not after an abbreviation's period
        /// (<c>TM.</c>, <c>v.v.</c>, an initial) nor an ellipsis.
        /// </summary>
        private void SentenceStarts()
        {
            Array.Clear(starts, 0, Count);
            if (Count == 0) return;
            var first = IsLabel(0) && Count > 1 ? 1 : 0;
            starts[first] = OnlyMarksBefore(first);
            for (var t = first + 1; t < Count; t++) starts[t] = EndsSentence(t - 1, t);
        }

        /// <summary>
        /// True when nothing but white space, dashes and bullets, quotes and brackets, and typed number labels
        /// (<c>1.</c>, <c>1.2.</c>, <c>3)</c>) stand before token <paramref name="t"/> — not a figure (<c>100% cán bộ</c>).
        /// </summary>
        private bool OnlyMarksBefore(int t)
        {
            var from = t == 0 ? 0 : Tokens[t - 1].End;
            var before = Text.AsSpan(from, Tokens[t].Start - from);
            for (var i = 0; i < before.Length; i++)
            {
                var c = before[i];
                if (char.IsDigit(c))
                {
                    // a label: groups of one or two digits joined by dots, ending in '.' or ')' and a space (1. 1.2. 3))
                    while (true)
                    {
                        var digits = 0;
                        while (i < before.Length && char.IsDigit(before[i])) { i++; digits++; }
                        if (digits > 2) return false;
                        if (i + 1 < before.Length && before[i] == '.' && char.IsDigit(before[i + 1])) { i++; continue; }
                        break;
                    }
                    if (i >= before.Length || before[i] is not ('.' or ')')) return false;
                    if (i + 1 < before.Length && !char.IsWhiteSpace(before[i + 1])) return false;
                }
                else if (!char.IsWhiteSpace(c) && c is not ('-' or '–' or '—' or '+' or '•' or '*' or '"' or '“' or '”' or '\'' or '(' or ')' or '.')) return false;
            }
            return true;
        }

        private bool IsLabel(int t)
        {
            var end = Tokens[t].End;
            if (end >= Text.Length || Text[end] is not ('.' or ')')) return false;
            var word = Word(t);
            return word.Length == 1 || IsRoman(word);
        }

        private bool EndsSentence(int a, int b)
        {
            var gap = Text.AsSpan(Tokens[a].End, Tokens[b].Start - Tokens[a].End);
            if (gap.Length < 2) return false; // a stop needs white space after it: one character is never both
            if (gap.Contains("..", StringComparison.Ordinal) || gap.Contains('…')) return false;
            var stop = gap.LastIndexOfAny('.', '?', '!');
            if (stop < 0) return false;
            var after = gap[(stop + 1)..];
            var spaced = false;
            foreach (var c in after)
            {
                if (char.IsWhiteSpace(c)) spaced = true;
                else if (c is not ('"' or '“' or '”' or '\'' or '(' or ')' or '[' or ']')) return false;
            }
            if (!spaced) return false;
            if (stop == 0 && gap[0] == '.')
            {
                var previous = Word(a);
                if (previous.Length == 1 || VietnameseCase.Classify(previous) is LetterCase.Upper or LetterCase.Mixed && previous.Length <= 4) return false;
            }
            return true;
        }
    }
}
