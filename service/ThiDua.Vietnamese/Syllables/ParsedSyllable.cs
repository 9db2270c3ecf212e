namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// The parts <see cref="SyllableParser"/> found in a word. The parts after the first problem are left empty.
/// Indices count UTF-16 characters of the NFC word.
/// </summary>
/// <param name="Problem">The first problem found, <see cref="SyllableProblem.None"/> for a valid syllable.</param>
/// <param name="Initial"><i>Âm đầu</i> in lower case (<c>ngh</c>, <c>qu</c>, <c>gi</c>), empty when the word starts with a vowel.</param>
/// <param name="Rhyme">The rhyme, null when none was found. For <c>qu</c> the rhyme is the one the glide <c>u</c> forms (<c>qua</c> → <c>oa</c>); for <c>gi</c> before a consonant it includes the shared <c>i</c> (<c>gìn</c> → <c>in</c>).</param>
/// <param name="RhymeStart">Index of the rhyme's first letter in the word.</param>
/// <param name="Tone">The tone written.</param>
/// <param name="ToneIndex">Index of the letter carrying the tone mark, −1 without a mark.</param>
/// <param name="MarkIndex">Index where the mark belongs, −1 when unknown.</param>
/// <param name="AlternativeMarkIndex">The other accepted place (<c>hóa</c>/<c>hoá</c>), −1 when there is none.</param>
internal readonly record struct ParsedSyllable(
    SyllableProblem Problem,
    string Initial,
    Rhyme? Rhyme,
    int RhymeStart,
    Tone Tone,
    int ToneIndex,
    int MarkIndex,
    int AlternativeMarkIndex)
{
    /// <summary>True when the word is a syllable whose letters are all right, the mark's place aside.</summary>
    public bool HasValidLetters => Problem is SyllableProblem.None or SyllableProblem.MisplacedToneMark;
}
