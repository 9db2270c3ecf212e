using ThiDua.Vietnamese.Alphabet;

namespace ThiDua.Vietnamese.Tests.Alphabet;

public class VietnameseCaseTests
{
    [Theory]
    [InlineData("thưởng", LetterCase.Lower)]
    [InlineData("THƯỞNG", LetterCase.Upper)]
    [InlineData("Đảng", LetterCase.Title)]
    [InlineData("ĐẢNG", LetterCase.Upper)]
    [InlineData("A", LetterCase.Upper)]
    [InlineData("ThS", LetterCase.Mixed)]
    [InlineData("tHƯởng", LetterCase.Mixed)]
    [InlineData("2024", LetterCase.None)]
    [InlineData("", LetterCase.None)]
    public void Classify_a_word(string word, LetterCase expected)
    {
        Assert.Equal(expected, VietnameseCase.Classify(word));
    }

    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true)]
    [InlineData("ỦY BAN NHÂN DÂN XÃ TRÍ YÊN", true)]
    [InlineData("KẾ HOẠCH 2024", true)]
    [InlineData("Ủy ban nhân dân", false)]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT Nam", false)]
    [InlineData("2024", false)]
    public void All_upper_case(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseCase.IsAllUpperCase(text));
    }

    [Theory]
    [InlineData("Nguyễn Văn Diễn", true)]
    [InlineData("Hà Tiến", true)]
    [InlineData("Vũ Quang Sáng", true)]
    [InlineData("Nguyễn văn Diễn", false)]
    [InlineData("NGUYỄN VĂN DIỄN", false)]
    [InlineData("nguyễn Văn Diễn", false)]
    [InlineData("Nguyễn Văn A", true)]
    [InlineData("", false)]
    public void Title_case_for_names(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseCase.IsTitleCase(text));
    }

    [Theory]
    [InlineData("Phát động các phong trào thi đua năm 2024", true)]
    [InlineData("Triển khai thực hiện công tác thi đua, khen thưởng trên địa bàn huyện Đắk Hà năm 2024", true)]
    [InlineData("Công tác thi đua khen thưởng của UBND xã", true)]
    [InlineData("Kế hoạch", true)]
    [InlineData("Phát Động Các Phong Trào Thi Đua", false)]
    [InlineData("PHÁT ĐỘNG CÁC PHONG TRÀO", false)]
    [InlineData("phát động các phong trào", false)]
    [InlineData("Phát động các pHong trào", false)]
    [InlineData("", false)]
    public void Sentence_case_for_subjects(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseCase.IsSentenceCase(text));
    }

    [Theory]
    [InlineData("NGUYỄN VĂN DIỄN", "Nguyễn Văn Diễn")]
    [InlineData("nguyễn văn diễn", "Nguyễn Văn Diễn")]
    [InlineData("ĐẶNG THỊ ÚT-HOA", "Đặng Thị Út-Hoa")]
    public void To_title_case(string text, string expected)
    {
        Assert.Equal(expected, VietnameseCase.ToTitleCase(text));
    }
}
