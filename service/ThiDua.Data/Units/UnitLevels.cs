using ThiDua.Plans.Standard;

namespace ThiDua.Data.Units;

/// <summary>
/// Administrative levels of an issuing unit (Luật Tổ chức chính quyền địa phương 2015, Điều 2): the words that precede a
/// place name in a cơ quan ban hành (<c>ỦY BAN NHÂN DÂN <b>XÃ</b> TRÍ YÊN</c>).
/// </summary>
public static class UnitLevels
{
    /// <summary>Every accepted level (<see cref="AdministrativeLevels.All"/>), lower case, NFC; two-word levels first so <c>thị xã</c> wins over <c>xã</c>.</summary>
    public static IReadOnlyList<string> All => AdministrativeLevels.All;

    /// <summary>Levels whose unit is itself a district (huyện level), so its <see cref="Entities.IssuingUnit.District"/> is its own place.</summary>
    public static readonly IReadOnlySet<string> DistrictLevel = new HashSet<string>(["huyện", "quận", "thị xã", "thành phố"]);

    /// <summary>True when <paramref name="level"/> is empty or one of <see cref="All"/>.</summary>
    public static bool IsValid(string level) => level.Length == 0 || All.Contains(level);

    /// <summary>
    /// Splits a unit name at its level word: <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c> → (<c>xã</c>, <c>TRÍ YÊN</c>), reading the
    /// words as printed. Null when no level word is found.
    /// </summary>
    public static (string Level, string Place)? Split(string name)
    {
        var words = name.Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var keys = words.Select(TextKey.Fold).ToArray();
        for (var i = 0; i < words.Length - 1; i++)
        {
            foreach (var level in All)
            {
                var levelKeys = TextKey.Fold(level).Split(' ');
                if (i + levelKeys.Length >= words.Length || !levelKeys.SequenceEqual(keys.Skip(i).Take(levelKeys.Length))) continue;
                var printed = string.Join(' ', words.Skip(i).Take(levelKeys.Length)).ToLower(Vietnamese.Culture);
                if (printed != level) continue; // same letters, other word (e.g. "xa" without marks)
                return (level, string.Join(' ', words.Skip(i + levelKeys.Length)));
            }
        }
        return null;
    }
}
