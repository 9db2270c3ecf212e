using ThiDua.Data.Units;
using ThiDua.Plans.Authoring;

namespace ThiDua.Service.Features.Authoring;

/// <summary>
/// The authoring side's view of the unit profiles stored in the central database (<c>/api/units</c>): a stored
/// <em>đơn vị ban hành</em> becomes the <see cref="ThiDua.Plans.Authoring.UnitProfile"/> a new plan or a section is
/// rendered for.
/// </summary>
public sealed class StoredUnitProfiles(UnitProfiles profiles) : IUnitProfileDirectory
{
    /// <summary>
    /// The drafting unit (<em>đơn vị soạn thảo</em>) written after <c>VT</c> in the Lưu line when the stored profile has
    /// none (<see cref="ThiDua.Data.Entities.IssuingUnit.DraftingUnit"/> null): <c>VP</c>, the Văn phòng that drafts a
    /// commune's or district's thi đua plan (Nghị định 30/2020/NĐ-CP Phụ lục I Mục II.9b).
    /// </summary>
    public const string DefaultDraftingUnit = "VP";

    /// <inheritdoc />
    public async Task<ThiDua.Plans.Authoring.UnitProfile?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var view = await profiles.GetAsync(id, cancellationToken);
        return view is null ? null : new ThiDua.Plans.Authoring.UnitProfile(
            view.Name, view.ParentBody, view.PlaceName, view.Symbol, view.SignerAuthority, view.SignerTitle, view.SignerName,
            view.Recipients, view.DraftingUnit ?? DefaultDraftingUnit);
    }
}
