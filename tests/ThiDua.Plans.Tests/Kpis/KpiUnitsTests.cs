using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

public class KpiUnitsTests
{
    [Theory]
    [InlineData("100% diện tích", "%", "%")]
    [InlineData("11‰", "‰", "‰")]
    [InlineData("61 tạ/ha", "tạ/ha", "tạ/ha")]
    [InlineData("5.350 tấn", "tấn", "tấn")]
    [InlineData("60.500.000 đồng", "đồng", "đồng")]
    [InlineData("60.500.000đ", "đồng", "đ")]
    [InlineData("65 triệu đồng/người/năm", "triệu đồng", "triệu đồng")]
    [InlineData("65 trđ", "triệu đồng", "trđ")]
    [InlineData("15,2 tỷ đồng", "tỷ đồng", "tỷ đồng")]
    [InlineData("12 tỷ", "tỷ đồng", "tỷ")]
    [InlineData("03 trường đạt chuẩn", "trường", "trường")]
    [InlineData("40 lao động", "lao động", "lao động")]
    [InlineData("20 người", "người", "người")]
    [InlineData("3 Trường", "trường", "Trường")]
    [InlineData("150 ha", "ha", "ha")]
    [InlineData("12 km", "km", "km")]
    [InlineData("30 hộ", "hộ", "hộ")]
    [InlineData("2 xã", "xã", "xã")]
    public void Reads_the_unit_after_a_number(string text, string unit, string asWritten)
    {
        var number = VietnameseNumber.FindAll(text)[0];
        Assert.True(KpiUnits.TryReadAt(text, number.End, out var reading));
        Assert.Equal(unit, reading.Unit.Name);
        Assert.Equal(asWritten, reading.AsWritten);
        Assert.Equal(1m, reading.Multiplier);
    }

    [Fact]
    public void A_rate_suffix_after_money_is_read_and_left_out_of_the_unit()
    {
        const string text = "đạt 65 triệu đồng/người/năm trở lên";
        Assert.True(KpiUnits.TryReadAt(text, text.IndexOf(" triệu", StringComparison.Ordinal), out var reading));
        Assert.Equal("triệu đồng", reading.Unit.Name);
        Assert.Equal(" trở lên", text[reading.End..]);
    }

    [Fact]
    public void A_scale_word_before_a_count_multiplies()
    {
        const string text = "5 nghìn con";
        Assert.True(KpiUnits.TryReadAt(text, 1, out var reading));
        Assert.Equal("con", reading.Unit.Name);
        Assert.Equal(1000m, reading.Multiplier);
    }

    [Theory]
    [InlineData("5 đơn thư")]
    [InlineData("5 hạ tầng")]
    [InlineData("5 mô")]
    [InlineData("3 học viên")]
    [InlineData("5")]
    public void No_unit_where_the_word_is_not_one(string text) =>
        Assert.False(KpiUnits.TryReadAt(text, 1, out _));

    [Theory]
    [InlineData("triệu đồng", 1_000_000, "đồng")]
    [InlineData("tỷ đồng", 1_000_000_000, "đồng")]
    [InlineData("nghìn đồng", 1_000, "đồng")]
    [InlineData("đồng", 1, "đồng")]
    [InlineData("%", 1, "%")]
    [InlineData("tạ/ha", 1, "tạ/ha")]
    [InlineData("trđ", 1_000_000, "đồng")]
    [InlineData("đơn vị lạ", 1, "đơn vị lạ")]
    public void Normalises_to_the_base_unit(string unit, long scale, string baseUnit)
    {
        Assert.Equal(scale, KpiUnits.ScaleToBase(unit));
        Assert.Equal(baseUnit, KpiUnits.BaseUnit(unit));
    }

    [Fact]
    public void Canonical_units_are_nfc_and_unique()
    {
        Assert.All(KpiUnits.All, u => Assert.True(u.Name.IsNormalized(), u.Name));
        Assert.Equal(KpiUnits.All.Count, KpiUnits.All.Select(u => u.Name).Distinct().Count());
        Assert.All(new[] { "%", "‰", "tạ/ha", "tấn", "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "người", "lao động", "hộ", "trường", "km", "ha", "xã", "thôn", "cơ sở" },
            u => Assert.Equal(u, KpiUnits.Find(u)?.Name));
    }

    [Fact]
    public void A_target_normalises_money_through_its_unit()
    {
        var target = new Target("", "Thu nhập", "", ">=", 60.5m, "60,5", "triệu đồng", false, new TargetSource("", -1, "", 0));
        Assert.Equal(60_500_000m, target.NormalizedValue);
        Assert.Equal("đồng", target.NormalizedUnit);
    }
}
