using System.Text;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>
/// Names a recognised mục by meaning for its <c>thidua:section:&lt;id&gt;</c> tag: the catalogue's ids for the standard
/// parts (<c>MỤC ĐÍCH, YÊU CẦU</c> → <c>muc-dich-yeu-cau</c>; the first content part — <c>NỘI DUNG…</c>, <c>NHIỆM VỤ…</c>,
/// <c>…GIẢI PHÁP…</c> — → <c>noi-dung</c>; <c>TỔ CHỨC THỰC HIỆN</c> → <c>to-chuc-thuc-hien</c>…), otherwise the title
/// folded to ASCII words joined by hyphens (<c>CÁC GIẢI PHÁP THỰC HIỆN</c> → <c>cac-giai-phap-thuc-hien</c>).
/// </summary>
internal sealed class SectionIds
{
    private static readonly (string Key, string Id)[] Standard =
    [
        ("MUC DICH", "muc-dich-yeu-cau"),
        ("TO CHUC THUC HIEN", "to-chuc-thuc-hien"),
        ("CAN CU", "can-cu"),
        ("NOI DUNG", "noi-dung"),
        ("NHIEM VU", "noi-dung"),
        ("CHI TIEU", "chi-tieu"),
        ("TIEN DO", "tien-do"),
        ("KHEN THUONG", "khen-thuong"),
        ("GIAI PHAP", "noi-dung"),
    ];

    private readonly HashSet<string> used = [];

    /// <summary>The id for a mục titled <paramref name="title"/>, distinct from the ids given before.</summary>
    public string For(string title)
    {
        var key = TextKey.Fold(title);
        var id = Standard.Where(s => key.Contains(s.Key, StringComparison.Ordinal)).Select(s => s.Id).FirstOrDefault(i => !used.Contains(i))
                 ?? Slug(key);
        var unique = id;
        for (var n = 2; used.Contains(unique); n++) unique = $"{id}-{n}";
        used.Add(unique);
        return unique;
    }

    private static string Slug(string folded)
    {
        var sb = new StringBuilder();
        foreach (var c in folded.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "muc" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }
}
