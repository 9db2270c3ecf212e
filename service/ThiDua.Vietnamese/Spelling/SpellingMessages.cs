using ThiDua.Vietnamese.Syllables;

namespace ThiDua.Vietnamese.Spelling;

/// <summary>The Vietnamese messages of <see cref="SpellingIssue"/>.</summary>
internal static class SpellingMessages
{
    /// <summary>For <see cref="SpellingIssueKind.InvalidSyllable"/>: why the word is not Vietnamese, then the correction if any.</summary>
    public static string InvalidSyllable(string word, SyllableProblem problem, string? suggestion)
    {
        var reason = problem switch
        {
            SyllableProblem.None => $"“{word}” không có trong từ điển âm tiết tiếng Việt",
            SyllableProblem.InvalidRhyme => $"“{word}” có vần không có trong tiếng Việt",
            SyllableProblem.ToneNotAllowed => $"“{word}” sai dấu thanh: âm tiết tận cùng bằng c, ch, p, t chỉ mang dấu sắc hoặc dấu nặng",
            SyllableProblem.MultipleToneMarks => $"“{word}” có nhiều hơn một dấu thanh",
            SyllableProblem.SpellingConvention => $"“{word}” sai quy tắc chính tả (c/k/q, g/gh, ng/ngh, i/y)",
            SyllableProblem.InvalidInitial => $"“{word}” có phụ âm đầu không có trong tiếng Việt",
            SyllableProblem.InvalidFinal => $"“{word}” có phụ âm cuối không có trong tiếng Việt",
            _ => $"“{word}” không phải là âm tiết tiếng Việt",
        };
        return suggestion is null ? reason + "." : $"{reason}. Đề nghị sửa thành “{suggestion}”.";
    }

    /// <summary>For <see cref="SpellingIssueKind.MisplacedTone"/>.</summary>
    public static string MisplacedTone(string word, string suggestion) => $"Đặt dấu thanh sai vị trí: “{word}” → “{suggestion}”.";

    /// <summary>For <see cref="SpellingIssueKind.RunTogether"/>.</summary>
    public static string RunTogether(string word, string suggestion) => $"Thiếu dấu cách giữa hai tiếng: “{word}” → “{suggestion}”.";

    /// <summary>For <see cref="SpellingIssueKind.RepeatedWord"/>.</summary>
    public static string RepeatedWord(string words, string suggestion) => $"Lặp từ: “{words}” → “{suggestion}”.";
}
