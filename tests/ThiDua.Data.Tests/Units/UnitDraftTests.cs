using ThiDua.Data.Units;
using ThiDua.Plans.Model;

namespace ThiDua.Data.Tests.Units;

/// <summary>Unit profiles drafted from a plan's header and matching keys.</summary>
public sealed class UnitDraftTests
{
    private static PlanMetadata Plan(string issuer, string parent = "", string symbol = "KH-UBND", string place = "") =>
        new(issuer, parent, "", symbol, place, null, 2024, "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Diễn");

    [Fact]
    public void A_commune_header_gives_name_level_place_district_and_symbol()
    {
        var unit = UnitDraft.FromPlan(Plan("ỦY BAN NHÂN DÂN XÃ TRÍ YÊN", "UBND HUYỆN YÊN DŨNG"), DateTimeOffset.UnixEpoch);

        Assert.Equal("Ủy ban nhân dân xã Trí Yên", unit.Name);
        Assert.Equal(("xã", "Trí Yên", "Yên Dũng", "UBND"), (unit.Level, unit.PlaceName, unit.District, unit.Symbol));
        Assert.Equal("Nguyễn Văn Diễn", unit.SignerName);
    }

    [Fact]
    public void A_district_is_its_own_district()
    {
        var unit = UnitDraft.FromPlan(Plan("ỦY BAN NHÂN DÂN HUYỆN ĐẮK HÀ"), DateTimeOffset.UnixEpoch);

        Assert.Equal("Ủy ban nhân dân huyện Đắk Hà", unit.Name);
        Assert.Equal(("huyện", "Đắk Hà"), (unit.Level, unit.District));
    }

    [Fact]
    public void Two_word_levels_win_over_their_last_word()
    {
        var unit = UnitDraft.FromPlan(Plan("ỦY BAN NHÂN DÂN THỊ XÃ VIỆT YÊN", symbol: "KH"), DateTimeOffset.UnixEpoch);

        Assert.Equal(("thị xã", "Việt Yên", "Việt Yên", ""), (unit.Level, unit.PlaceName, unit.District, unit.Symbol));
    }

    [Fact]
    public void A_name_without_level_word_is_kept_in_sentence_case()
    {
        var unit = UnitDraft.FromPlan(Plan("HỘI ĐỒNG THI ĐUA KHEN THƯỞNG"), DateTimeOffset.UnixEpoch);

        Assert.Equal(("Hội đồng thi đua khen thưởng", ""), (unit.Name, unit.Level));
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN XÃ TRÍ YÊN")]
    [InlineData("Uỷ ban nhân dân xã Trí Yên")]
    [InlineData("UBND xã  Trí Yên")]
    [InlineData("ủy ban nhân dân xã trí yên")]
    public void Spellings_of_one_unit_share_a_key(string name) =>
        Assert.Equal(UnitKey.Of("Ủy ban nhân dân xã Trí Yên"), UnitKey.Of(name));

    [Fact]
    public void Different_units_have_different_keys() =>
        Assert.NotEqual(UnitKey.Of("UBND xã Trí Yên"), UnitKey.Of("UBND xã Nham Sơn"));
}
