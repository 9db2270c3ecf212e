using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

/// <summary>Each comparator of plan-schema.md § KPI record, read from the words before (or after) the value.</summary>
public class ComparatorTests
{
    private static readonly TargetExtractor extractor = new();

    [Theory]
    [InlineData("Tỷ lệ bao phủ BHYT toàn dân đạt 99,6%.", ">=")]
    [InlineData("Thu nhập bình quân đầu người ước đạt 60.500.000 đồng.", ">=")]
    [InlineData("Hoàn thành 100% kế hoạch thu ngân sách.", ">=")]
    [InlineData("Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%.", ">=")]
    [InlineData("Tỷ lệ gia đình văn hóa đạt từ 90% trở lên.", ">=")]
    [InlineData("Tỷ lệ hộ sử dụng nước sạch ít nhất 95%.", ">=")]
    [InlineData("Tỷ lệ tiêm chủng mở rộng đạt ≥ 95%.", ">=")]
    [InlineData("Tỷ lệ thu gom rác thải 95% trở lên.", ">=")]
    [InlineData("Phấn đấu 100% thôn đạt chuẩn khu dân cư văn hóa.", ">=")]
    [InlineData("Tỷ lệ lao động qua đào tạo trên 70%.", ">")]
    [InlineData("Thu ngân sách vượt 5% dự toán.", ">")]
    [InlineData("Tỷ lệ hộ nghèo theo chuẩn mới giảm còn 1,06%.", "<=")]
    [InlineData("Tỷ lệ sinh con thứ ba không quá 5%.", "<=")]
    [InlineData("Thời gian giải quyết hồ sơ tối đa 3 ngày.", "<=")]
    [InlineData("Tỷ lệ hộ cận nghèo 2% trở xuống.", "<=")]
    [InlineData("Tỷ lệ phát triển dân số tự nhiên duy trì dưới 11‰.", "<")]
    [InlineData("Tỷ lệ trẻ em suy dinh dưỡng dưới 10%.", "<")]
    [InlineData("Tỷ lệ hộ cận nghèo giảm còn dưới 3%.", "<")]
    [InlineData("Duy trì 03 trường đạt chuẩn Quốc gia.", "maintain")]
    [InlineData("Tỷ lệ che phủ rừng giữ vững 45%.", "maintain")]
    [InlineData("Tỷ lệ hộ dùng điện lưới bằng 100%.", "=")]
    [InlineData("Tổng thu ngân sách: 10.129.300.000 đồng.", "=")]
    [InlineData("Xuất khẩu lao động 20 người.", "=")]
    [InlineData("Đào tạo nghề và tạo việc làm mới cho 40 lao động.", "=")]
    [InlineData("Ty le ho ngheo giam con 2%.", "<=")]
    public void Reads_the_comparator(string line, string comparator)
    {
        var target = Assert.Single(extractor.Extract(line).Targets);
        Assert.False(target.Qualitative);
        Assert.Equal(comparator, target.Comparator);
        Assert.Contains(target.Comparator, KpiComparator.All);
    }

    [Fact]
    public void A_value_without_its_own_comparator_word_takes_the_one_before_it_in_the_same_part()
    {
        var targets = extractor.Extract("Hoàn thành 100% diện tích gieo cấy lúa vụ Chiêm Xuân, 80% diện tích lúa vụ Mùa; 100% cơ quan đạt chuẩn văn hóa.").Targets;
        Assert.Equal([">=", ">=", "="], targets.Select(t => t.Comparator));
    }

    [Theory]
    [InlineData("Duy trì, thực hiện tốt công tác VSMT trên địa bàn toàn xã.", "maintain")]
    [InlineData("An ninh trật tự, an toàn xã hội được giữ vững.", "maintain")]
    [InlineData("Thực hiện tốt các chính sách ưu đãi đối với người có công.", "")]
    public void A_qualitative_target_is_maintain_when_it_says_so_and_has_no_comparator_otherwise(string line, string comparator)
    {
        var target = Assert.Single(extractor.Extract(line).Targets);
        Assert.True(target.Qualitative);
        Assert.Null(target.Value);
        Assert.Equal(comparator, target.Comparator);
    }

    [Theory]
    [InlineData("Tổng thu ngân sách nhà nước trên địa bàn đạt 15,2 tỷ đồng.", ">=", "Tổng thu ngân sách nhà nước trên địa bàn")]
    [InlineData("Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%.", ">=", "Tỷ lệ học sinh hoàn thành chương trình tiểu học")]
    public void Comparator_words_inside_the_label_are_not_comparators(string line, string comparator, string label)
    {
        var target = Assert.Single(extractor.Extract(line).Targets);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(label, target.Label);
    }
}
