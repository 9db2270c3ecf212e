using System.Text;
using ThiDua.Vietnamese.Lexicon;
using ThiDua.Vietnamese.Spelling;
using ThiDua.Vietnamese.Tests.Support;

namespace ThiDua.Vietnamese.Tests.Spelling;

public class SpellCheckerTests
{
    private static readonly SpellChecker Checker = new(DebianDictionary.Instance);

    private static SpellingIssue Single(string text)
    {
        var issues = Checker.Check(text);
        return Assert.Single(issues);
    }

    [Fact]
    public void Unknown_syllable_is_corrected_to_the_likely_word()
    {
        const string text = "theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII vủa Đảng; xây dựng";

        var issue = Single(text);

        Assert.Equal(SpellingIssueKind.InvalidSyllable, issue.Kind);
        Assert.Equal("vủa", issue.Word);
        Assert.Equal(text.IndexOf("vủa", StringComparison.Ordinal), issue.Start);
        Assert.Equal(3, issue.Length);
        Assert.Equal("của", issue.Suggestion);
    }

    [Fact]
    public void Stop_final_without_its_tone_keeps_the_capital_in_the_correction()
    {
        var issue = Single("Ngoài các quy định trong Luât Thi đua, khen thưởng còn phải căn cứ");

        Assert.Equal("Luât", issue.Word);
        Assert.Equal("Luật", issue.Suggestion);
        Assert.Contains("sắc hoặc dấu nặng", issue.Message);
    }

    [Fact]
    public void Missing_horn_is_an_invalid_rhyme()
    {
        var issue = Single("Ngoài các quy định trong Luật Thi đua, khen thuởng còn phải căn cứ");

        Assert.Equal(SpellingIssueKind.InvalidSyllable, issue.Kind);
        Assert.Equal("thưởng", issue.Suggestion);
    }

    [Fact]
    public void Tone_mark_on_the_glide_of_qu_is_misplaced()
    {
        const string text = "Thi đua thực hiện đồng bộ, quyết liệt thực chất, hiệu qủa kịp thời các nhiệm vụ";

        var issue = Single(text);

        Assert.Equal(SpellingIssueKind.MisplacedTone, issue.Kind);
        Assert.Equal("qủa", issue.Word);
        Assert.Equal("quả", issue.Suggestion);
        Assert.Equal(text.IndexOf("qủa", StringComparison.Ordinal), issue.Start);
    }

    [Theory]
    [InlineData("đẩy mạnh công tác tuyên truyền và tổchức thực hiện đồng bộ", "tổchức", "tổ chức")]
    [InlineData("Tăng cường công tác xúc tiến đầutư, phát triển doanh nghiệp", "đầutư", "đầu tư")]
    [InlineData("Tổchức tốt các đợt thi đua", "Tổchức", "Tổ chức")]
    public void Two_syllables_without_a_space_are_run_together(string text, string word, string suggestion)
    {
        var issue = Single(text);

        Assert.Equal(SpellingIssueKind.RunTogether, issue.Kind);
        Assert.Equal(word, issue.Word);
        Assert.Equal(suggestion, issue.Suggestion);
    }

    [Fact]
    public void Repeated_word_covers_both_words_and_keeps_one()
    {
        const string text = "làm cơ sở đánh giá kết quả xếp loại loại cán bộ, công chức cuối năm";

        var issue = Single(text);

        Assert.Equal(SpellingIssueKind.RepeatedWord, issue.Kind);
        Assert.Equal("loại loại", issue.Word);
        Assert.Equal(text.IndexOf("loại loại", StringComparison.Ordinal), issue.Start);
        Assert.Equal("loại loại".Length, issue.Length);
        Assert.Equal("loại", issue.Suggestion);
    }

    [Theory]
    [InlineData("tham mưu cho Đảng đảng, lãnh đạo UBND xã")]
    [InlineData("các các phong trào thi đua")]
    [InlineData("kế hoạch của của xã")]
    [InlineData("xử phạt hành chính từ từ 10.000.000 đồng")]
    [InlineData("xả rác nơi cộng cộng")]
    [InlineData("triển khai các các phong trào thi đua")]
    [InlineData("đã được được khen thưởng")]
    [InlineData("triển khai đến từng từng thôn")]
    [InlineData("Kế hoạch năm năm 2024")]
    [InlineData("Kế hoạch UBND UBND xã")]
    public void Slipped_repetitions_are_reported(string text)
    {
        Assert.Equal(SpellingIssueKind.RepeatedWord, Single(text).Kind);
    }

    [Theory]
    [InlineData("“Người người thi đua, nhà nhà thi đua, ngành ngành thi đua”")]
    [InlineData("ngày ngày lao động, đời đời ghi nhớ")]
    [InlineData("dần dần hoàn thiện, từ từ tháo gỡ, mãi mãi ghi nhớ")]
    [InlineData("ai ai cũng hưởng ứng, đâu đâu cũng thi đua")]
    [InlineData("năm năm tháng tháng")]
    [InlineData("xử lý các hành vi vi phạm pháp luật")]
    [InlineData("phát triển giao thông thông minh; khởi công công trình; phân công công việc")]
    [InlineData("song song, luôn luôn, khăng khăng, kền kền")]
    [InlineData("thi đua\nthi đua; điều chỉnh của luật\n\nLuật Doanh nghiệp")]
    [InlineData("đã trở thành Thành phố trực thuộc trung ương, của chính Chính phủ")]
    [InlineData("nhập xã Tiến Thành thành phường mới; Điều 5 Luật Luật sư; dân tộc Lô Lô")]
    [InlineData("phải kiểm định định kỳ công trình")]
    [InlineData("bản vẽ tổng thể thể hiện vị trí")]
    [InlineData("xếp loại, loại bỏ")]
    [InlineData("hoàn thành. Thành công")]
    public void Reduplication_and_shared_syllables_are_not_repetitions(string text)
    {
        Assert.Empty(Checker.Check(text));
    }

    [Theory]
    [InlineData("Trí Yên, huyện Yên Dũng, tỉnh Bắc Giang")]
    [InlineData("huyện Đắk Hà, tỉnh Kon Tum; Đăk Tô, Tu Mơ Rông, Ngọc Hồi, Đắk Glei")]
    [InlineData("tỉnh Bắc Kạn, huyện Krông Pắc, tỉnh Đắk Lắk, Buôn Ma Thuột")]
    [InlineData("đồng bào H'Mông, Ea H’leo, Ê Đê, Phnôm Pênh")]
    [InlineData("ông Nguyễn Văn Diễn, ông Hà Tiến, ông Vũ Quang Sáng, chị Tường Vy")]
    [InlineData("cố đô Huế, xã Hải Anh, huyện Hải Hậu, tỉnh Hưng Yên, thị xã Mỹ Hào")]
    public void Proper_names_are_not_reported(string text)
    {
        Assert.Empty(Checker.Check(text));
    }

    [Theory]
    [InlineData("UBND, HĐND, BHYT, BHXH, VSMT, NTM, GDVH, TDTT, MTTQ, CNH-HĐH, TĐKT, OCOP, CCHC, ĐVT")]
    [InlineData("Số: 16/KH-UBND; Chỉ thị số 05-CT/TW; Nghị định 30/2020/NĐ-CP; VHTT-TDTT; VP-TK")]
    [InlineData("Đại hội lần thứ XIII, XXIV; mục IV; TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH; TL.; TUQ.; Q.")]
    [InlineData("dịch Covid-19, họp online qua Zalo, website, Facebook, email, chat, top 10, Internet, video, QR code")]
    [InlineData("xem https://thiduakhenthuong.gov.vn/van-ban và www.bacgiang.gov.vn, gửi vanthu@trien.gov.vn")]
    [InlineData("đạt 61 tạ/ha, 5.350 tấn, 15%, 11‰, 24h, 100 m2, 10.129.300.000 đồng, 01/02/2024")]
    [InlineData("ThS. Nguyễn Văn A, iPhone, PGS.TS, Tp Hồ Chí Minh, ngày 05 tháng 02")]
    public void Acronyms_codes_foreign_words_and_numbers_are_not_reported(string text)
    {
        Assert.Empty(Checker.Check(text));
    }

    [Fact]
    public void Old_and_new_tone_mark_placements_are_both_correct()
    {
        Assert.Empty(Checker.Check("văn hoá và văn hóa, Uỷ ban và Ủy ban, thuỷ lợi và thủy lợi, khoẻ mạnh và khỏe mạnh"));
    }

    [Fact]
    public void Capitals_with_a_tone_mark_are_checked()
    {
        var issue = Single("HIỆU QỦA CÔNG TÁC");

        Assert.Equal(SpellingIssueKind.MisplacedTone, issue.Kind);
        Assert.Equal("QUẢ", issue.Suggestion);
    }

    [Fact]
    public void A_capitalised_unknown_word_is_corrected_in_its_case()
    {
        var issue = Single("Vủa Đảng và Nhân dân");

        Assert.Equal("Của", issue.Suggestion);
    }

    [Fact]
    public void Vietnamese_typed_without_marks_is_reported_only_when_plainly_vietnamese()
    {
        var issue = Single("những nguoi lao động");

        Assert.Equal("nguoi", issue.Word);
        Assert.Equal("người", issue.Suggestion);
        Assert.Empty(Checker.Check("Ea Súp, Mac, hot, set"));
    }

    [Fact]
    public void Decomposed_text_is_checked_at_the_original_positions()
    {
        var text = "hiệu qủa kịp thời".Normalize(NormalizationForm.FormD);

        var issue = Single(text);

        Assert.Equal(text.IndexOf("q", StringComparison.Ordinal), issue.Start);
        Assert.Equal(text.Substring(issue.Start, issue.Length), issue.Word);
        Assert.Equal("quả", issue.Suggestion);
        Assert.Empty(Checker.Check("Cộng hòa xã hội chủ nghĩa Việt Nam".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Without_a_word_list_only_the_grammar_decides()
    {
        var grammarOnly = new SpellChecker(SyllableDictionary.GrammarOnly);

        var issues = grammarOnly.Check("lần thứ XIII vủa Đảng, khen thuởng");

        var issue = Assert.Single(issues);
        Assert.Equal("thuởng", issue.Word);
        Assert.Equal("thưởng", issue.Suggestion);
    }

    [Fact]
    public void Messages_are_vietnamese_nfc_and_quote_word_and_correction()
    {
        var issues = Checker.Check("vủa tổchức Luât thuởng loại loại qủa");

        Assert.Equal(6, issues.Count);
        foreach (var issue in issues)
        {
            Assert.True(issue.Message.IsNormalized(NormalizationForm.FormC));
            Assert.Contains($"“{issue.Word}”", issue.Message);
            Assert.Contains($"“{issue.Suggestion}”", issue.Message);
        }
    }

    [Fact]
    public void Issues_come_in_text_order()
    {
        var issues = Checker.Check("vủa tổchức Luât thuởng loại loại qủa");

        Assert.Equal(issues.OrderBy(i => i.Start).Select(i => i.Start), issues.Select(i => i.Start));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("1234 5678 !!! ...")]
    [InlineData("\u0301\u0300 a\u0301\u0301\u0301 \uD83D\uDE00 ")]
    public void Empty_and_odd_input_gives_no_issue_and_no_error(string text)
    {
        Assert.Empty(Checker.Check(text));
    }

    [Fact]
    public void A_huge_run_of_letters_is_not_a_word()
    {
        Assert.Empty(Checker.Check("tổ" + new string('x', 100_000) + " chức"));
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Checker.Check(null!));
    }
}
