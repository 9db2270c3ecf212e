using ThiDua.Plans.Authoring.Wording;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring;

/// <summary>
/// The data of an authored plan: its metadata and its chỉ tiêu, as the plan shows them and as the custom XML part mirrors
/// them (<c>shared/spec/plan-schema.md</c> § Custom XML part).
/// </summary>
/// <param name="Metadata">Issuer, số, ký hiệu, place, date, year, trích yếu and signer.</param>
/// <param name="Targets">One record per chỉ tiêu row, in table order; <see cref="TargetSource.Row"/> is the 1-based row.</param>
public sealed record PlanData(PlanMetadata Metadata, IReadOnlyList<Target> Targets)
{
    /// <summary>The data of a plan authored from <paramref name="plan"/>, the chỉ tiêu taken from <paramref name="targets"/>.</summary>
    public static PlanData From(PlanParameters plan, IReadOnlyList<TargetSpec> targets)
    {
        var unit = plan.Unit;
        var metadata = new PlanMetadata(
            TextKey.Upper(unit.Name),
            TextKey.Upper(unit.ParentBody),
            Nd30Wording.Number(plan.Number),
            $"{Nd30Wording.PlanTypeSymbol}-{unit.Symbol.Trim()}",
            unit.PlaceName.Trim(),
            plan.Date,
            plan.Year,
            plan.Subject.Trim(),
            string.Join(" ", AuthorityLines(unit)),
            TextKey.Upper(unit.SignerTitle),
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
            .Select(TextKey.Upper).ToList();
}
