using System.Diagnostics.CodeAnalysis;
using ThiDua.Vietnamese.Unicode;

namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// <i>Âm tiết</i> — one written Vietnamese syllable split into its parts: initial (<i>âm đầu</i>), medial glide
/// (<i>âm đệm</i>), nucleus (<i>âm chính</i>), final (<i>âm cuối</i>) and tone (<i>thanh</i>), checked against the
/// syllable grammar (<see cref="Problem"/>). Parts are lower-case base letters without tone; indices count UTF-16
/// characters of <see cref="Text"/>.
/// </summary>
/// <remarks>
/// Validity here is the grammar's: <c>vủa</c> is well formed but no Vietnamese word; <see cref="Lexicon.SyllableDictionary"/>
/// adds the "is it a real syllable" test.
/// </remarks>
public sealed class VietnameseSyllable
{
    private readonly string _key;

    private VietnameseSyllable(string text, ParsedSyllable parsed, ReadOnlySpan<char> bases)
    {
        Text = text;
        Problem = parsed.Problem;
        Initial = parsed.Initial;
        Tone = parsed.Tone;
        ToneMarkIndex = parsed.ToneIndex;
        ExpectedToneMarkIndex = parsed.Tone == Tone.Level ? -1 : parsed.MarkIndex;
        AlternativeToneMarkIndex = parsed.Tone == Tone.Level ? -1 : parsed.AlternativeMarkIndex;
        _key = "";
        if (parsed.Rhyme is not { } rhyme) return;

        var rest = bases[parsed.Initial.Length..];
        Medial = parsed.Initial == "qu" ? "u" : rhyme.Medial;
        Final = rhyme.Final;
        // The nucleus as written: what is left between the glide and the final (gi's shared i included).
        Nucleus = parsed.Initial == "gi" && parsed.RhymeStart == 1
            ? "i" + rest[..^Final.Length].ToString()
            : rest[(parsed.Initial == "qu" ? 0 : Medial.Length)..^Final.Length].ToString();
        if (parsed.HasValidLetters)
        {
            Span<char> key = stackalloc char[bases.Length];
            _key = new string(key[..SyllableParser.WriteKey(bases, parsed, key)]);
        }
    }

    /// <summary>The syllable as given, with combining marks (NFD) composed to NFC.</summary>
    public string Text { get; }

    /// <summary>What is wrong by the grammar; <see cref="SyllableProblem.None"/> for a valid syllable.</summary>
    public SyllableProblem Problem { get; }

    /// <summary>True when the grammar accepts the syllable.</summary>
    public bool IsValid => Problem == SyllableProblem.None;

    /// <summary><i>Âm đầu</i>: <c>b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x</c>, or empty.</summary>
    public string Initial { get; }

    /// <summary><i>Âm đệm</i>: <c>o</c> or <c>u</c> as written (<c>hoa</c>, <c>thuế</c>, <c>qua</c>), or empty.</summary>
    public string Medial { get; } = "";

    /// <summary><i>Âm chính</i>: a vowel or a diphthong as written (<c>iê</c>, <c>yê</c>, <c>ia</c>, <c>uô</c>, <c>ươ</c>…); empty when the rhyme is not Vietnamese.</summary>
    public string Nucleus { get; } = "";

    /// <summary><i>Âm cuối</i>: <c>c ch m n ng nh p t</c>, a semivowel <c>i y o u</c>, or empty.</summary>
    public string Final { get; } = "";

    /// <summary>The tone written.</summary>
    public Tone Tone { get; }

    /// <summary>Index in <see cref="Text"/> of the letter carrying the tone mark; −1 for <see cref="Tone.Level"/>.</summary>
    public int ToneMarkIndex { get; }

    /// <summary>Where the mark belongs (the main vowel); −1 without a mark or when the rhyme is not Vietnamese.</summary>
    public int ExpectedToneMarkIndex { get; }

    /// <summary>The glide, for an open <c>oa oe uy</c> (<c>hóa</c>, <c>thủy</c>); −1 when there is no second place.</summary>
    public int AlternativeToneMarkIndex { get; }

    /// <summary>
    /// The lower-case form dictionaries are keyed by: mark on the main vowel, open <c>y</c> after <c>h k l m s t</c>
    /// as <c>i</c>, <c>qui</c> as <c>quy</c>. Empty when the letters are not a syllable (every problem but
    /// <see cref="SyllableProblem.MisplacedToneMark"/>).
    /// </summary>
    public string Key => _key;

    /// <summary>Parses <paramref name="text"/> (one word, NFC or NFD, any case). Never throws; see <see cref="Problem"/>.</summary>
    public static VietnameseSyllable Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = text.AsSpan().ContainsAnyInRange('\u0300', '\u036F') ? UnicodeForms.ToNfc(text) : text;
        var bases = nfc.Length <= SyllableParser.MaxLength ? new char[nfc.Length] : [];
        var parsed = SyllableParser.Parse(nfc, bases);
        return new VietnameseSyllable(nfc, parsed, bases);
    }

    /// <summary>Parses <paramref name="text"/>; true when the grammar accepts it.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out VietnameseSyllable? syllable)
    {
        var parsed = Parse(text);
        syllable = parsed.IsValid ? parsed : null;
        return syllable is not null;
    }

    /// <summary>
    /// The syllable with its tone mark where <paramref name="style"/> puts it, case kept
    /// (<c>qủa</c> → <c>quả</c>, <c>Hoá</c> → <c>Hóa</c> with <see cref="ToneMarkStyle.Glide"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The letters are not a syllable (<see cref="Key"/> is empty).</exception>
    public string Respell(ToneMarkStyle style)
    {
        if (_key.Length == 0) throw new InvalidOperationException($"'{Text}' is not a Vietnamese syllable.");
        if (Tone == Tone.Level) return Text;
        var target = style == ToneMarkStyle.Glide && AlternativeToneMarkIndex >= 0 ? AlternativeToneMarkIndex : ExpectedToneMarkIndex;
        return MoveToneMark(Text, ToneMarkIndex, target, Tone);
    }

    /// <summary>Moves the mark of <paramref name="tone"/> from <paramref name="from"/> to <paramref name="to"/>, keeping each letter's case.</summary>
    internal static string MoveToneMark(string text, int from, int to, Tone tone)
    {
        if (from == to) return text;
        var chars = text.ToCharArray();
        chars[from] = WithTone(chars[from], Tone.Level);
        chars[to] = WithTone(chars[to], tone);
        return new string(chars);
    }

    private static char WithTone(char letter, Tone tone)
    {
        var lower = VietnameseLetters.ToLower(letter);
        var composed = VietnameseLetters.Compose(VietnameseLetters.BaseLetter(lower), tone);
        return char.IsUpper(letter) ? char.ToUpperInvariant(composed) : composed;
    }
}
