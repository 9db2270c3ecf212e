using System.Globalization;
using ThiDua.Plans.Authoring.Wording;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Plans.Authoring;

/// <summary>
/// The data of an authored plan: its metadata and its chỉ tiêu, as the plan shows them and as the custom XML part mirrors
/// them (<c>shared/spec/plan-schema.md</c> § Custom XML part).
/// </summary>
/// <param name="Metadata">Issuer, số, ký hiệu, place, date, year, trích yếu and signer.</param>
/// <param name="Targets">One record per chỉ tiêu row, in table order; <see cref="TargetSource.Row"/> is the 1-based row.</param>
public sealed record PlanData(PlanMetadata Metadata, IReadOnlyList<Target> Targets)
{
    /// <summary>Prefix of the ký hiệu of a kế hoạch (Phụ lục III).</summary>
    public const string DocumentTypeSymbol = "KH";

    /// <summary>The data of a plan authored from <paramref name="plan"/>, the chỉ tiêu taken from <paramref name="targets"/>.</summary>
    public static PlanData From(PlanParameters plan, IReadOnlyList<TargetSpec> targets)
    {
        var unit = plan.Unit;
        var metadata = new PlanMetadata(
            AdministrativeName.Capitals(unit.Name),
            AdministrativeName.Capitals(unit.ParentBody),
            DocumentNumber(plan.Number),
            $"{DocumentTypeSymbol}-{unit.Symbol.Trim()}",
            unit.PlaceName.Trim(),
            plan.Date,
            plan.Year,
            plan.Subject.Trim(),
            string.Join(" ", AuthorityLines(unit)),
            AdministrativeName.Capitals(unit.SignerTitle),
            unit.SignerName.Trim());
        var records = targets.Select((t, i) => new Target(
            t.Code.Trim(), t.Label.Trim().TrimEnd('.', ';'), t.Sector.Trim(), t.Comparator.Trim(), t.Value,
            t.Value is { } v ? TargetSentence.VietnameseNumber(v) : "", t.Unit.Trim(), t.Value is null,
            new TargetSource(TargetSentence.Compose(t), -1, $"bảng chỉ tiêu, hàng {i + 1}", i + 1))).ToList();
        return new PlanData(metadata, records);
    }

    /// <summary>The quyền hạn lines of the signature (<c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c>), in capitals.</summary>
    public static IReadOnlyList<string> AuthorityLines(UnitProfile unit) =>
        unit.SignerAuthority.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(AdministrativeName.Capitals).ToList();

    /// <summary>A số as Nghị định 30 writes it: numbers below 10 with a leading 0 (Phụ lục I, Mục II.3b); empty stays empty.</summary>
    public static string DocumentNumber(string number)
    {
        var n = number.Trim();
        return n.Length == 1 && char.IsAsciiDigit(n[0]) ? "0" + n : n;
    }

    /// <summary><c>ngày 01 tháng 02 năm 2024</c>, <c>ngày 15 tháng 3 năm 2024</c> (day below 10 and months 1–2 with a leading 0; Mục II.4b).</summary>
    public static string DateText(DateOnly date) => string.Create(CultureInfo.InvariantCulture,
        $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>A date left blank for văn thư: <c>ngày      tháng      năm 2024</c>.</summary>
    public static string BlankDateText(int year) => string.Create(CultureInfo.InvariantCulture, $"ngày      tháng      năm {year}");
}
