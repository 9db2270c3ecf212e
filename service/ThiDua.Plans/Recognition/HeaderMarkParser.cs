using System.Text.RegularExpressions;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Recognition;

/// <summary>
/// Reads a header line as a mark of urgency, secrecy or circulation (Phụ lục I, Mục III.2) by its words, in any case and
/// with or without marks: a short line made only of the words such marks are written with (the decree's
/// <see cref="Nd30Wording.UrgencyMarks"/>, <see cref="Nd30Wording.SecrecyMarks"/>, <see cref="Nd30Wording.CirculationMarks"/>
/// and the words officers put in their place: <c>RẤT KHẨN</c>, <c>KHẨN CẤP</c>, <c>BÍ MẬT</c>, <c>NỘI BỘ</c>), one of them
/// naming urgency, secrecy or circulation. A cơ quan's name (<c>MẶT TRẬN</c>, <c>DÂN TỘC</c>) has other words and is not a mark.
/// </summary>
public static partial class HeaderMarkParser
{
    /// <summary>Words, folded (<see cref="TextKey.Fold"/>), that a mark line is made of.</summary>
    private static readonly HashSet<string> Vocabulary =
    [
        "HOA", "TOC", "THUONG", "KHAN", "RAT", "CAP", "TOI", "TUYET", "MAT", "BI", "DO",
        "XEM", "XONG", "TRA", "LAI", "LUU", "HANH", "NOI", "BO", "SAU", "KHI", "HOP", "HOI", "NGHI",
    ];

    /// <summary>Longest mark line, in characters.</summary>
    private const int MaxLength = 40;

    [GeneratedRegex(@"[A-Z]+")]
    private static partial Regex Word();

    /// <summary>The mark <paramref name="line"/> reads as, or null when it is no mark.</summary>
    public static HeaderMark? Read(TextSegment line)
    {
        if (line.Text.Length > MaxLength) return null;
        var words = Word().Matches(TextKey.Fold(line.Text)).Select(m => m.Value).ToList();
        if (words.Count == 0 || words.Any(w => !Vocabulary.Contains(w))) return null;
        var key = string.Join(' ', words);
        HeaderMarkKind? kind = words.Contains("MAT") ? HeaderMarkKind.Secrecy
            : words.Contains("KHAN") || key.Contains("HOA TOC") ? HeaderMarkKind.Urgency
            : key.Contains("LUU HANH") || key.Contains("TRA LAI") || key == "NOI BO" ? HeaderMarkKind.Circulation
            : null;
        if (kind is not { } k) return null;
        var wordings = k switch
        {
            HeaderMarkKind.Secrecy => Nd30Wording.SecrecyMarks,
            HeaderMarkKind.Urgency => Nd30Wording.UrgencyMarks,
            _ => Nd30Wording.CirculationMarks,
        };
        return new HeaderMark(line, k, wordings.FirstOrDefault(w => TextKey.Fold(w) == key));
    }
}
