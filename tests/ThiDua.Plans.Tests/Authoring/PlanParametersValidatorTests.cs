using System.Text;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Tests.Authoring;

public class PlanParametersValidatorTests
{
    private static readonly PlanParameters Valid = CorpusUnits.Get("tri-yen-2024").Plan;

    [Fact]
    public void Valid_parameters_pass_trimmed_and_in_NFC()
    {
        var decomposed = Valid with { Subject = "  " + Valid.Subject.Normalize(NormalizationForm.FormD) + " ", Unit = Valid.Unit with { Symbol = "ubnd" } };

        var normalized = PlanParametersValidator.Normalize(decomposed);

        Assert.Equal(Valid.Subject, normalized.Subject);
        Assert.True(normalized.Subject.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("UBND", normalized.Unit.Symbol);
    }

    public static TheoryData<string, PlanParameters> Invalid => new()
    {
        { "Thiếu tên cơ quan ban hành", Valid with { Unit = Valid.Unit with { Name = " " } } },
        { "Thiếu địa danh", Valid with { Unit = Valid.Unit with { PlaceName = "" } } },
        { "Thiếu họ và tên người ký", Valid with { Unit = Valid.Unit with { SignerName = "" } } },
        { "Thiếu đơn vị soạn thảo", Valid with { Unit = Valid.Unit with { DraftingUnit = "" } } },
        { "Thiếu trích yếu", Valid with { Subject = "" } },
        { "Ký hiệu “KH/UBND” không hợp lệ", Valid with { Unit = Valid.Unit with { Symbol = "KH/UBND" } } },
        { "Năm 1999 không hợp lệ", Valid with { Year = 1999 } },
        { "Số văn bản “16a” không hợp lệ", Valid with { Number = "16a" } },
        { "phép so sánh “~” không hợp lệ", Valid with { Targets = [new("", "Thu nhập", "", "~", 1, "đồng")] } },
        { "quá dài", Valid with { Subject = new string('a', 600) } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_parameters_are_refused_with_a_Vietnamese_reason(string reason, PlanParameters plan)
    {
        var e = Assert.Throws<AuthoringInputException>(() => PlanParametersValidator.Normalize(plan));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Missing_unit_is_refused()
    {
        var e = Assert.Throws<AuthoringInputException>(() => PlanParametersValidator.Normalize(Valid with { Unit = null! }));
        Assert.Equal("Thiếu đơn vị ban hành.", e.Message);
    }

    [Fact]
    public void A_one_digit_number_gets_its_leading_zero()
    {
        Assert.Equal("05", Nd30Wording.Number("5"));
        Assert.Equal("16", Nd30Wording.Number("16"));
        Assert.Equal("", Nd30Wording.Number(""));
    }

    [Theory]
    [InlineData(2024, 2, 1, "ngày 01 tháng 02 năm 2024")]
    [InlineData(2024, 3, 15, "ngày 15 tháng 3 năm 2024")]
    [InlineData(2025, 12, 5, "ngày 05 tháng 12 năm 2025")]
    public void Dates_are_written_as_the_decree_wants(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, Nd30Wording.Date(new DateOnly(y, m, d)));
    }
}
