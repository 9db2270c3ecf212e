using ThiDua.Data.Tests.Infrastructure;
using ThiDua.Data.Units;
using static ThiDua.Data.Tests.Infrastructure.SamplePlans;

namespace ThiDua.Data.Tests.Units;

public sealed class SqliteUnitProfileTests : UnitProfileTests<SqliteTestDatabase>;

public sealed class PostgresUnitProfileTests : UnitProfileTests<PostgresTestDatabase>;

/// <summary>Unit profiles (đơn vị ban hành): CRUD, uniqueness by name, protection of units with plans.</summary>
public abstract class UnitProfileTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly UnitProfile TriYen = new(
        "Ủy ban nhân dân xã Trí Yên", "UBND huyện Yên Dũng", "Trí Yên", "UBND", "xã", "Yên Dũng",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Diễn", ["UBND huyện Yên Dũng", "Đảng ủy, HĐND xã"], "VP-TK");

    [DatabaseFact]
    public async Task A_profile_is_created_read_updated_and_deleted()
    {
        await using var db = Context();
        var units = new UnitProfiles(db, TimeProvider.System);

        var created = await units.CreateAsync(TriYen);
        var read = await units.GetAsync(created.Id);
        Assert.Equal(TriYen.Recipients, read!.Recipients);
        Assert.Equal((TriYen.Name, TriYen.ParentBody, TriYen.Level, TriYen.District, TriYen.SignerName, TriYen.DraftingUnit),
            (read.Name, read.ParentBody, read.Level, read.District, read.SignerName, read.DraftingUnit));

        var updated = await units.UpdateAsync(created.Id, TriYen with { SignerName = "Nguyễn Văn Bình", Recipients = ["Như trên"] });
        Assert.Equal("Nguyễn Văn Bình", updated!.SignerName);
        Assert.Equal(["Như trên"], (await units.GetAsync(created.Id))!.Recipients);

        Assert.True(await units.DeleteAsync(created.Id));
        Assert.Null(await units.GetAsync(created.Id));
        Assert.False(await units.DeleteAsync(created.Id));
        Assert.Null(await units.UpdateAsync(created.Id, TriYen));
    }

    [DatabaseFact]
    public async Task Text_is_stored_trimmed_and_nfc()
    {
        await using var db = Context();
        var units = new UnitProfiles(db, TimeProvider.System);

        var created = await units.CreateAsync(TriYen with { Name = "  Ủy ban nhân dân xã Trí Yên ".Normalize(System.Text.NormalizationForm.FormD), Level = "XÃ" });

        Assert.Equal("Ủy ban nhân dân xã Trí Yên", created.Name);
        Assert.True(created.Name.IsNormalized());
        Assert.Equal("xã", created.Level);
    }

    [DatabaseFact]
    public async Task The_drafting_unit_is_stored_without_the_words_of_the_luu_line_and_null_when_not_given()
    {
        int id;
        await using (var db = Context())
        {
            var units = new UnitProfiles(db, TimeProvider.System);
            var plain = await units.CreateAsync(TriYen with { DraftingUnit = null });
            Assert.Null(plain.DraftingUnit);
            id = plain.Id;
            foreach (var (given, stored) in new (string?, string?)[]
                     {
                         (" - Lưu: VT, VP-TK. ", "VP-TK"), ("HC (2)", "HC (2)"), ("lưu: vt, TCKT;", "TCKT"), ("VT", null), ("  ", null),
                         (new string('Đ', UnitProfiles.MaxDraftingUnit), new string('Đ', UnitProfiles.MaxDraftingUnit)),
                     })
                Assert.Equal(stored, (await units.UpdateAsync(id, TriYen with { DraftingUnit = given }))!.DraftingUnit);
            await units.UpdateAsync(id, TriYen);
        }

        await using (var fresh = Context())
            Assert.Equal("VP-TK", (await new UnitProfiles(fresh, TimeProvider.System).GetAsync(id))!.DraftingUnit);
    }

    [DatabaseFact]
    public async Task A_luu_line_among_the_recipients_becomes_the_drafting_unit_unless_one_is_given()
    {
        await using var db = Context();
        var units = new UnitProfiles(db, TimeProvider.System);

        var fromLine = await units.CreateAsync(TriYen with { Recipients = ["Như trên", "- Lưu: VT, VP-TK."], DraftingUnit = null });
        var given = await units.UpdateAsync(fromLine.Id, TriYen with { Recipients = ["Như trên", "Lưu: VT, VP-TK"], DraftingUnit = "VP" });
        var onlyVt = await units.UpdateAsync(fromLine.Id, TriYen with { Recipients = ["Lưu: VT.", "Lưu trữ xã"], DraftingUnit = null });

        Assert.Equal(["Như trên"], fromLine.Recipients);
        Assert.Equal("VP-TK", fromLine.DraftingUnit);
        Assert.Equal(["Như trên"], given!.Recipients);
        Assert.Equal("VP", given.DraftingUnit);
        Assert.Equal(["Lưu trữ xã"], onlyVt!.Recipients);
        Assert.Null(onlyVt.DraftingUnit);
    }

    [DatabaseFact]
    public async Task Two_profiles_with_the_same_name_in_another_spelling_are_refused()
    {
        await using var db = Context();
        var units = new UnitProfiles(db, TimeProvider.System);
        await units.CreateAsync(TriYen);

        var e = await Assert.ThrowsAsync<UnitProfileException>(() => units.CreateAsync(TriYen with { Name = "UBND XÃ TRÍ YÊN" }));

        Assert.Equal(UnitProfileError.DuplicateName, e.Error);
        Assert.Single(await units.ListAsync());
    }

    [DatabaseFact]
    public async Task Invalid_profiles_are_refused_with_a_reason()
    {
        await using var db = Context();
        var units = new UnitProfiles(db, TimeProvider.System);

        var noName = await Assert.ThrowsAsync<UnitProfileException>(() => units.CreateAsync(TriYen with { Name = "  " }));
        var badLevel = await Assert.ThrowsAsync<UnitProfileException>(() => units.CreateAsync(TriYen with { Level = "thôn" }));
        var longDrafting = await Assert.ThrowsAsync<UnitProfileException>(() =>
            units.CreateAsync(TriYen with { DraftingUnit = "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Trí Yên" }));

        Assert.Equal(UnitProfileError.Invalid, noName.Error);
        Assert.Contains("tên", noName.Message);
        Assert.Contains("thôn", badLevel.Message);
        Assert.Equal(UnitProfileError.Invalid, longDrafting.Error);
        Assert.Contains("soạn thảo", longDrafting.Message);
        Assert.Empty(await units.ListAsync());
    }

    [DatabaseFact]
    public async Task A_unit_with_plans_cannot_be_deleted()
    {
        var stored = await Submissions.SubmitAsync(Json(Commune("Nham Sơn"), Kpi("y-te.bao-phu-bhyt", "BHYT", ">=", 95m, "%")));
        await using var db = Context();
        var units = new UnitProfiles(db, TimeProvider.System);

        var e = await Assert.ThrowsAsync<UnitProfileException>(() => units.DeleteAsync(stored.UnitId));

        Assert.Equal(UnitProfileError.HasPlans, e.Error);
        Assert.NotNull(await units.GetAsync(stored.UnitId));
    }

    [DatabaseFact]
    public async Task A_submitted_plan_is_matched_to_a_profile_created_beforehand()
    {
        int id;
        await using (var db = Context()) id = (await new UnitProfiles(db, TimeProvider.System).CreateAsync(TriYen)).Id;

        var stored = await Submissions.SubmitAsync(TriYen());

        Assert.Equal(id, stored.UnitId);
        Assert.Equal(TriYen.Name, stored.UnitName);
    }
}
