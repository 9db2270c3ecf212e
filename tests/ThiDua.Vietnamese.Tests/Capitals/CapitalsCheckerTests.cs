using System.Text;
using ThiDua.Vietnamese.Capitals;
using ThiDua.Vietnamese.Spelling;

namespace ThiDua.Vietnamese.Tests.Capitals;

public sealed class CapitalsCheckerTests
{
    private static IReadOnlyList<CapitalsIssue> Check(string text, bool sentences = true) => CapitalsChecker.Default.Check(text, sentences);

    [Theory]
    [InlineData("Tặng Huân chương Lao động hạng Ba cho 02 tập thể.")]
    [InlineData("Đạt danh hiệu “Chiến sĩ thi đua cơ sở” và “Lao động tiên tiến”.")]
    [InlineData("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")]
    [InlineData("Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 03 cá nhân.")]
    [InlineData("Thực hiện Kế hoạch số 15/KH-UBND ngày 22/01/2024 của Ủy ban nhân dân xã Trí Yên.")]
    [InlineData("Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam và đón tết Nguyên đán.")]
    [InlineData("Hội đồng Thi đua - Khen thưởng xã tổng hợp, trình Chủ tịch Nguyễn Văn Diễn xem xét.")]
    [InlineData("Các ủy ban nhân dân và các đoàn thể thực hiện theo quy định tại Mục II.")]
    [InlineData("HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA")]
    [InlineData("Nghệ sĩ Nhân dân và Nghệ sĩ nhân dân đều theo văn bản pháp luật.")]
    [InlineData("Đạt 100% chỉ tiêu. Tỷ lệ hộ nghèo giảm 1,5%; v.v. còn lại.")]
    public void Text_capitalised_as_prescribed_passes(string text) => Assert.Empty(Check(text));

    [Theory]
    [InlineData("Tặng huân chương lao động hạng ba cho 02 tập thể.", "huân chương lao động hạng ba", "Huân chương Lao động hạng Ba", "Điều 33")]
    [InlineData("Đạt danh hiệu chiến sĩ thi đua cơ sở.", "chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở", "Chương II")]
    [InlineData("Đạt danh hiệu Chiến Sĩ Thi Đua Cơ Sở.", "Chiến Sĩ Thi Đua Cơ Sở", "Chiến sĩ thi đua cơ sở", "Chương II")]
    [InlineData("Căn cứ luật thi đua, khen thưởng năm 2022;", "luật thi đua, khen thưởng", "Luật Thi đua, khen thưởng", "Mục V, khoản 6")]
    [InlineData("Ngay sau Tết Nguyên Đán, các ngành triển khai.", "Tết Nguyên Đán", "Tết Nguyên đán", "khoản 8")]
    [InlineData("Chào mừng ngày thành lập Đảng cộng sản Việt Nam.", "Đảng cộng sản Việt Nam", "Đảng Cộng sản Việt Nam", "Hiến pháp")]
    [InlineData("Báo cáo gửi ủy ban nhân dân xã Trí Yên.", "ủy ban nhân dân", "Ủy ban nhân dân", "Mục IV")]
    public void A_name_in_the_wrong_case_is_reported_with_its_form_and_source(string text, string written, string expected, string source)
    {
        var issue = Assert.Single(Check(text));
        Assert.Equal(CapitalsIssueKind.ProperName, issue.Kind);
        Assert.Equal(written, issue.Written);
        Assert.Equal(expected, issue.Expected);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), issue.Start);
        Assert.Contains(source, issue.Source);
    }

    [Fact]
    public void A_name_through_an_abbreviation_checks_the_words_that_are_written()
    {
        var issue = Assert.Single(Check("Đề nghị tặng bằng khen của chủ tịch UBND tỉnh cho 03 cá nhân."));
        Assert.Equal("bằng khen của chủ tịch UBND tỉnh", issue.Written);
        Assert.Equal("Bằng khen của Chủ tịch UBND tỉnh", issue.Expected);
    }

    [Theory]
    [InlineData("a) các xã tổ chức phát động. các trường báo cáo.", CapitalsScope.All, "các|các")]
    [InlineData("a) các xã tổ chức phát động. các trường báo cáo.", CapitalsScope.SentenceStarts, "các|các")]
    [InlineData("a) các xã tổ chức phát động. các trường báo cáo.", CapitalsScope.LineStart, "các")]
    [InlineData("a) các xã tổ chức phát động. các trường báo cáo.", CapitalsScope.None, "")]
    [InlineData("1.2.3.4. các xã tổ chức phát động.", CapitalsScope.LineStart, "")]
    [InlineData("1.2.3.4. các xã tổ chức phát động.", CapitalsScope.SentenceStarts, "các")]
    [InlineData("- các xã thực hiện kế hoạch số 32/KH-UBND.", CapitalsScope.LineStart, "các")]
    [InlineData("- các xã thực hiện kế hoạch số 32/KH-UBND.", CapitalsScope.All, "các|kế hoạch")]
    [InlineData("kế hoạch số 32/KH-UBND được triển khai. giao huân chương lao động hạng ba.", CapitalsScope.All, "kế hoạch|giao|huân chương lao động hạng ba")]
    [InlineData("kế hoạch số 32/KH-UBND được triển khai. giao huân chương lao động hạng ba.", CapitalsScope.LineStart, "huân chương lao động hạng ba")]
    [InlineData("kế hoạch số 32/KH-UBND được triển khai. giao huân chương lao động hạng ba.", CapitalsScope.None, "huân chương lao động hạng ba")]
    public void The_scope_says_which_sentence_starts_and_document_types_are_reported_beside_names(string text, CapitalsScope scope, string written)
    {
        var issues = CapitalsChecker.Default.Check(TextWords.Read(text), scope);
        Assert.Equal(written, string.Join("|", issues.Select(i => i.Written)));
    }

    [Theory]
    [InlineData("Thực hiện kế hoạch số 32/KH-UBND ngày 05/02/2024.", "kế hoạch", "Kế hoạch", CapitalsIssueKind.DocumentType)]
    [InlineData("Căn cứ Nghị Định số 98/2023/NĐ-CP;", "Nghị Định", "Nghị định", CapitalsIssueKind.DocumentType)]
    [InlineData("Theo quy định tại mục II của Kế hoạch này.", "mục", "Mục", CapitalsIssueKind.DocumentPart)]
    [InlineData("Theo khoản 2 điều 5 của Quy chế.", "điều", "Điều", CapitalsIssueKind.DocumentPart)]
    [InlineData("Giao phó chủ tịch Trần Văn Bình phụ trách.", "phó chủ tịch", "Phó Chủ tịch", CapitalsIssueKind.PositionBeforeName)]
    public void Document_types_parts_and_positions_before_names_take_a_capital(string text, string written, string expected, CapitalsIssueKind kind)
    {
        var issue = Assert.Single(Check(text));
        Assert.Equal((kind, written, expected), (issue.Kind, issue.Written, issue.Expected));
    }

    [Theory]
    [InlineData("Đạt 100% kế hoạch. các xã hoàn thành.", "các")]
    [InlineData("tổ chức tốt phong trào thi đua.", "tổ")]
    [InlineData("a) tổ chức phát động thi đua;", "tổ")]
    [InlineData("- tuyên truyền sâu rộng.", "tuyên")]
    public void A_sentence_starting_in_lower_case_is_reported(string text, string word)
    {
        var issue = Assert.Single(Check(text));
        Assert.Equal(CapitalsIssueKind.SentenceStart, issue.Kind);
        Assert.Equal(word, issue.Written);
        Assert.Equal(char.ToUpperInvariant(word[0]) + word[1..], issue.Expected);
    }

    [Theory]
    [InlineData("100% cán bộ đạt chuẩn theo quy định.")]
    [InlineData("09 tháng 12 năm 2020")]
    [InlineData("Ký thay: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH. ký tên")]
    [InlineData("Tiếp tục phát huy… các phong trào")]
    public void Figures_abbreviations_and_ellipses_do_not_start_sentences(string text) =>
        Assert.DoesNotContain(Check(text), i => i.Kind == CapitalsIssueKind.SentenceStart);

    [Fact]
    public void Without_sentence_checks_only_names_are_judged()
    {
        Assert.Empty(Check("- tuyên truyền sâu rộng;", sentences: false));
        Assert.Single(Check("- tặng huân chương lao động;", sentences: false));
    }

    [Fact]
    public void A_name_at_the_start_of_a_sentence_is_reported_once_with_its_capital()
    {
        var issue = Assert.Single(Check("huân chương lao động hạng ba được đề nghị."));
        Assert.Equal("Huân chương Lao động hạng Ba", issue.Expected);
    }

    [Fact]
    public void Old_and_new_tone_placement_find_the_same_name()
    {
        var issue = Assert.Single(Check("Xây dựng gia đình văn hoá tiêu biểu."));
        Assert.Equal("Gia đình văn hoá", issue.Expected);
    }

    [Fact]
    public void Every_dictionary_entry_has_a_source_and_is_nfc()
    {
        var names = ProperNames.Default.Entries;
        Assert.True(names.Count > 80);
        foreach (var name in names)
        {
            Assert.False(string.IsNullOrWhiteSpace(name.Source), name.Form);
            Assert.True(name.Form.IsNormalized(NormalizationForm.FormC), name.Form);
            Assert.Equal(name.Form, name.AcceptedForms[0]);
            Assert.Empty(CapitalsChecker.Default.Check(name.Form, sentences: false));
        }
    }

    [Fact]
    public void A_profile_adds_names_to_the_dictionary()
    {
        var extra = new ProperName(ProperNameKind.Award, "Kỷ niệm chương Vì sự nghiệp giáo dục", ["Kỷ niệm chương Vì sự nghiệp giáo dục"],
            ProperNameContext.Anywhere, "Hướng dẫn của Sở Giáo dục và Đào tạo");
        var checker = new CapitalsChecker(ProperNames.Default.With([extra]));
        var issue = Assert.Single(checker.Check("Tặng kỷ niệm chương vì sự nghiệp giáo dục.", sentences: true));
        Assert.Equal("Kỷ niệm chương Vì sự nghiệp giáo dục", issue.Expected);
        Assert.Equal("Hướng dẫn của Sở Giáo dục và Đào tạo", issue.Source);
        Assert.Throws<ArgumentException>(() => ProperNames.Default.With([extra with { AcceptedForms = [extra.Form, "Kỷ niệm chương khác"] }]));
    }

    [Fact]
    public void A_malformed_table_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => ProperNames.Read(new StringReader("medal\tHuân chương X\t\tnguồn")));
        Assert.Throws<InvalidDataException>(() => ProperNames.Read(new StringReader("award\tHuân chương X")));
        Assert.Single(ProperNames.Read(new StringReader("# comment\n\naward\tHuân chương X\t\tnguồn\n")).Entries);
    }
}
