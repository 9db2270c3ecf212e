using System.Text;
using ThiDua.Data.Entities;
using ThiDua.Plans.Model;

namespace ThiDua.Data.Units;

/// <summary>
/// A unit profile drafted from a submitted plan whose cơ quan ban hành matches no profile yet: the header and closing
/// say the name, the parent body, the place, the ký hiệu and the signer.
/// </summary>
public static class UnitDraft
{
    /// <summary>
    /// The profile that <paramref name="plan"/> describes: <c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c> + <c>UBND HUYỆN YÊN DŨNG</c> +
    /// <c>KH-UBND</c> → name <c>Ủy ban nhân dân xã Trí Yên</c>, level <c>xã</c>, district <c>Yên Dũng</c>, symbol <c>UBND</c>.
    /// </summary>
    /// <param name="plan">The plan's metadata; <see cref="PlanMetadata.Issuer"/> must not be blank.</param>
    /// <param name="now">Creation time (UTC).</param>
    public static IssuingUnit FromPlan(PlanMetadata plan, DateTimeOffset now)
    {
        var issuer = Clean(plan.Issuer);
        var split = UnitLevels.Split(issuer);
        var name = split is { } s
            ? $"{Vietnamese.SentenceCase(issuer[..^(s.Place.Length)].TrimEnd())} {Vietnamese.TitleCase(s.Place)}"
            : Vietnamese.SentenceCase(issuer);
        var parent = Clean(plan.IssuerParent);
        var district = split is { } own && UnitLevels.DistrictLevel.Contains(own.Level)
            ? Vietnamese.TitleCase(own.Place)
            : UnitLevels.Split(parent) is { } p && UnitLevels.DistrictLevel.Contains(p.Level) ? Vietnamese.TitleCase(p.Place) : "";
        var symbol = Clean(plan.Symbol);
        return new IssuingUnit
        {
            Name = name,
            Key = UnitKey.Of(name),
            ParentBody = parent,
            PlaceName = Clean(plan.Place) is { Length: > 0 } place ? place : split is { } q ? Vietnamese.TitleCase(q.Place) : "",
            Symbol = symbol.IndexOf('-') is var dash and >= 0 ? symbol[(dash + 1)..] : "",
            Level = split?.Level ?? "",
            District = district,
            SignerAuthority = Clean(plan.SignerAuthority),
            SignerTitle = Clean(plan.SignerTitle),
            SignerName = Clean(plan.SignerName),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC).Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
