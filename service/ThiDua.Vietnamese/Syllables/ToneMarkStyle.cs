namespace ThiDua.Vietnamese.Syllables;

/// <summary>
/// Where the tone mark goes in an open syllable with a glide (<c>oa oe uy</c>); both styles are correct and in use,
/// every other syllable has a single place for the mark.
/// </summary>
public enum ToneMarkStyle
{
    /// <summary>On the main vowel: <c>hoá</c>, <c>khoẻ</c>, <c>thuỷ</c> (the rule of Quyết định 240/QĐ, 1984).</summary>
    MainVowel,

    /// <summary>On the glide, the traditional placement: <c>hóa</c>, <c>khỏe</c>, <c>thủy</c>.</summary>
    Glide,
}
