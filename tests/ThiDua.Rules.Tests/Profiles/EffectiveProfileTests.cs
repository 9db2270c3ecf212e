using ThiDua.Rules.Profiles;

namespace ThiDua.Rules.Tests.Profiles;

/// <summary>The profile a check applies: the base, then province → district → unit, each narrowing further.</summary>
public sealed class EffectiveProfileTests
{
    private static RuleProfile Profile(string name, string members) =>
        RuleProfileReader.Read($$"""{ "schemaVersion": 1, "name": "{{name}}", "title": "Hồ sơ {{name}}", {{members}} }""");

    [Fact]
    public void The_base_runs_every_rule_with_its_catalogue_severity()
    {
        var b = EffectiveProfile.Base;
        Assert.True(b.IsEnabled("TEXT-SPELL"));
        Assert.Equal(Severity.Error, b.SeverityOf("HDR-MOTTO"));
        Assert.Equal(EffectiveProfile.BaseTitle, b.SourceOf("BODY-FONT"));
        Assert.Null(b.SizeOf("bodyText"));
        Assert.Equal(EffectiveProfile.BaseName, b.Name);
    }

    [Fact]
    public void A_later_profile_narrows_further_overrides_choices_and_adds_to_lists()
    {
        var province = Profile("tinh", """
            "sizes": { "bodyText": { "min": 13, "max": 14 } }, "rules": { "TEXT-SPELL": { "enabled": false } },
            "lists": { "signerTitles": ["TRƯỞNG BAN"] }, "values": { "placeName": "Bắc Giang" }
            """);
        var unit = Profile("xa", """
            "sizes": { "bodyText": { "min": 14, "max": 14 } }, "rules": { "TEXT-SPELL": { "enabled": true, "severity": "info" } },
            "lists": { "signerTitles": ["HIỆU TRƯỞNG"] }, "values": { "placeName": "Trí Yên" }
            """);
        var p = EffectiveProfile.Of([province, unit]);
        Assert.Equal(new NumberRange(14, 14), p.SizeOf("bodyText"));
        Assert.True(p.IsEnabled("TEXT-SPELL"));
        Assert.Equal(Severity.Info, p.SeverityOf("TEXT-SPELL"));
        Assert.Equal(["TRƯỞNG BAN", "HIỆU TRƯỞNG"], p.SignerTitles);
        Assert.Equal("Trí Yên", p.Values.PlaceName);
        Assert.Equal("Hồ sơ xa", p.SourceOf("BODY-FONT"));
        Assert.Equal("Hồ sơ xa", p.SourceOf("TEXT-SPELL"));
        Assert.Equal(EffectiveProfile.BaseTitle, p.SourceOf("HDR-MOTTO"));
        Assert.Equal("xa", p.Name);
    }

    [Fact]
    public void A_later_profile_leaving_an_earlier_range_is_refused()
    {
        var province = Profile("tinh", """ "sizes": { "bodyText": { "min": 14, "max": 14 } } """);
        var unit = Profile("xa", """ "sizes": { "bodyText": { "min": 13, "max": 13 } } """);
        var e = Assert.Throws<RuleProfileException>(() => EffectiveProfile.Of([province, unit]));
        Assert.Contains("ngoài khoảng hồ sơ “Hồ sơ tinh” đã đặt (14 pt)", e.Message);
        var spacing = Profile("xa2", """ "body": { "lineSpacing": { "exactPt": { "min": 18, "max": 18 } } } """);
        Assert.Throws<RuleProfileException>(() => EffectiveProfile.Of([SampleProfiles.Find("tinh-mau")!, spacing]));
    }

    [Fact]
    public void The_profiles_lists_extend_the_text_layer()
    {
        var p = EffectiveProfile.Of([Profile("gd", """
            "lists": {
              "confusables": [ { "written": "tham quang", "meant": "tham quan", "source": "Hướng dẫn của Sở" } ],
              "properNames": [ { "kind": "award", "form": "Kỷ niệm chương Vì sự nghiệp giáo dục", "source": "Bộ Giáo dục và Đào tạo" } ]
            }
            """)]);
        Assert.Single(p.Confusables.Find("Tổ chức tham quang."));
        Assert.Single(p.ProperNames.Entries, n => n.Source == "Bộ Giáo dục và Đào tạo");
        Assert.Equal("Hồ sơ gd", p.SourceOf("TEXT-CAPS"));
    }
}
