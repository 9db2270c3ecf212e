using System.Text;
using ThiDua.Rules.Profiles;

namespace ThiDua.Rules.Tests.Profiles;

/// <summary>Reading a rule profile: JSON, the shipped JSON Schema, and nothing that widens what the decree fixes.</summary>
public sealed class RuleProfileReaderTests
{
    private static string Doc(string members) => $$"""{ "schemaVersion": 1, "name": "thu", "title": "Hồ sơ thử"{{(members.Length > 0 ? ", " + members : "")}} }""";

    private static RuleProfileException Refused(string json) => Assert.Throws<RuleProfileException>(() => RuleProfileReader.Read(json));

    [Fact]
    public void The_sample_profiles_are_valid_and_say_what_they_narrow()
    {
        var province = SampleProfiles.Find("tinh-mau")!;
        Assert.Equal(new NumberRange(14, 14), province.Sizes!["bodyText"]);
        Assert.Equal(new NumberRange(1.2, 1.2), province.Body!.LineSpacing!.Multiple);
        Assert.Null(province.Body.LineSpacing.ExactPt);
        var school = SampleProfiles.Find("truong-mau")!;
        Assert.Contains("HIỆU TRƯỞNG", school.Values!.SignerTitles!);
        Assert.Contains("TCM", school.Values.DraftingUnits!);
        Assert.Null(SampleProfiles.Find("khong-co"));
    }

    [Fact]
    public void A_profile_written_and_read_again_is_the_same()
    {
        var province = SampleProfiles.Find("tinh-mau")!;
        var again = RuleProfileReader.Read(RuleProfileReader.Write(province));
        Assert.Equal(RuleProfileReader.Write(province), RuleProfileReader.Write(again));
    }

    [Fact]
    public void A_range_wider_than_the_decree_is_refused_in_vietnamese()
    {
        var e = Refused(Doc("""
            "sizes": { "bodyText": { "min": 12, "max": 14 } }
            """));
        Assert.Contains("Cỡ chữ phần nội dung 12–14 pt rộng hơn Nghị định 30/2020/NĐ-CP cho phép (13–14 pt)", e.Message);
        Assert.Contains("không được nới rộng", e.Message);
        Assert.True(e.Message.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("""
        "body": { "lineSpacing": { "multiple": { "min": 1.0, "max": 2.0 } } }
        """, "Cách dòng phần nội dung (bội số của dòng đơn)")]
    [InlineData("""
        "body": { "paragraphSpacePt": { "min": 3 } }
        """, "Khoảng cách giữa các đoạn văn từ 3 pt trở lên")]
    [InlineData("""
        "margins": { "left": { "min": 25, "max": 30 } }
        """, "Lề trái 25–30 mm")]
    [InlineData("""
        "sizes": { "recipientItem": { "min": 12, "max": 12 } }
        """, "danh sách nơi nhận")]
    public void Every_range_the_decree_fixes_cannot_be_widened(string members, string named) =>
        Assert.Contains(named, Refused(Doc(members)).Message);

    [Fact]
    public void Crossed_bounds_are_refused()
    {
        Assert.Contains("giá trị nhỏ nhất", Refused(Doc("""
            "sizes": { "motto": { "min": 14, "max": 13 } }
            """)).Message);
    }

    [Fact]
    public void A_required_rule_of_the_decree_cannot_be_turned_off_or_lowered()
    {
        var e = Refused(Doc("""
            "rules": { "HDR-MOTTO": { "enabled": false }, "HDR-NATION": { "severity": "warning" } }
            """));
        Assert.Equal(2, e.Problems.Count);
        Assert.Contains("“Tiêu ngữ” (HDR-MOTTO) là yêu cầu bắt buộc của Nghị định 30/2020/NĐ-CP", e.Problems[0]);
        Assert.Contains("không được hạ xuống mức cảnh báo", e.Problems[1]);
    }

    [Fact]
    public void House_rules_and_warnings_may_be_turned_off_and_any_rule_raised()
    {
        var profile = RuleProfileReader.Read(Doc("""
            "rules": { "TEXT-SPELL": { "enabled": false }, "TEXT-CAPS": { "enabled": false }, "BODY-SPACING": { "severity": "error" }, "HDR-MOTTO": { "severity": "error" } }
            """));
        Assert.Equal(4, profile.Rules!.Count);
        Assert.Equal(Severity.Error, profile.Rules["BODY-SPACING"].Severity);
    }

    [Fact]
    public void An_unknown_rule_is_refused() => Assert.Contains("HDR-NONE", Refused(Doc("""
        "rules": { "HDR-NONE": { "enabled": false } }
        """)).Message);

    [Theory]
    [InlineData("{ not json", "không phải JSON hợp lệ")]
    [InlineData("""{ "schemaVersion": 1, "title": "x" }""", "thiếu trường bắt buộc")]
    [InlineData("""{ "schemaVersion": 1, "name": "thu", "title": "x", "colour": "red" }""", "không được hỗ trợ")]
    [InlineData("""{ "schemaVersion": 2, "name": "thu", "title": "x" }""", "chỉ đọc phiên bản 1")]
    [InlineData("""{ "schemaVersion": 1, "name": "Thử Nghiệm", "title": "x" }""", "Tại /name: sai định dạng")]
    [InlineData("""{ "schemaVersion": 1, "name": "thu", "title": "x", "rules": { "TEXT-SPELL": { "severity": "fatal" } } }""", "không thuộc danh sách")]
    [InlineData("""{ "schemaVersion": 1, "name": "thu", "title": "x", "appliesTo": { "district": "Yên Dũng", "unit": "Xã Trí Yên" } }""", "chỉ ghi một trong tỉnh")]
    public void A_document_off_the_schema_is_refused_with_where_and_why(string json, string message) =>
        Assert.Contains(Refused(json).Problems, p => p.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void Lists_and_values_are_normalised()
    {
        var profile = RuleProfileReader.Read(Doc("""
            "values": { "signerTitles": ["hiệu trưởng"], "draftingUnits": ["VP"], "placeName": " Trí Yên " },
            "lists": { "confusables": [ { "written": "Tham Quang", "meant": "tham quan", "source": "Hướng dẫn" } ] }
            """));
        Assert.Equal(["HIỆU TRƯỞNG"], profile.Values!.SignerTitles);
        Assert.Equal("Trí Yên", profile.Values.PlaceName);
        Assert.Equal("tham quang", profile.Lists!.Confusables![0].Written);
    }

    [Fact]
    public void A_one_word_slip_or_a_name_with_other_words_is_refused()
    {
        Assert.Contains("ít nhất hai tiếng", Refused(Doc("""
            "lists": { "confusables": [ { "written": "sửdụng", "meant": "sử dụng", "source": "x" } ] }
            """)).Message);
        Assert.Contains("cùng các chữ", Refused(Doc("""
            "lists": { "properNames": [ { "kind": "award", "form": "Cờ thi đua của Sở", "otherForms": ["Cờ thi đua khác"], "source": "x" } ] }
            """)).Message);
    }

    [Fact]
    public void The_schema_is_shipped() => Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", RuleProfileReader.SchemaText);
}
