using System.Text.RegularExpressions;

namespace ThiDua.Plans.Authoring.Wording;

/// <summary>
/// The default wording of the section catalogue is written with tokens in braces, filled per plan:
/// <c>{year}</c>, <c>{nextYear}</c>, <c>{level}</c> (cấp hành chính: <c>xã</c>, <c>huyện</c>…), <c>{unitName}</c>,
/// <c>{place}</c>, <c>{subject}</c> and <c>{subjectLower}</c> (the trích yếu with a lower-case first letter, to run on in a sentence).
/// </summary>
internal static partial class TextTemplate
{
    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Token();

    /// <summary>Fills <paramref name="template"/> with the plan's values.</summary>
    /// <exception cref="InvalidOperationException">The template uses a token not listed above (a catalogue bug).</exception>
    public static string Fill(string template, PlanParameters plan) => Token().Replace(template, m => m.Groups[1].Value switch
    {
        "year" => plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "nextYear" => (plan.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "level" => AdministrativeName.LevelWord(plan.Unit.Name),
        "unitName" => plan.Unit.Name.Trim(),
        "place" => plan.Unit.PlaceName.Trim(),
        "subject" => plan.Subject.Trim(),
        "subjectLower" => LowerFirst(plan.Subject.Trim()),
        var other => throw new InvalidOperationException($"Unknown template token {{{other}}}."),
    });

    /// <summary>Lower-cases the first letter unless the first word is an abbreviation in capitals (<c>UBND</c>).</summary>
    private static string LowerFirst(string text)
    {
        if (text.Length == 0) return text;
        var firstWord = text.Split(' ')[0];
        if (firstWord.Length > 1 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c))) return text;
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
