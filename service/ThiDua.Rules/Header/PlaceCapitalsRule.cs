using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-PLACE-CAPS — every syllable of the địa danh starts with a capital (<c>Tiên Động</c>, <c>Đắk Hà</c>,
/// <c>Bà Rịa-Vũng Tàu</c>), and a comma follows it (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4c; Phụ lục II, Mục III.1).
/// A place named with its unit (<c>Thành phố Hồ Chí Minh</c>, <c>Phường 5</c>) capitalises the unit's first syllable only.
/// Whether the place is the right one is HDR-PLACE's. The fix capitalises and puts the comma after the place.
/// </summary>
public sealed class PlaceCapitalsRule : IPlanRule
{
    /// <inheritdoc />
    public string Id => "HDR-PLACE-CAPS";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        if (context.Plan.Header.PlaceAndDate is not { Place.Length: > 0 } date) yield break;
        var place = date.Place;
        var expected = Capitalised(place);
        var problems = new List<string>();
        if (expected != place) problems.Add($"“{place}” chưa viết hoa chữ cái đầu mỗi âm tiết");
        if (!date.Comma) problems.Add("thiếu dấu phẩy sau địa danh");
        if (problems.Count == 0) yield break;
        Fix? fix = null;
        if (date is { PlaceSpan: { } at, DateSpan: { } dateAt } && dateAt.Start > at.Start)
        {
            var text = context.Document.Paragraphs[date.Paragraph].Text;
            var find = text[at.Start..dateAt.Start];
            fix = new Fix($"Viết “{expected},”", date.Paragraph, Replace: [new TextReplacement(find, expected + ", ")]);
        }
        yield return context.At(Id, Severity.Warning, PlanPart.Header, date.Paragraph,
            "Địa danh chưa đúng: " + string.Join("; ", problems) + ".", expected + ", ngày … tháng … năm …", place, fix, date.Text);
    }

    /// <summary>
    /// <paramref name="place"/> with the first letter of each syllable (split at spaces and hyphens) in capitals; after a unit
    /// word that opens the name (<c>thành phố</c>, <c>phường</c>), only its first syllable.
    /// </summary>
    public static string Capitalised(string place)
    {
        var words = place.Split(' ');
        var unitWords = AdministrativeLevels.Find(words) is { Index: 0 } level ? level.Length : 0;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0 && w < unitWords) continue;
            var syllables = words[w].Split('-');
            for (var s = 0; s < syllables.Length; s++)
            {
                var i = syllables[s].ToList().FindIndex(char.IsLetter);
                if (i >= 0 && char.IsLower(syllables[s][i]))
                    syllables[s] = syllables[s][..i] + char.ToUpperInvariant(syllables[s][i]) + syllables[s][(i + 1)..];
            }
            words[w] = string.Join('-', syllables);
        }
        return string.Join(' ', words);
    }
}
