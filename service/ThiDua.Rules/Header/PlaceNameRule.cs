using System.Globalization;
using ThiDua.Plans.Model;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Header;

/// <summary>
/// HDR-PLACE — địa danh: the name of the place where the issuing body sits, as the cơ quan ban hành (or cơ quan chủ
/// quản) names it, without the word for the administrative unit (for a commune: <c>Tiên Động</c> for
/// <c>XÃ TIÊN ĐỘNG</c>). Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.4a. Names are compared ignoring case, diacritics and
/// tone placement (<c>HOÀ</c> = <c>Hòa</c>).
/// </summary>
public sealed class PlaceNameRule : IPlanRule
{
    /// <summary>Words naming an administrative unit, folded (<see cref="ElementText.Fold"/>), longest first.</summary>
    private static readonly string[] UnitWords = ["thanh pho", "thi xa", "thi tran", "dac khu", "xa", "phuong", "huyen", "quan", "tinh"];
    private static readonly TextInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").TextInfo;

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
        var place = PlaceAndDateText.Parse(date.Text)?.Place ?? date.Text.Split(',')[0].Trim();
        var names = header.IssuingAuthority.Reverse().Concat(header.ParentAgency.Reverse())
            .Select(s => PlaceIn(s.Text)).OfType<string>().ToList();
        if (names.Count == 0)
        {
            yield return context.NotEvaluated(Id, Severity.Warning, PlanPart.Header, date.Paragraph,
                "tên cơ quan ban hành không nêu đơn vị hành chính (xã, huyện, tỉnh…) để đối chiếu địa danh.");
            yield break;
        }
        var folded = ElementText.Fold(place);
        if (names.Any(n => ElementText.Fold(n) == folded)) yield break;

        var expected = names[0];
        var unit = UnitWords.FirstOrDefault(w => folded.StartsWith(w + " ", StringComparison.Ordinal));
        var message = unit is not null && ElementText.Fold(place[(place.IndexOf(' ') + 1)..]).EndsWith(ElementText.Fold(expected), StringComparison.Ordinal)
            ? $"Địa danh “{place}” ghi cả tên đơn vị hành chính; chỉ ghi tên riêng “{expected}”."
            : $"Địa danh “{place}” không khớp với nơi cơ quan ban hành đóng trụ sở ({expected}).";
        yield return context.At(Id, Severity.Warning, PlanPart.Header, date.Paragraph, message,
            expected, place, new Fix($"Ghi địa danh “{expected}”", date.Paragraph, Replace: [new TextReplacement(place + ",", expected + ",")]), date.Text);
    }

    /// <summary>The place an agency line names after its last administrative-unit word (<c>XÃ TIÊN ĐỘNG</c> → <c>Tiên Động</c>), or null.</summary>
    private static string? PlaceIn(string line)
    {
        var words = ElementText.Spaces(line).Split(' ');
        for (var i = words.Length - 2; i >= 0; i--)
        {
            foreach (var unit in UnitWords)
            {
                var n = unit.Count(c => c == ' ') + 1;
                if (i + n > words.Length - 1) continue;
                if (ElementText.Fold(string.Join(' ', words[i..(i + n)])) != unit) continue;
                var name = string.Join(' ', words[(i + n)..]);
                return name.Length == 0 ? null : Vietnamese.ToTitleCase(name.ToLower(CultureInfo.GetCultureInfo("vi-VN")));
            }
        }
        return null;
    }
}
