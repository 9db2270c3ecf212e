using System.Globalization;
using System.Text;

namespace ThiDua.Data.Units;

/// <summary>Casing of Vietnamese names as printed in headers (all capitals) into running-text form.</summary>
internal static class Vietnamese
{
    /// <summary>The vi-VN culture (case mapping of Ư, Ơ, Đ…).</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Each word with a capital first letter: <c>TRÍ YÊN</c> → <c>Trí Yên</c>, <c>ĐẮK HÀ</c> → <c>Đắk Hà</c>.</summary>
    public static string TitleCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        var start = true;
        foreach (var ch in text.Normalize(NormalizationForm.FormC).ToLower(Culture))
        {
            sb.Append(start ? char.ToUpper(ch, Culture) : ch);
            start = char.IsWhiteSpace(ch) || ch == '-';
        }
        return sb.ToString();
    }

    /// <summary>Only the first letter capital: <c>ỦY BAN NHÂN DÂN</c> → <c>Ủy ban nhân dân</c>.</summary>
    public static string SentenceCase(string text)
    {
        var lower = text.Normalize(NormalizationForm.FormC).ToLower(Culture);
        return lower.Length == 0 ? lower : char.ToUpper(lower[0], Culture) + lower[1..];
    }
}
