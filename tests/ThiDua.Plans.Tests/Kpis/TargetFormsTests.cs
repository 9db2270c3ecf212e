using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

/// <summary>
/// Each way a plan writes a chỉ tiêu outside the corpus's one list shape, on small plans built for that form, with the
/// numbers beside it that are no target: spans, changes and multiples against a base, target years, fractions, numbers
/// in words, the implicit zero, breakdown brackets, values after <c>năm</c> / <c>số</c>, unit words, headings of any
/// label style, sub-groups, prose; and results already achieved, which are never targets.
/// </summary>
public class TargetFormsTests
{
    private static readonly TargetDiscovery discovery = new();

    private static TargetLine Line(int i, string text) => new(text, i, $"đoạn {i + 1}", "", false, 0);

    /// <summary>A plan (its title says KẾ HOẠCH; its year is read from its text) of <paramref name="lines"/>: its numeric records.</summary>
    private static IReadOnlyList<Target> Read(params string[] lines) => Read(Plan, lines);

    private static IReadOnlyList<Target> Read(TargetDocument document, params string[] lines) =>
        discovery.Extract(lines.Select((text, i) => Line(i, text)).ToList(), null, document).Targets.Where(t => !t.Qualitative).ToList();

    private static readonly TargetDocument Plan = new(null, "KẾ HOẠCH phát triển kinh tế - xã hội");

    private static Target One(params string[] lines) => Assert.Single(Read(lines));

    /// <summary>The one record of <paramref name="item"/> as an item of a list of targets.</summary>
    private static Target Item(string item) => One("Mục tiêu cụ thể:", "- " + item);

    // ── Spans ───────────────────────────────────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("Tốc độ tăng trưởng kinh tế bình quân hằng năm đạt 7,5 - 8,0%.", 7.5, 8.0, "%")]
    [InlineData("Phấn đấu tốc độ tăng trưởng giá trị sản xuất từ 3 – 5%/năm.", 3, 5, "%")]
    [InlineData("Phấn đấu bê tông hóa từ 08 đến 10 đường giao thông nông thôn.", 8, 10, "tuyến đường")]
    public void A_span_is_one_range_record_with_both_ends(string line, double low, double high, string unit)
    {
        var target = Item(line);
        Assert.Equal(KpiComparator.Range, target.Comparator);
        Assert.Equal(((decimal)low, (decimal?)(decimal)high, unit), (target.Value!.Value, target.ValueMax, target.Unit));
    }

    [Theory]
    [InlineData("Thực hiện tốt công tác tiêm chủng cho trẻ em từ 6 đến 36 tháng tuổi trong giai đoạn 2021 - 2025.")]
    [InlineData("Tổ chức tuyên truyền về Chương trình mục tiêu quốc gia giai đoạn 2021-2025 tại các thôn.")]
    public void Ages_and_periods_written_as_spans_are_no_range(string line) => Assert.Empty(Read(line));

    // ── Changes and multiples against a base ────────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo giảm 3,4% so với năm 2015.", KpiComparator.Decrease, 3.4, "năm 2015")]
    [InlineData("Thu ngân sách trên địa bàn tăng 10% so với cùng kỳ.", KpiComparator.Increase, 10, "cùng kỳ")]
    [InlineData("Thu nhập bình quân đầu người tăng gấp 2,15 lần so với năm 2015.", KpiComparator.Multiple, 2.15, "năm 2015")]
    [InlineData("Phấn đấu tỷ lệ hộ nghèo giảm bình quân mỗi năm 1,5%.", KpiComparator.Decrease, 1.5, "bình quân/năm")]
    public void A_change_or_multiple_carries_its_base(string line, string comparator, double value, string @base)
    {
        var target = One(line);
        Assert.Equal((comparator, (decimal)value, @base), (target.Comparator, target.Value!.Value, target.Base));
    }

    [Fact]
    public void A_level_is_never_given_a_base()
    {
        var target = One("Tỷ lệ bao phủ bảo hiểm y tế đạt 95% trở lên.");
        Assert.Equal((KpiComparator.AtLeast, 95m, ""), (target.Comparator, target.Value!.Value, target.Base));
    }

    // ── Target years ────────────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Two_target_years_in_one_list_are_two_targets_each_with_its_year()
    {
        var targets = Read(
            "Mục tiêu cụ thể:",
            "- Đến năm 2025, tỷ lệ hộ nghèo giảm còn dưới 3%;",
            "- Đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%.");
        Assert.Equal([(3m, (int?)2025), (1m, 2030)], targets.Select(t => (t.Value!.Value, t.TargetYear)));
        Assert.All(targets, t => Assert.Equal("xa-hoi.ty-le-ho-ngheo", t.Code));
    }

    [Fact]
    public void A_target_year_is_never_a_value()
    {
        var target = Item("Phấn đấu đến năm 2025 có 100% trường học đạt chuẩn quốc gia.");
        Assert.Equal((100m, (int?)2025), (target.Value!.Value, target.TargetYear));
    }

    // ── Fractions ───────────────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void A_fraction_keeps_its_part_as_value_and_its_whole_as_total()
    {
        var target = Item("Phấn đấu có 04/09 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.");
        Assert.Equal((4m, (decimal?)9m, "04/09", "thôn"), (target.Value!.Value, target.Total, target.ValueAsWritten, target.Unit));
    }

    [Theory]
    [InlineData("Thực hiện Quyết định số 12/2024/QĐ-UBND ngày 05/01/2024 của UBND huyện về giảm nghèo.")]
    [InlineData("Tổ chức hội nghị tổng kết vào ngày 15/12 tại hội trường xã.")]
    public void Dates_and_document_numbers_are_no_fraction(string line) => Assert.Empty(Read(line));

    // ── Numbers in words and the implicit zero ──────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("Phấn đấu kết nạp mười lăm đảng viên mới.", 15)]
    [InlineData("Phấn đấu kết nạp hai mươi mốt đảng viên mới.", 21)]
    public void A_number_written_in_words_is_read(string line, int value) =>
        Assert.Equal((decimal)value, Item(line).Value);

    [Theory]
    [InlineData("Tiếp tục nâng cao một bước chất lượng hoạt động của các chi bộ.")]
    [InlineData("Một số chỉ tiêu chưa đạt do thời tiết diễn biến phức tạp.")]
    public void Number_words_in_ordinary_phrases_are_no_value(string line) => Assert.Empty(Read(line));

    [Fact]
    public void No_household_left_poor_is_the_value_zero()
    {
        var target = Item("Phấn đấu đến cuối năm không còn hộ nghèo.");
        Assert.Equal(0m, target.Value);
        Assert.Contains(target.Code, new[] { "xa-hoi.ho-ngheo", "xa-hoi.ty-le-ho-ngheo" });
    }

    // ── Values after năm / số, breakdown brackets, items ending in a colon ─────────────────────────────────────────

    [Theory]
    [InlineData("Tỷ lệ tăng dân số tự nhiên hàng năm 1,1%.", 1.1)]
    [InlineData("Phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế so với dân số 42%.", 42)]
    public void A_value_right_after_năm_or_số_is_read(string line, double value) =>
        Assert.Equal((decimal)value, Item(line).Value);

    [Fact]
    public void Each_value_of_a_breakdown_bracket_is_its_own_record()
    {
        var targets = Read("- Tổng đàn gia súc đạt 2.420 con (trong đó: đàn heo: 1.220 con; đàn bò: 1.200 con).");
        Assert.Equal([2420m, 1220m, 1200m], targets.Select(t => t.Value!.Value));
        Assert.Equal(["nong-nghiep.tong-dan", "nong-nghiep.dan-lon"], targets.Take(2).Select(t => t.Code));
    }

    [Fact]
    public void An_item_ending_in_a_colon_keeps_its_own_value_and_its_sub_items_theirs()
    {
        var targets = Read(
            "Các chỉ tiêu chủ yếu:",
            "- Tổng diện tích gieo trồng 772 ha, trong đó:",
            "+ Diện tích lúa: 500 ha;",
            "+ Diện tích ngô: 120 ha.");
        Assert.Equal([772m, 500m, 120m], targets.Select(t => t.Value!.Value));
        Assert.All(targets, t => Assert.Equal("ha", t.Unit));
    }

    // ── Units and the clause a code comes from ──────────────────────────────────────────────────────────────────────

    [Theory]
    [InlineData("Thu nhập bình quân đầu người đạt 70,0 Tr. đồng.", 70, "triệu đồng")]
    [InlineData("Tổng thu ngân sách đạt 1,2 nghìn tỷ đồng.", 1200, "tỷ đồng")]
    [InlineData("Số lần khám bệnh bình quân đạt 2 lần/người/năm.", 2, "lần")]
    [InlineData("Lắp đặt 50 bóng đèn chiếu sáng đường thôn.", 50, "bóng đèn")]
    public void Unit_words_and_scale_words_are_read(string line, double value, string unit)
    {
        var target = Item(line);
        Assert.Equal(((decimal)value, unit), (target.Value!.Value, target.Unit));
    }

    [Fact]
    public void The_code_comes_from_the_clause_that_holds_the_value_not_the_rest_of_the_sentence()
    {
        var targets = Read("- Năng suất lúa đạt 60 tạ/ha; sản lượng bắp: 14 tấn.");
        Assert.Equal(["nong-nghiep.nang-suat-lua", "nong-nghiep.san-luong-ngo"], targets.Select(t => t.Code));
    }

    // ── Where targets stand: headings of any label, sub-groups, no heading, prose ───────────────────────────────────

    [Theory]
    [InlineData("II- MỤC TIÊU CỤ THỂ")]
    [InlineData("B- Phương hướng, mục tiêu")]
    [InlineData("(2) Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)")]
    [InlineData("3- Mục tiêu cụ thể")]
    public void A_list_under_a_heading_of_any_label_style_is_read_with_the_heading_as_evidence(string heading)
    {
        var targets = Read(heading, "- Thu nhập bình quân đầu người 65 triệu đồng;", "- Tổng thu ngân sách 12 tỷ đồng.");
        Assert.Equal([65m, 12m], targets.Select(t => t.Value!.Value));
        Assert.All(targets, t => Assert.Equal(heading, t.Evidence.Heading));
    }

    [Fact]
    public void A_list_under_a_lĩnh_vực_with_no_chỉ_tiêu_heading_is_read_by_its_wording()
    {
        var targets = Read(
            "* Về kinh tế:",
            "- Thu nhập bình quân đầu người đạt 65 triệu đồng;",
            "- Tổng thu ngân sách đạt 12 tỷ đồng;",
            "- Tổ chức 3 hội chợ nông sản tại trung tâm xã.");
        Assert.Equal([65m, 12m], targets.Select(t => t.Value!.Value));
    }

    [Fact]
    public void Numbered_sub_groups_do_not_close_the_list_they_belong_to()
    {
        var targets = Read(
            "Các chỉ tiêu chủ yếu:",
            "1. Về kinh tế:",
            "- Thu nhập bình quân đầu người 65 triệu đồng;",
            "2. Về văn hóa - xã hội:",
            "- Tỷ lệ hộ nghèo dưới 2%;",
            "- Tỷ lệ bao phủ bảo hiểm y tế 95%.");
        Assert.Equal([65m, 2m, 95m], targets.Select(t => t.Value!.Value));
    }

    [Fact]
    public void Prose_with_several_targets_and_no_heading_gives_each()
    {
        var targets = Read("Tổng giá trị sản xuất đến năm 2020 đạt 2.433.733,3 triệu đồng. Tốc độ tăng trưởng hàng năm đạt 14,1%.");
        Assert.Equal([(2_433_733.3m, "triệu đồng"), (14.1m, "%")], targets.Select(t => (t.Value!.Value, t.Unit)));
        Assert.Equal(2020, targets[0].TargetYear);
    }

    // ── What is not a target ────────────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Results_already_achieved_are_not_targets_and_the_plan_after_them_is()
    {
        var targets = Read(
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023",
            "Năm 2023, thu ngân sách đạt 12,5 tỷ đồng, bằng 104% kế hoạch; tỷ lệ hộ nghèo còn 2,1%.",
            "Tỷ lệ bao phủ bảo hiểm y tế đạt 93%.",
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
            "- Thu ngân sách đạt 13 tỷ đồng;",
            "- Tỷ lệ hộ nghèo giảm còn 1,5%.");
        Assert.Equal([13m, 1.5m], targets.Select(t => t.Value!.Value));
    }

    [Fact]
    public void A_report_sentence_of_a_year_gone_by_is_no_target_even_alone() =>
        Assert.Empty(Read("Năm 2023, toàn xã có 98% hộ gia đình đạt danh hiệu gia đình văn hóa, tăng 2% so với năm 2022."));

    [Theory]
    [InlineData("Chăm sóc sức khỏe bà mẹ và trẻ em dưới 5 tuổi, trẻ sơ sinh nhẹ cân dưới 2.500 gram.")]
    [InlineData("Thực hiện chăm sóc dinh dưỡng 1.000 ngày đầu đời cho trẻ em trên địa bàn.")]
    [InlineData("Căn cứ Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND huyện¹.")]
    public void Ages_weights_durations_and_document_numbers_are_no_target(string line) => Assert.Empty(Read(line));

    [Fact]
    public void Every_record_says_why_it_was_taken()
    {
        var target = One("Phấn đấu tỷ lệ hộ dân sử dụng nước sạch đạt 100%.");
        Assert.Contains("phấn đấu", target.Evidence.Wording, StringComparison.Ordinal);
    }
}
