using System.Text;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Data.Submissions;

/// <summary>A submission checked and normalised (NFC, no null strings), ready to store.</summary>
/// <param name="Plan">Metadata with every string trimmed and NFC.</param>
/// <param name="Year">The plan's year: <see cref="PlanMetadata.Year"/>, else the year of <see cref="PlanMetadata.Date"/>.</param>
/// <param name="Kpis">The records, normalised.</param>
internal sealed record ValidatedSubmission(PlanMetadata Plan, int Year, IReadOnlyList<Target> Kpis);

/// <summary>
/// Checks what a submission carries before anything is stored: a year, well-formed KPI records (<c>plan-schema.md</c> §
/// KPI record: a label, a known comparator, a value exactly when not qualitative, an upper end only on a span or change,
/// a base only on a change, a plausible target year), sane sizes. A record without a target year gets the plan's year.
/// </summary>
internal static class SubmissionValidator
{
    /// <summary>The comparators of plan-schema.md, and empty for none.</summary>
    public static readonly IReadOnlySet<string> Comparators = new HashSet<string>([.. KpiComparator.All, ""]);

    private const int MaxKpis = PlanSubmission.MaxKpis;
    private const decimal MaxValue = 1_000_000_000_000_000_000m;
    private const int MaxShortText = 1_000;
    private const int MaxLongText = 10_000;

    /// <exception cref="SubmissionRejectedException">The submission cannot be stored; the message says why, in Vietnamese.</exception>
    public static ValidatedSubmission Validate(PlanSubmission submission)
    {
        var p = submission.Plan ?? throw new SubmissionRejectedException("Thiếu dữ liệu kế hoạch (plan).");
        var plan = new PlanMetadata(
            Short(p.Issuer, "cơ quan ban hành"), Short(p.IssuerParent, "cơ quan chủ quản"), Short(p.Number, "số"),
            Short(p.Symbol, "ký hiệu"), Short(p.Place, "địa danh"), p.Date, p.Year, Long(p.Subject, "trích yếu"),
            Short(p.SignerAuthority, "quyền hạn ký"), Short(p.SignerTitle, "chức vụ người ký"), Short(p.SignerName, "họ tên người ký"));
        var year = plan.Year ?? plan.Date?.Year
            ?? throw new SubmissionRejectedException("Không xác định được năm của kế hoạch: trích yếu và ngày ban hành đều không cho biết năm.");
        if (year is < 1945 or > 2100)
            throw new SubmissionRejectedException($"Năm của kế hoạch ({year}) không hợp lệ.");
        var kpis = submission.Kpis ?? [];
        if (kpis.Count > MaxKpis)
            throw new SubmissionRejectedException($"Kế hoạch có {kpis.Count} chỉ tiêu, vượt giới hạn {MaxKpis}.");
        return new ValidatedSubmission(plan, year, kpis.Select((k, i) => Kpi(k, i + 1, year)).ToList());
    }

    private static Target Kpi(Target? k, int n, int planYear)
    {
        if (k is null) throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} trống.");
        var label = Short(k.Label, $"tên chỉ tiêu thứ {n}");
        if (label.Length == 0) throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} thiếu tên chỉ tiêu (label).");
        var comparator = (k.Comparator ?? "").Trim();
        if (!Comparators.Contains(comparator))
            throw new SubmissionRejectedException(
                $"Chỉ tiêu thứ {n} ({label}): phép so sánh \"{comparator}\" không hợp lệ; dùng {string.Join(", ", KpiComparator.All)} hoặc để trống.");
        if (k.Qualitative && k.Value is not null)
            throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}) là chỉ tiêu định tính nhưng lại có giá trị.");
        if (!k.Qualitative && k.Value is null)
            throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}) không có giá trị: nhập giá trị hoặc đánh dấu là chỉ tiêu định tính.");
        foreach (var number in new[] { k.Value, k.ValueMax, k.Total })
            if (number is { } v && Math.Abs(v) > MaxValue)
                throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}): giá trị {v} vượt quá giới hạn lưu trữ.");
        if (k.ValueMax is { } max)
        {
            if (k.Value is null || !(comparator is KpiComparator.Range || KpiComparator.IsChange(comparator)))
                throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}): chỉ khoảng giá trị (từ … đến …) hoặc mức thay đổi mới có giá trị tối đa.");
            if (max < k.Value)
                throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}): giá trị tối đa {max} nhỏ hơn giá trị {k.Value}.");
        }
        if (comparator == KpiComparator.Range && k.ValueMax is null)
            throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}) là khoảng giá trị nhưng thiếu giá trị tối đa.");
        var baseline = Short(k.Base, $"mốc so sánh của chỉ tiêu thứ {n}");
        if (baseline.Length > 0 && !KpiComparator.IsChange(comparator))
            throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}): chỉ mức tăng, giảm hoặc gấp mới có mốc so sánh (base).");
        if (k.TargetYear is { } target && (target < planYear - 10 || target > planYear + 50))
            throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}): năm mục tiêu {target} không hợp lệ với kế hoạch năm {planYear}.");
        if (k.Total is { } total && (k.Value is null || total <= 0))
            throw new SubmissionRejectedException($"Chỉ tiêu thứ {n} ({label}): mẫu số {total} của phân số không hợp lệ.");
        var source = k.Source ?? new TargetSource("", -1, "", 0);
        var evidence = k.Evidence ?? TargetEvidence.None;
        return new Target(
            Short(k.Code, $"mã chỉ tiêu thứ {n}"), label, Short(k.Sector, $"lĩnh vực của chỉ tiêu thứ {n}"), comparator, k.Value,
            Short(k.ValueAsWritten, $"giá trị của chỉ tiêu thứ {n}"), Short(k.Unit, $"đơn vị tính của chỉ tiêu thứ {n}"), k.Qualitative,
            new TargetSource(Long(source.Sentence, $"câu nguồn của chỉ tiêu thứ {n}"), source.Paragraph,
                Short(source.Location, $"vị trí của chỉ tiêu thứ {n}"), source.Row))
        {
            ValueMax = k.ValueMax,
            Base = KpiComparator.IsChange(comparator) && baseline.Length == 0 ? "năm trước" : baseline,
            TargetYear = k.TargetYear ?? planYear,
            Total = k.Total,
            Evidence = new TargetEvidence(
                Short(evidence.Heading, $"căn cứ (đề mục) của chỉ tiêu thứ {n}"), Short(evidence.Wording, $"căn cứ (từ ngữ) của chỉ tiêu thứ {n}"),
                Short(evidence.Column, $"căn cứ (cột bảng) của chỉ tiêu thứ {n}")),
        };
    }

    private static string Short(string? text, string what) => Clean(text, what, MaxShortText);

    private static string Long(string? text, string what) => Clean(text, what, MaxLongText);

    private static string Clean(string? text, string what, int max)
    {
        var clean = (text ?? "").Trim().Normalize(NormalizationForm.FormC);
        return clean.Length <= max ? clean : throw new SubmissionRejectedException($"Trường {what} dài quá {max} ký tự.");
    }
}
