using ThiDua.Vietnamese.Legacy;

namespace ThiDua.Vietnamese.Tests.Legacy;

public class LegacyEncodingTests
{
    public static TheoryData<string> Sentences() => new()
    {
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "Độc lập - Tự do - Hạnh phúc",
        "Ủy ban nhân dân xã ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024, như sau:",
        "Tỷ lệ hộ nghèo theo chuẩn mới giảm còn 1,06%; thu nhập bình quân đầu người ước đạt 60.500.000 đồng.",
        "Phấn đấu hoàn thành xuất sắc nhiệm vụ; gương người tốt, việc tốt được biểu dương, khen thưởng kịp thời.",
        "Nguyễn Văn Diễn, Trưởng khối thi đua; Quỹ khen thưởng; Ỷ lại, ỵ, ữ, ẵ, ặ, ẳ, ỗ, ợ",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Tcvn3_round_trips(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        var legacy = LegacyEncoding.FromUnicode(lower, LegacyEncodingKind.Tcvn3);

        Assert.NotEqual(lower, legacy);
        Assert.Equal(lower, LegacyEncoding.ToUnicode(legacy, LegacyEncodingKind.Tcvn3));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Tcvn3_capitals_font_round_trips_in_capitals(string sentence)
    {
        var legacy = LegacyEncoding.FromUnicode(sentence, LegacyEncodingKind.Tcvn3Capitals);

        Assert.Equal(sentence.ToUpperInvariant(), LegacyEncoding.ToUnicode(legacy, LegacyEncodingKind.Tcvn3Capitals));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Vni_round_trips_in_both_cases(string sentence)
    {
        var legacy = LegacyEncoding.FromUnicode(sentence, LegacyEncodingKind.Vni);

        Assert.Equal(sentence, LegacyEncoding.ToUnicode(legacy, LegacyEncodingKind.Vni));
        Assert.Equal(sentence.ToUpperInvariant(), LegacyEncoding.ToUnicode(LegacyEncoding.FromUnicode(sentence.ToUpperInvariant(), LegacyEncodingKind.Vni), LegacyEncodingKind.Vni));
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("QuyÕt ®Þnh vÒ viÖc khen th­ëng", "Quyết định về việc khen thưởng")]
    [InlineData("Tr−êng häc", "Trường học")]
    public void Tcvn3_text_as_seen_in_a_unicode_font_decodes(string legacy, string unicode)
    {
        Assert.Equal(unicode, LegacyEncoding.ToUnicode(legacy, LegacyEncodingKind.Tcvn3));
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("ñöôïc khen thöôûng naêm", "được khen thưởng năm")]
    public void Vni_text_as_seen_in_a_unicode_font_decodes(string legacy, string unicode)
    {
        Assert.Equal(unicode, LegacyEncoding.ToUnicode(legacy, LegacyEncodingKind.Vni));
    }

    [Theory]
    [InlineData(".VnTime", LegacyEncodingKind.Tcvn3)]
    [InlineData(".VnArial", LegacyEncodingKind.Tcvn3)]
    [InlineData(".VnCentury Schoolbook", LegacyEncodingKind.Tcvn3)]
    [InlineData(".vntime", LegacyEncodingKind.Tcvn3)]
    [InlineData(".VnTimeH", LegacyEncodingKind.Tcvn3Capitals)]
    [InlineData(".VnArialH", LegacyEncodingKind.Tcvn3Capitals)]
    [InlineData("VNI-Times", LegacyEncodingKind.Vni)]
    [InlineData("VNI-Helve", LegacyEncodingKind.Vni)]
    [InlineData("vni-times", LegacyEncodingKind.Vni)]
    [InlineData("Times New Roman", LegacyEncodingKind.None)]
    [InlineData("Vni", LegacyEncodingKind.None)]
    [InlineData("VnTime", LegacyEncodingKind.None)]
    [InlineData("", LegacyEncodingKind.None)]
    [InlineData(null, LegacyEncodingKind.None)]
    public void Font_name_tells_the_encoding(string? font, LegacyEncodingKind expected)
    {
        Assert.Equal(expected, LegacyEncoding.IsLegacyFont(font));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Legacy_text_in_a_unicode_font_is_recognised(string sentence)
    {
        Assert.Equal(LegacyEncodingKind.Tcvn3, LegacyEncoding.LooksLikeMojibake(LegacyEncoding.FromUnicode(sentence.ToLowerInvariant(), LegacyEncodingKind.Tcvn3)));
        Assert.Equal(LegacyEncodingKind.Vni, LegacyEncoding.LooksLikeMojibake(LegacyEncoding.FromUnicode(sentence, LegacyEncodingKind.Vni)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Unicode_vietnamese_is_not_mojibake(string sentence)
    {
        Assert.Equal(LegacyEncodingKind.None, LegacyEncoding.LooksLikeMojibake(sentence));
    }

    [Theory]
    [InlineData("Herr Müller aus München über Zürich, señor Peña, Søren Kierkegaard")]
    [InlineData("Ông Müller đến thăm xã")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12.345 ± 0,5 µm; © 2024 ®")]
    [InlineData("−5")]
    [InlineData("nhiệt độ −5 đến −10 độ")]
    public void Other_languages_symbols_and_empty_text_are_not_mojibake(string? text)
    {
        Assert.Equal(LegacyEncodingKind.None, LegacyEncoding.LooksLikeMojibake(text));
    }

    [Fact]
    public void None_leaves_text_unchanged()
    {
        Assert.Equal("Céng hoµ", LegacyEncoding.ToUnicode("Céng hoµ", LegacyEncodingKind.None));
        Assert.Equal("Cộng hoà", LegacyEncoding.FromUnicode("Cộng hoà", LegacyEncodingKind.None));
    }
}
