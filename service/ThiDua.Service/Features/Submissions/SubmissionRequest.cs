using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// The JSON body of <c>POST /api/plans/submit</c> (the form field <c>extraction</c>, or the whole body as application/json): an extraction (the response of <c>/api/plans/extract</c>, possibly
/// corrected by the officer) with the unit it belongs to and, optionally, the original file.
/// </summary>
/// <param name="File">The plan's file name (as in the extraction report), e.g. <c>tri-yen-2024.docx</c>.</param>
/// <param name="Plan">Header and signer data.</param>
/// <param name="Kpis">The chỉ tiêu records.</param>
/// <param name="UnitId">The unit profile id; omit to find (or create) the unit from <c>plan.issuer</c>.</param>
/// <param name="Docx">The original .docx, base64-encoded; optional.</param>
public sealed record SubmissionRequest(string? File, PlanMetadata? Plan, IReadOnlyList<Target>? Kpis, int? UnitId, string? Docx);
