using System.Diagnostics;
using System.Text;
using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

/// <summary>Reading one chỉ tiêu line: clauses, labels, values, units, codes, and what cannot be read (KPI-UNPARSED).</summary>
public class TargetExtractorTests
{
    private static readonly TargetExtractor extractor = new();

    [Theory]
    [InlineData("Năng suất lúa đạt 61 tạ/ha; sản lượng ước đạt 5.350 tấn.", 2)]
    [InlineData("Tỷ lệ GDVH đạt tỷ lệ 95%, Khu dân cư văn hóa đạt 100%; 100% cơ quan đạt chuẩn văn hóa.", 3)]
    [InlineData("Trồng mới 5 ha rừng, chăm sóc 10 ha rừng hiện có.", 2)]
    [InlineData("Tỷ lệ học sinh tốt nghiệp THPT đạt 99%. Tỷ lệ học sinh đỗ vào lớp 10 đạt 85%.", 2)]
    [InlineData("Giải quyết việc làm mới cho 250 lao động và xuất khẩu 30 lao động.", 2)]
    [InlineData("Tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân và thể thấp còi duy trì dưới 24%.", 1)]
    public void A_line_gives_one_record_per_target(string line, int count) =>
        Assert.Equal(count, extractor.Extract(line).Targets.Count(t => !t.Qualitative));

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo theo chuẩn mới giảm còn 1,06%.", "Tỷ lệ hộ nghèo theo chuẩn mới", "xa-hoi.ty-le-ho-ngheo", "1.06", "%")]
    [InlineData("duy trì 03 trường đạt chuẩn Quốc gia", "Trường đạt chuẩn Quốc gia", "giao-duc.truong-chuan-quoc-gia", "3", "trường")]
    [InlineData("Hoàn thành 100% diện tích gieo cấy lúa vụ Chiêm Xuân", "Diện tích gieo cấy lúa vụ Chiêm Xuân", "nong-nghiep.dien-tich-lua-chiem-xuan", "100", "%")]
    [InlineData("- Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.", "Thu nhập bình quân đầu người", "kinh-te.thu-nhap-binh-quan", "65", "triệu đồng")]
    [InlineData("Về kinh tế: Thu nhập bình quân đầu người đạt 70 triệu đồng.", "Thu nhập bình quân đầu người", "kinh-te.thu-nhap-binh-quan", "70", "triệu đồng")]
    [InlineData("Đến năm 2025, tỷ lệ xã đạt chuẩn nông thôn mới nâng cao đạt 50%.", "Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", "nong-thon-moi.dat-chuan", "50", "%")]
    [InlineData("Thu ngân sách năm 2024 đạt 12 tỷ.", "Thu ngân sách", "ngan-sach.tong-thu", "12", "tỷ đồng")]
    [InlineData("Giá trị sản xuất trên 1 ha đất canh tác đạt 150 triệu đồng.", "Giá trị sản xuất trên 1 ha đất canh tác", "nong-nghiep.gia-tri-tren-ha", "150", "triệu đồng")]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 12%.", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "y-te.suy-dinh-duong-thap-coi", "12", "%")]
    [InlineData("Kết nạp 5 đảng viên mới.", "Kết nạp đảng viên mới", "chinh-quyen.dang-vien-moi", "5", "đảng viên")]
    [InlineData("Giảm 15 hộ nghèo.", "Hộ nghèo", "xa-hoi.ho-ngheo", "15", "hộ")]
    [InlineData("Tỷ lệ hộ nghèo giảm 1,5% so với đầu năm.", "Tỷ lệ hộ nghèo", "xa-hoi.ty-le-ho-ngheo", "1.5", "%")]
    [InlineData("Tổng đàn lợn 5 nghìn con.", "Tổng đàn lợn", "nong-nghiep.dan-lon", "5000", "con")]
    [InlineData("Ty le ho ngheo giam con 2%.", "Ty le ho ngheo", "xa-hoi.ty-le-ho-ngheo", "2", "%")]
    [InlineData("Có 3/5 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.", "Thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu", "nong-thon-moi.khu-dan-cu-kieu-mau", "3", "thôn")]
    [InlineData("Giải quyết việc làm cho 180 lao động, trong đó có 50 lao động đi làm việc ở nước ngoài.", "Lao động đi làm việc ở nước ngoài", "lao-dong.xuat-khau-lao-dong", "50", "lao động")]
    public void Reads_label_code_value_and_unit(string line, string label, string code, string value, string unit)
    {
        var target = extractor.Extract(line).Targets.Last();
        Assert.Equal(label, target.Label);
        Assert.Equal(code, target.Code);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(KpiCatalogue.Default.Find(code)!.Sector, target.Sector);
    }

    [Fact]
    public void A_line_with_a_character_outside_the_basic_plane_is_read()
    {
        // An emoji is a surrogate pair; each half used to be normalised on its own, which throws.
        var target = Assert.Single(extractor.Extract("Tỷ lệ hộ nghèo giảm còn 1,06% \U0001F4C8").Targets);
        Assert.Equal("xa-hoi.ty-le-ho-ngheo", target.Code);
        Assert.Equal(1.06m, target.Value);
    }

    [Fact]
    public void A_share_of_a_count_keeps_its_fraction_as_written()
    {
        var target = Assert.Single(extractor.Extract("Duy trì 2/2 trường đạt chuẩn quốc gia mức độ 1.").Targets);
        Assert.Equal(("2/2", 2m, "maintain"), (target.ValueAsWritten, target.Value!.Value, target.Comparator));
    }

    [Theory]
    [InlineData("Phấn đấu có thêm 01 thôn đạt chuẩn nông thôn mới kiểu mẫu.", ">=", "1")]
    [InlineData("Tổ chức ít nhất 3 hội thi văn nghệ.", ">=", "3")]
    [InlineData("Tổ chức 3 hội thi văn nghệ.", "", null)]
    public void A_number_before_a_word_that_is_no_unit_needs_a_comparator_to_be_a_value(string line, string comparator, string? value)
    {
        var target = Assert.Single(extractor.Extract(line).Targets);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
    }

    [Fact]
    public void A_change_against_a_base_after_a_target_is_a_second_target_of_the_same_indicator()
    {
        var targets = extractor.Extract("Tổng thu ngân sách đạt 15,2 tỷ đồng, tăng 10% so với năm 2023.").Targets;
        Assert.Equal([(">=", 15.2m, "tỷ đồng", ""), ("increase", 10m, "%", "năm 2023")], targets.Select(t => (t.Comparator, t.Value!.Value, t.Unit, t.Base)));
        Assert.All(targets, t => Assert.Equal("ngan-sach.tong-thu", t.Code));
        var target = targets[0];
        Assert.Equal(15.2m, target.Value);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo theo chuẩn mới năm 2024 giảm còn 1,06% (theo Quyết định số 12/QĐ-UBND ngày 05/01/2024).", "1.06")]
    [InlineData("Sự nghiệp y tế, giáo dục được duy trì và bảo đảm chất lượng dạy và học ở 3 nhà trường, duy trì 03 trường đạt chuẩn Quốc gia.", "3")]
    [InlineData("Tỷ lệ học sinh đỗ vào lớp 10 đạt 85% trong 6 tháng đầu năm.", "85")]
    [InlineData("Duy trì xã đạt bộ tiêu chí Quốc gia về y tế giai đoạn 2021-2030 với 100% thôn có nhân viên y tế.", "100")]
    public void Years_dates_places_and_document_numbers_are_not_values(string line, string value)
    {
        var target = Assert.Single(extractor.Extract(line).Targets, t => t.Value is not null);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), target.Value);
    }

    [Theory]
    [InlineData("kỷ niệm 76 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023).")]
    [InlineData("Tiếp tục triển khai thực hiện tốt Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ.")]
    [InlineData("Thực hiện Kế hoạch số 279/KH-UBND ngày 26/12/2024 của UBND thị xã về công tác thi đua, khen thưởng năm 2025.")]
    [InlineData("Báo cáo sơ kết công tác thi đua, khen thưởng 06 tháng đầu năm 2024.")]
    [InlineData("Đổi mới công tác truyền thông theo 4 hướng đa dạng hóa nền tảng truyền thông, nhất là nền tảng số.")]
    [InlineData("Chào mừng kỷ niệm 133 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2023), 78 năm ngày Cách mạng tháng Tám và Quốc khánh 02/9.")]
    [InlineData("Thực hiện tốt dịch vụ công trực tuyến mức độ 3, mức độ 4 đối với các thủ tục hành chính.")]
    [InlineData("Triển khai Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; phòng, chống dịch Covid-19.")]
    public void Task_lines_of_other_plans_give_no_value_and_nothing_unparsed(string line)
    {
        var read = extractor.Extract(line);
        Assert.DoesNotContain(read.Targets, t => t.Value is not null);
        Assert.Empty(read.Unparsed);
    }

    [Theory]
    [InlineData("Tỷ lệ lao động qua đào tạo đạt trên.", "đạt trên")]
    [InlineData("Tỷ lệ hộ nghèo giảm còn …%.", "%")]
    [InlineData("Tỷ lệ hộ nghèo giảm còn ....%.", "%")]
    [InlineData("Tỷ lệ bao phủ BHYT đạt %.", "%")]
    [InlineData("Tổng thu ngân sách: 1.2.3 đồng.", "1.2.3")]
    [InlineData("Tỷ lệ phát triển dân số tự nhiên duy trì dưới mức cho phép.", "duy trì dưới")]
    [InlineData("Tỷ lệ hộ nghèo giảm còn 1,5", "đơn vị")]
    public void A_target_whose_value_or_unit_cannot_be_read_is_unparsed_with_a_quote(string line, string reasonHas)
    {
        var read = extractor.Extract(line);
        var unparsed = Assert.Single(read.Unparsed);
        Assert.Contains(reasonHas, unparsed.Reason, StringComparison.Ordinal);
        Assert.StartsWith(unparsed.Quote, line, StringComparison.Ordinal);
        Assert.Equal(line.Trim(), unparsed.Source.Sentence);
        Assert.True(unparsed.Reason.IsNormalized());
    }

    [Theory]
    [InlineData("Tổ chức ít nhất một lần hội nghị điển hình tiên tiến.")]
    [InlineData("Giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.")]
    [InlineData("Phát huy tối đa các nguồn lực để xây dựng nông thôn mới.")]
    public void A_comparator_word_that_needs_no_number_is_not_unparsed(string line) =>
        Assert.Empty(extractor.Extract(line).Unparsed);

    [Fact]
    public void A_line_that_names_no_known_indicator_is_one_qualitative_target()
    {
        var target = Assert.Single(extractor.Extract("5. Tổ chức tốt các hoạt động văn nghệ mừng Đảng, mừng Xuân.").Targets);
        Assert.True(target.Qualitative);
        Assert.Equal("", target.Code);
        Assert.Equal("Tổ chức tốt các hoạt động văn nghệ mừng Đảng, mừng Xuân", target.Label);
    }

    [Fact]
    public void A_clause_without_a_known_indicator_next_to_targets_adds_nothing()
    {
        var targets = extractor.Extract("Sự nghiệp y tế, giáo dục được duy trì và bảo đảm chất lượng dạy và học ở 3 nhà trường, duy trì 03 trường đạt chuẩn Quốc gia.").Targets;
        Assert.Equal("giao-duc.truong-chuan-quoc-gia", Assert.Single(targets).Code);
    }

    [Fact]
    public void A_clause_restating_an_indicator_already_read_adds_nothing()
    {
        var target = Assert.Single(extractor.Extract("An ninh trật tự, an toàn xã hội được giữ vững, không có tệ nạn xã hội xảy ra, đảm bảo an ninh trật tự.").Targets);
        Assert.Equal("An ninh trật tự, an toàn xã hội được giữ vững", target.Label);
    }

    [Fact]
    public void Input_in_nfd_reads_as_nfc()
    {
        const string line = "Tỷ lệ hộ nghèo theo chuẩn mới giảm còn 1,06%.";
        var nfd = Assert.Single(extractor.Extract(line.Normalize(NormalizationForm.FormD)).Targets);
        var nfc = Assert.Single(extractor.Extract(line).Targets);
        Assert.Equal(nfc, nfd);
        Assert.True(nfd.Label.IsNormalized() && nfd.Source.Sentence.IsNormalized());
    }

    [Fact]
    public void The_source_keeps_the_place_given_and_drops_the_list_label()
    {
        var target = Assert.Single(extractor.Extract("2.4. Tỷ lệ kiên cố hóa phòng học đạt 100%.", paragraph: 35, location: "đoạn 36", row: 4).Targets);
        Assert.Equal(new TargetSource("Tỷ lệ kiên cố hóa phòng học đạt 100%.", 35, "đoạn 36", 4), target.Source);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2.1.")]
    [InlineData("-")]
    public void Nothing_to_read_gives_nothing(string? line)
    {
        var read = extractor.Extract(line);
        Assert.Empty(read.Targets);
        Assert.Empty(read.Unparsed);
    }

    [Fact]
    public void Junk_and_huge_lines_are_read_quickly_without_error()
    {
        var lines = new[]
        {
            "Tỷ lệ " + string.Concat(Enumerable.Repeat("x ", 200_000)) + "đạt 95%.",
            string.Concat(Enumerable.Repeat("1.2 ", 50_000)),
            new string('(', 30_000) + "5%",
            new string(' ', 100_000) + "%" + new string(',', 100_000),
            string.Concat(Enumerable.Repeat("đạt trên ; ", 20_000)),
        };
        var clock = Stopwatch.StartNew();
        foreach (var line in lines)
        {
            var read = extractor.Extract(line);
            Assert.True(read.Unparsed.Count <= 3 + read.Targets.Count * 3);
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
