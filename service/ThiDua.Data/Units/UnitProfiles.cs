using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;
using ThiDua.Data.Submissions;

namespace ThiDua.Data.Units;

/// <summary>Create, read, update and delete unit profiles (issue 4, item 2). Names are unique by <see cref="UnitKey"/>.</summary>
public sealed partial class UnitProfiles(ThiDuaDbContext db, TimeProvider clock)
{
    private const int MaxText = 500;
    private const int MaxRecipients = 50;

    /// <summary>Longest đơn vị soạn thảo, in characters: an abbreviation, possibly with the number of copies (<c>HC (2)</c>).</summary>
    public const int MaxDraftingUnit = 50;

    /// <summary>Every profile, by district then name.</summary>
    public async Task<List<UnitProfileView>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Units.AsNoTracking().OrderBy(u => u.District).ThenBy(u => u.Name).ThenBy(u => u.Id).ToListAsync(cancellationToken))
            .Select(UnitProfileView.Of).ToList();

    /// <summary>The profile <paramref name="id"/>, or null.</summary>
    public async Task<UnitProfileView?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } unit ? UnitProfileView.Of(unit) : null;

    /// <summary>Stores a new profile.</summary>
    /// <exception cref="UnitProfileException">Invalid fields, or a profile with the same name exists.</exception>
    public async Task<UnitProfileView> CreateAsync(UnitProfile profile, CancellationToken cancellationToken = default)
    {
        var unit = new IssuingUnit { CreatedAt = clock.GetUtcNow() };
        Apply(profile, unit);
        db.Units.Add(unit);
        await SaveAsync(unit, cancellationToken);
        return UnitProfileView.Of(unit);
    }

    /// <summary>Replaces the fields of profile <paramref name="id"/>; null when it does not exist.</summary>
    /// <exception cref="UnitProfileException">Invalid fields, or another profile has the new name.</exception>
    public async Task<UnitProfileView?> UpdateAsync(int id, UnitProfile profile, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null) return null;
        Apply(profile, unit);
        await SaveAsync(unit, cancellationToken);
        return UnitProfileView.Of(unit);
    }

    /// <summary>Deletes profile <paramref name="id"/>; false when it does not exist.</summary>
    /// <exception cref="UnitProfileException">The unit has plans (they would lose their issuer).</exception>
    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null) return false;
        if (await db.Plans.AnyAsync(p => p.UnitId == id, cancellationToken))
            throw new UnitProfileException(UnitProfileError.HasPlans, $"Đơn vị \"{unit.Name}\" đã có kế hoạch được gửi nên không xóa được.");
        db.Units.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void Apply(UnitProfile profile, IssuingUnit unit)
    {
        if (profile is null) throw new UnitProfileException(UnitProfileError.Invalid, "Thiếu thông tin đơn vị.");
        var name = Text(profile.Name, "tên đơn vị");
        if (name.Length == 0) throw new UnitProfileException(UnitProfileError.Invalid, "Thiếu tên đơn vị ban hành (name).");
        var level = Text(profile.Level, "cấp hành chính").ToLower(Vietnamese.Culture);
        if (!UnitLevels.IsValid(level))
            throw new UnitProfileException(UnitProfileError.Invalid, $"Cấp hành chính \"{level}\" không hợp lệ: dùng {string.Join(", ", UnitLevels.All)}.");
        var lines = (profile.Recipients ?? []).Select(r => Text(r, "nơi nhận")).Where(r => r.Length > 0).ToList();
        var recipients = lines.Where(l => !LuuLine().IsMatch(l)).ToList();
        if (recipients.Count > MaxRecipients)
            throw new UnitProfileException(UnitProfileError.Invalid, $"Quá {MaxRecipients} dòng nơi nhận.");
        unit.Name = name;
        unit.Key = UnitKey.Of(name);
        unit.ParentBody = Text(profile.ParentBody, "cơ quan chủ quản");
        unit.PlaceName = Text(profile.PlaceName, "địa danh");
        unit.Symbol = Text(profile.Symbol, "ký hiệu");
        unit.Level = level;
        unit.District = Text(profile.District, "huyện");
        unit.Province = Text(profile.Province, "tỉnh");
        unit.SignerAuthority = Text(profile.SignerAuthority, "quyền hạn ký");
        unit.SignerTitle = Text(profile.SignerTitle, "chức vụ người ký");
        unit.SignerName = Text(profile.SignerName, "họ tên người ký");
        unit.Recipients = recipients;
        unit.DraftingUnit = DraftingUnit(profile.DraftingUnit)
            ?? lines.Where(l => LuuLine().IsMatch(l)).Select(DraftingUnit).FirstOrDefault(d => d is not null);
        unit.UpdatedAt = clock.GetUtcNow();
    }

    private async Task SaveAsync(IssuingUnit unit, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e))
        {
            db.ChangeTracker.Clear();
            throw new UnitProfileException(UnitProfileError.DuplicateName, $"Đã có đơn vị ban hành tên \"{unit.Name}\".");
        }
    }

    /// <summary>
    /// The drafting unit as stored: trimmed, NFC, without what the Lưu line already writes — a pasted <c>- Lưu: VT, VP-TK.</c>
    /// gives <c>VP-TK</c>; null when nothing is left (<c>Lưu: VT</c>).
    /// </summary>
    /// <exception cref="UnitProfileException">Longer than <see cref="MaxDraftingUnit"/> characters.</exception>
    private static string? DraftingUnit(string? text)
    {
        var clean = LuuPrefix().Replace(Text(text, "đơn vị soạn thảo").TrimEnd('.', ';', ',', ' '), "");
        if (clean.Length > MaxDraftingUnit)
            throw new UnitProfileException(UnitProfileError.Invalid,
                $"Đơn vị soạn thảo (viết tắt sau “Lưu: VT,”) dài quá {MaxDraftingUnit} ký tự: chỉ ghi chữ viết tắt, ví dụ VP hoặc VP-TK.");
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>A Nơi nhận line that is the Lưu line (<c>Lưu: VT, VP-TK</c>, <c>- Lưu: VT.</c>): every plan writes its own from the drafting unit.</summary>
    [GeneratedRegex(@"^[-–\s]*lưu\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LuuLine();

    /// <summary>A leading dash, <c>Lưu:</c> and the văn thư <c>VT</c> before the drafting unit, as pasted from a Nơi nhận.</summary>
    [GeneratedRegex(@"^[-–\s]*(lưu\s*:\s*)?(vt\s*(,\s*|$))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LuuPrefix();

    private static string Text(string? text, string what)
    {
        var clean = string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC).Split((char[])[' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return clean.Length <= MaxText ? clean : throw new UnitProfileException(UnitProfileError.Invalid, $"Trường {what} dài quá {MaxText} ký tự.");
    }
}
