namespace ThiDua.Plans.Standard;

/// <summary>
/// The cấp hành chính words (Luật Tổ chức chính quyền địa phương 2015, Điều 2, and the đặc khu of 2025) that stand before a
/// place name in the name of a body (<c>ỦY BAN NHÂN DÂN <b>XÃ</b> TRÍ YÊN</c>) and that the địa danh leaves out
/// (Phụ lục I, Mục II.4a: <c>Trí Yên, ngày …</c>).
/// </summary>
public static class AdministrativeLevels
{
    /// <summary>Every level, lower case, NFC; two-word levels first, so that <c>thị xã</c> wins over <c>xã</c> at one place.</summary>
    public static readonly IReadOnlyList<string> All = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"];

    /// <summary>
    /// The first level word in <paramref name="words"/> (compared by <see cref="TextKey.Fold"/>, so in any case and with or
    /// without marks), as (index of its first word, number of words, the level); null when none. A level word at the end
    /// (with no place name after it) does not count.
    /// </summary>
    public static (int Index, int Length, string Level)? Find(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count - 1; i++)
            foreach (var level in All)
            {
                var n = level.Count(c => c == ' ') + 1;
                if (i + n >= words.Count) continue;
                if (TextKey.Fold(string.Join(' ', words.Skip(i).Take(n))) == TextKey.Fold(level)) return (i, n, level);
            }
        return null;
    }

    /// <summary>
    /// The last level word in <paramref name="words"/>, as <see cref="Find"/> reads it: where the place of a body's name
    /// starts (<c>ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN</c> → <c>thị xã</c>, <c>BỈM SƠN</c>); null when none.
    /// </summary>
    public static (int Index, int Length, string Level)? FindLast(IReadOnlyList<string> words)
    {
        for (var end = words.Count - 2; end >= 0; end--)
            foreach (var level in All)
            {
                var n = level.Count(c => c == ' ') + 1;
                var start = end - n + 1;
                if (start < 0) continue;
                if (TextKey.Fold(string.Join(' ', words.Skip(start).Take(n))) == TextKey.Fold(level)) return (start, n, level);
            }
        return null;
    }
}
