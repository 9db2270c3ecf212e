using ThiDua.Data.Submissions;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>Builders of submissions for tests: the tagged Trí Yên extraction, and small plans of other communes.</summary>
public static class SamplePlans
{
    /// <summary>The corpus file whose custom XML part gives a real extraction.</summary>
    public const string TaggedFile = "tri-yen-2024-tagged.docx";

    /// <summary>The Trí Yên 2024 extraction as the pane would send it.</summary>
    public static PlanSubmission TriYen(int? unitId = null)
    {
        var (plan, kpis) = TaggedExtraction.Read(TaggedFile);
        return PlanSubmission.FromExtraction(plan, kpis, TaggedFile, unitId: unitId);
    }

    /// <summary>Metadata of a commune plan of the district Yên Dũng.</summary>
    public static PlanMetadata Commune(string commune, int year = 2024, string number = "") => new(
        $"ỦY BAN NHÂN DÂN XÃ {commune.ToUpperInvariant()}", "UBND HUYỆN YÊN DŨNG", number, "KH-UBND", commune,
        new DateOnly(year, 2, 1), year, $"Phát động các phong trào thi đua năm {year}", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A");

    /// <summary>A numeric record.</summary>
    public static Target Kpi(string code, string label, string comparator, decimal value, string unit, string sector = "kinh-te") =>
        new(code, label, sector, comparator, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), unit, false,
            new TargetSource($"{label} đạt {value} {unit}.", 10, "đoạn 10", 1));

    /// <summary>A qualitative record.</summary>
    public static Target Qualitative(string code, string label, string sector = "an-ninh") =>
        new(code, label, sector, "maintain", null, "", "", true, new TargetSource($"{label}.", 11, "đoạn 11", 2));

    /// <summary>A JSON submission of <paramref name="plan"/> with <paramref name="kpis"/>.</summary>
    public static PlanSubmission Json(PlanMetadata plan, params Target[] kpis) =>
        PlanSubmission.FromExtraction(plan, kpis, $"{plan.Place}-{plan.Year}.json");
}
