using ThiDua.Plans.Kpis;

namespace ThiDua.Plans.Tests.Kpis;

/// <summary>
/// Finding chỉ tiêu by meaning in a plan's lines and tables — under any heading or none, in lists and in prose — with
/// their evidence, and nothing in plans (or parts of plans) that set none.
/// </summary>
public class TargetDiscoveryTests
{
    private static readonly TargetDiscovery extractor = new();

    private static TargetLine Heading(int i, string text, int level) => new(text, i, $"đoạn {i + 1}", "", true, level);
    private static TargetLine Para(int i, string text, string label = "") => new(text, i, $"đoạn {i + 1}", label, false, 0);
    private static TargetLine Bold(int i, string text) => new(text, i, $"đoạn {i + 1}", "", false, 0, Emphasis: true);

    private static IReadOnlyList<TargetLine> Lines(params string[] texts) => texts.Select((t, i) => Para(i, t)).ToList();

    public static TheoryData<string> PlansWithoutTargets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus.Directory, "*.docx").Select(Path.GetFileName))
        {
            if (!KpiCorpus.FilesWithKpis().Contains(file!)) data.Add(file!);
        }
        foreach (var seed in Directory.GetFiles(Corpus.SeedsDirectory, "*.txt").Select(Path.GetFileName))
        {
            if (seed != KpiCorpus.TriYenSeed) data.Add(seed!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PlansWithoutTargets))]
    public void A_plan_without_a_chỉ_tiêu_list_or_table_gives_no_record_and_nothing_unparsed(string file)
    {
        var read = file.EndsWith(".docx", StringComparison.Ordinal)
            ? extractor.Extract(KpiCorpus.Docx(file).Paragraphs, KpiCorpus.Docx(file).Tables)
            : extractor.Extract(KpiCorpus.SeedParagraphs(file));
        Assert.Empty(read.Targets);
        Assert.Empty(read.Unparsed);
    }

    [Fact]
    public void The_trí_yên_list_has_its_sixteen_lines_under_its_heading_and_nothing_else_is_taken()
    {
        var (paragraphs, tables) = KpiCorpus.Docx("tri-yen-2024.docx");
        var targets = extractor.Extract(paragraphs, tables).Targets;
        Assert.Equal(Enumerable.Range(1, KpiCorpus.ReadmeTable().Max(r => r.Line)), targets.Select(t => t.Source.Row).Distinct());
        Assert.All(targets, t => Assert.StartsWith("2. Các chỉ tiêu thi đua chủ yếu", t.Evidence.Heading, StringComparison.Ordinal));
    }

    [Fact]
    public void Chỉ_tiêu_lines_marked_as_headings_by_their_numbering_are_still_items()
    {
        var paragraphs = new[]
        {
            Heading(0, "2. Các chỉ tiêu thi đua chủ yếu năm 2024", 2),
            Heading(1, "1. Tỷ lệ hộ nghèo giảm còn 1,06%.", 2),
            Heading(2, "2. Tỷ lệ bao phủ BHYT đạt 99,6%.", 2),
            Heading(3, "3. Nhiệm vụ, giải pháp", 2),
            Para(4, "1. Tỷ lệ trẻ em suy dinh dưỡng dưới 10%."),
        };
        var targets = extractor.Extract(paragraphs).Targets;
        Assert.Equal(["xa-hoi.ty-le-ho-ngheo", "y-te.bao-phu-bhyt"], targets.Select(t => t.Code));
        Assert.Equal([1, 2], targets.Select(t => t.Source.Row));
        Assert.Equal([1, 2], targets.Select(t => t.Source.Paragraph));
    }

    [Fact]
    public void Group_titles_are_skipped_and_deeper_headings_do_not_end_the_list()
    {
        var paragraphs = new[]
        {
            Heading(0, "II. MỤC TIÊU, CHỈ TIÊU", 1),
            Heading(1, "1. Về kinh tế", 2),
            Para(2, "- Thu nhập bình quân đầu người đạt 65 triệu đồng."),
            Para(3, "- Tổng thu ngân sách đạt 12 tỷ đồng."),
            Heading(4, "2. Về văn hóa - xã hội", 2),
            Para(5, "- Tỷ lệ hộ nghèo giảm còn 1,5%."),
            Heading(6, "III. NHIỆM VỤ, GIẢI PHÁP", 1),
            Para(7, "- Tỷ lệ bao phủ BHYT đạt 95%."),
        };
        var targets = extractor.Extract(paragraphs).Targets;
        Assert.Equal(["kinh-te.thu-nhap-binh-quan", "ngan-sach.tong-thu", "xa-hoi.ty-le-ho-ngheo"], targets.Select(t => t.Code));
        Assert.Equal([1, 2, 3], targets.Select(t => t.Source.Row));
    }

    [Fact]
    public void A_bulleted_list_under_an_announcing_line_ends_at_the_first_paragraph_without_a_bullet_and_prose_after_it_is_read_strictly()
    {
        var paragraphs = new[]
        {
            Para(0, "Phấn đấu đạt các chỉ tiêu chủ yếu sau:"),
            Para(1, "Tỷ lệ hộ nghèo giảm còn 1,5%.", label: "-"),
            Para(2, "Tỷ lệ bao phủ BHYT đạt 95%.", label: "-"),
            Para(3, "Các ngành căn cứ kế hoạch tổ chức thực hiện tại 3 xã, phấn đấu tỷ lệ hộ dùng nước sạch đạt 100%."),
        };
        var targets = extractor.Extract(paragraphs).Targets;
        Assert.Equal([1.5m, 95m, 100m], targets.Select(t => t.Value!.Value));
        Assert.Equal(["Phấn đấu đạt các chỉ tiêu chủ yếu sau:", "Phấn đấu đạt các chỉ tiêu chủ yếu sau:", ""], targets.Select(t => t.Evidence.Heading));
        Assert.Equal([1, 2, 0], targets.Select(t => t.Source.Row));
        Assert.Contains("phấn đấu", targets[2].Evidence.Wording, StringComparison.Ordinal); // taken by its own words, not its place
    }

    [Theory]
    [InlineData("Để hoàn thành thắng lợi các mục tiêu, chỉ tiêu thi đua năm 2023, trên cơ sở những kết quả và kinh nghiệm trong phong trào thi đua năm 2022, Hội đồng đề nghị các tổ chức tập trung thực hiện những việc sau:")]
    [InlineData("Đăng ký các chỉ tiêu thi đua năm 2024 Cụm thi đua các huyện, thành phố 01 năm 2024")]
    [InlineData("1. Trên cơ sở nhiệm vụ chính trị và các chỉ tiêu Kinh tế - Xã hội, các tổ chức xây dựng kế hoạch, chỉ tiêu thi đua.")]
    public void A_paragraph_that_only_mentions_chỉ_tiêu_makes_no_target_of_the_tasks_after_it(string text)
    {
        var paragraphs = new[]
        {
            Para(0, text), Para(1, "1. Công chức Văn phòng tham mưu cho UBND xã tổ chức 2 hội nghị.", "1."),
            Para(2, "2. Công chức Tài chính đảm bảo kinh phí cho 3 đợt thi đua.", "2."),
        };
        var read = extractor.Extract(paragraphs);
        Assert.Empty(read.Targets);
        Assert.Empty(read.Unparsed);
    }

    [Fact]
    public void A_chỉ_tiêu_table_is_read_row_by_row_from_its_planned_column()
    {
        var table = new TargetTable(0,
        [
            new(["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2023", "Kế hoạch 2024"], -1, "bảng 1, hàng 1"),
            new(["(1)", "(2)", "(3)", "(4)", "(5)"], -1, "bảng 1, hàng 2"),
            new(["I", "Kinh tế", "", "", ""], -1, "bảng 1, hàng 3"),
            new(["1", "Thu nhập bình quân đầu người", "triệu đồng", "58", "65"], 40, "bảng 1, hàng 4"),
            new(["2", "Tỷ lệ hộ nghèo", "%", "2,1", "≤ 1,5"], 41, "bảng 1, hàng 5"),
            new(["3", "Tỷ lệ bao phủ BHYT", "%", "93", "95%"], 42, "bảng 1, hàng 6"),
            new(["4", "Sản lượng lương thực", "tấn", "6.000", "..."], 43, "bảng 1, hàng 7"),
        ]);
        var read = extractor.ExtractTable(table);

        Assert.Equal(["kinh-te.thu-nhap-binh-quan", "xa-hoi.ty-le-ho-ngheo", "y-te.bao-phu-bhyt"], read.Targets.Select(t => t.Code));
        Assert.All(read.Targets, t => Assert.Equal("Kế hoạch 2024", t.Evidence.Column));
        Assert.All(read.Targets, t => Assert.Equal(2024, t.TargetYear));
        Assert.Equal([65m, 1.5m, 95m], read.Targets.Select(t => t.Value!.Value));
        Assert.Equal(["triệu đồng", "%", "%"], read.Targets.Select(t => t.Unit));
        Assert.Equal(["=", "<=", "="], read.Targets.Select(t => t.Comparator));
        Assert.Equal([1, 2, 3], read.Targets.Select(t => t.Source.Row));
        Assert.Equal("bảng 1, hàng 4", read.Targets[0].Source.Location);
        Assert.Equal("1 | Thu nhập bình quân đầu người | triệu đồng | 58 | 65", read.Targets[0].Source.Sentence);
        var unparsed = Assert.Single(read.Unparsed);
        Assert.Equal(4, unparsed.Source.Row);
    }

    [Fact]
    public void A_table_headed_only_Chỉ_tiêu_holds_one_whole_target_per_row()
    {
        // The chỉ tiêu table ThiDua's own renderer writes (SectionRenderer, section chi-tieu).
        var table = new TargetTable(1,
        [
            new(["TT", "Chỉ tiêu thi đua năm 2025"], -1, "bảng 2, hàng 1"),
            new(["1", "Thu nhập bình quân đầu người đạt 60.500.000 đồng."], 30, "bảng 2, hàng 2"),
            new(["2", "Tổng thu ngân sách: 10.129.300.000 đồng."], 31, "bảng 2, hàng 3"),
            new(["3", "An ninh chính trị, trật tự an toàn xã hội được giữ vững."], 32, "bảng 2, hàng 4"),
        ]);
        var read = extractor.ExtractTable(table);

        Assert.Equal([("kinh-te.thu-nhap-binh-quan", ">=", (decimal?)60_500_000m, "đồng"), ("ngan-sach.tong-thu", "=", 10_129_300_000m, "đồng")],
            read.Targets.Where(t => !t.Qualitative).Select(t => (t.Code, t.Comparator, t.Value, t.Unit)));
        Assert.Equal([1, 2, 3], read.Targets.Select(t => t.Source.Row));
        Assert.True(read.Targets[2].Qualitative);
        Assert.Empty(read.Unparsed);
    }

    [Theory]
    [InlineData("Nội dung")]
    [InlineData("Lĩnh vực")]
    public void A_Nội_dung_column_without_unit_or_planned_value_is_not_a_chỉ_tiêu_table(string header)
    {
        var table = new TargetTable(0,
        [
            new(["TT", header, "Thời gian"], -1, "bảng 1, hàng 1"),
            new(["1", "Tổng kết công tác thi đua năm 2024, đạt 100% đơn vị tham gia.", "Tháng 01"], 10, "bảng 1, hàng 2"),
        ]);
        Assert.Empty(extractor.ExtractTable(table).Targets);
    }

    [Fact]
    public void A_work_schedule_table_is_not_a_chỉ_tiêu_table()
    {
        var tables = KpiCorpus.Docx("dak-ha-2024.docx").Tables;
        Assert.Contains(tables, t => t.Rows.Count > 5);
        Assert.All(tables, t =>
        {
            var read = extractor.ExtractTable(t);
            Assert.Empty(read.Targets);
            Assert.Empty(read.Unparsed);
        });
    }

    [Fact]
    public void Finding_only_what_cannot_be_read_gives_the_same_lines_as_a_full_reading()
    {
        // Running text with target wording (read for its values, never reported), items of a list of targets (one without
        // its figure), a table row without its planned value, and a part of results.
        var paragraphs = new[]
        {
            Heading(0, "I. KẾT QUẢ ĐẠT ĐƯỢC", 1),
            Para(1, "Năm 2023, tỷ lệ hộ nghèo giảm còn …%, thu ngân sách đạt 12 tỷ đồng."),
            Heading(2, "II. MỤC TIÊU, CHỈ TIÊU", 1),
            Para(3, "Trên cơ sở kết quả các năm trước và điều kiện của địa phương, Ủy ban nhân dân xã đề ra các mục tiêu cho từng lĩnh vực, "
                + "giao cho từng ngành, từng thôn tổ chức thực hiện. Phấn đấu đến năm 2024 tỷ lệ trẻ em được tiêm chủng đạt trên 98%. "
                + "Tỷ lệ lao động có việc làm phấn đấu đạt trên."),
            Para(4, "Các chỉ tiêu chủ yếu năm 2024:"),
            Para(5, "1. Tỷ lệ hộ nghèo giảm còn …%.", "1."),
            Para(6, "2. Tỷ lệ bao phủ BHYT đạt 95%.", "2."),
            Para(7, "3. Thu nhập bình quân đầu người đạt trên.", "3."),
        };
        var table = new TargetTable(0,
        [
            new(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2024"], -1, "bảng 1, hàng 1"),
            new(["1", "Sản lượng lương thực", "tấn", "..."], 8, "bảng 1, hàng 2"),
        ]);
        var document = new TargetDocument(2024, "KẾ HOẠCH thi đua năm 2024");

        var full = extractor.Extract(paragraphs, [table], document);
        var unparsed = extractor.FindUnparsed(paragraphs, [table], document);

        Assert.Contains(full.Targets, t => t.Source.Paragraph == 3 && t.Value == 98m); // running text, read for its values
        Assert.Equal([5, 7, 8], full.Unparsed.Select(u => u.Source.Paragraph));
        Assert.Equal(full.Unparsed, unparsed);
    }

    [Fact]
    public void Finding_only_what_cannot_be_read_passes_over_no_item_that_reports_one()
    {
        // Items without a number that still report one (a strong comparator, a placeholder before money or a measure, a share
        // without its figure), items that cannot (words of money or measure that are no unit, a qualitative target), and items
        // opening with "Trong đó" that go with the running text before them, whose sentences are weighed only then.
        var paragraphs = new[]
        {
            Heading(0, "II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2024", 1),
            Para(1, "1. Thu nhập bình quân đầu người đạt trên.", "1."),
            Para(2, "2. Tổng thu ngân sách trên địa bàn đạt … triệu đồng.", "2."),
            Para(3, "3. Diện tích gieo trồng lúa cả năm đạt .... ha.", "3."),
            Para(4, "4. Tỷ lệ hộ nghèo giảm còn %.", "4."),
            Para(5, "5. Thực hiện đồng bộ các giải pháp, tấn công trấn áp tội phạm, giữ vững an ninh trật tự.", "5."),
            Para(6, "6. Tỷ lệ hộ gia đình văn hóa được duy trì.", "6."),
            Para(7, "Năm 2023, toàn xã đã hoàn thành kế hoạch với nhiều kết quả nổi bật trên mọi lĩnh vực kinh tế, văn hóa, xã hội, "
                + "quốc phòng, an ninh, trong đó sản xuất nông nghiệp, xây dựng nông thôn mới và công tác giảm nghèo bền vững của các thôn "
                + "đều được các cấp, các ngành ghi nhận và biểu dương trong tổng kết"),
            Para(8, "Trong đó, tỷ lệ hộ nghèo giảm còn …%.", "-"),
            Para(9, "Năm 2024, toàn xã phấn đấu thực hiện thắng lợi các mục tiêu kinh tế, văn hóa, xã hội, quốc phòng, an ninh, trong "
                + "đó tập trung sản xuất nông nghiệp hàng hóa, xây dựng nông thôn mới nâng cao, giảm nghèo bền vững ở các thôn và nâng "
                + "cao chất lượng các dịch vụ y tế, giáo dục, văn hóa cho Nhân dân trên địa bàn xã"),
            Para(10, "Trong đó, tỷ lệ hộ nghèo giảm còn …%.", "-"),
        };
        var document = new TargetDocument(2024, "KẾ HOẠCH thi đua năm 2024");

        var full = extractor.Extract(paragraphs, null, document);
        var unparsed = extractor.FindUnparsed(paragraphs, null, document);

        Assert.Equal([1, 2, 3, 4, 10], full.Unparsed.Select(u => u.Source.Paragraph).Distinct());
        Assert.Equal(full.Unparsed, unparsed);
    }

    [Fact]
    public void Empty_input_gives_nothing()
    {
        Assert.Empty(extractor.Extract([]).Targets);
        Assert.Empty(extractor.ExtractTable(new TargetTable(0, [])).Targets);
        Assert.Empty(extractor.Extract([Heading(0, "2. Chỉ tiêu", 2)]).Targets);
    }
}
