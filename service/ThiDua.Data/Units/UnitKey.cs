using ThiDua.Plans.Standard;

namespace ThiDua.Data.Units;

/// <summary>
/// The matching key of a unit name: <see cref="TextKey.Fold"/> (upper-case ASCII, no tone or vowel marks, white space
/// collapsed) with the usual abbreviations spelled out, so <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c>, <c>Uỷ ban nhân dân xã Trí Yên</c>
/// and <c>UBND xã Trí Yên</c> all give <c>UY BAN NHAN DAN XA TRI YEN</c>.
/// </summary>
public static class UnitKey
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["UBND"] = "UY BAN NHAN DAN",
        ["HDND"] = "HOI DONG NHAN DAN",
        ["TT"] = "THI TRAN",
        ["TP"] = "THANH PHO",
    };

    /// <summary>The key of <paramref name="name"/>; empty for a blank name.</summary>
    public static string Of(string name) =>
        string.Join(' ', TextKey.Fold(name.Replace('.', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Abbreviations.GetValueOrDefault(word, word)));
}
