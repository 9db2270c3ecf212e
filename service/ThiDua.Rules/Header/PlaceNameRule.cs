using System.Globalization;
using ThiDua.Plans.Standard;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-PLACE — địa danh: the name of the place where the issuing body sits, as the cơ quan ban hành (or cơ quan chủ
/// quản) names it, without the word for the administrative unit (for a commune: <c>Tiên Động</c> for
/// <c>XÃ TIÊN ĐỘNG</c>). Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4a. Names are compared by <see cref="TextKey.Fold"/>,
/// ignoring case, diacritics and tone placement (<c>HOÀ</c> = <c>Hòa</c>).
/// </summary>
public sealed class PlaceNameRule : IPlanRule
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <inheritdoc />
    public string Id => "HDR-PLACE";

    /// <inheritdoc />
    public IEnumerable<Finding> Check(RuleContext context)
    {
        var header = context.Plan.Header;
        if (header.PlaceAndDate is not { } date)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Header, -1, "văn bản không có địa danh, ngày tháng.");
            yield break;
        }
        if (date.Place.Length == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Header, date.Paragraph, "không ghi địa danh trước ngày tháng.");
            yield break;
        }
        var place = date.Place;
        var names = new[] { header.IssuingAuthorityText, header.ParentAgencyText }.Select(PlaceIn).OfType<string>().ToList();
        var folded = TextKey.Fold(place);
        // A body named without a cấp hành chính (TRƯỜNG THCS XUÂN HIỆP) still names its place at the end of its name.
        if (names.Count == 0 && TextKey.Fold(header.IssuingAuthorityText).EndsWith(" " + folded, StringComparison.Ordinal)) yield break;
        if (names.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Header, date.Paragraph,
                "tên cơ quan ban hành không nêu đơn vị hành chính (xã, huyện, tỉnh…) để đối chiếu địa danh.");
            yield break;
        }
        if (names.Any(n => TextKey.Fold(n) == folded)) yield break;

        var expected = names[0];
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var message = AdministrativeLevels.Find(words) is { Index: 0 } level
                      && TextKey.Fold(string.Join(' ', words.Skip(level.Length))) == TextKey.Fold(expected)
            ? $"Địa danh “{place}” ghi cả tên đơn vị hành chính; chỉ ghi tên riêng “{expected}”."
            : $"Địa danh “{place}” không khớp với nơi cơ quan ban hành đóng trụ sở ({expected}).";
        var fix = date.Segment.IsBroken ? null : new Fix($"Ghi địa danh “{expected}”", date.Paragraph, Replace: [new TextReplacement(place, expected)]);
        yield return context.At(Id, Severity.Warning, PlanPart.Header, date.Paragraph, message, expected, place, fix, date.Text);
    }

    /// <summary>The place a body's name names after its last administrative-unit word (<c>ỦY BAN NHÂN DÂN XÃ TIÊN ĐỘNG</c> → <c>Tiên Động</c>), or null.</summary>
    private static string? PlaceIn(string name)
    {
        var words = TextKey.Spaces(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (AdministrativeLevels.FindLast(words) is not { } level) return null;
        var place = string.Join(' ', words.Skip(level.Index + level.Length));
        return place.Length == 0 ? null : Vietnamese.TextInfo.ToTitleCase(place.ToLower(Vietnamese));
    }
}
