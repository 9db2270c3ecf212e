using System.Text.Json.Serialization;
using ThiDua.Plans.Model;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// The JSON body of <c>POST /api/plans/submit</c> (the form field <c>extraction</c>, or the whole body as application/json):
/// an extraction (the response of <c>/api/plans/extract</c>, possibly corrected by the officer) with the unit it belongs to
/// and, optionally, the original file. Bound by the framework within bounded memory: the chỉ tiêu stop at
/// 2,000 as they are read (<see cref="SubmittedKpis"/>), the .docx is decoded from base64 straight into an array of its
/// length (<see cref="Base64DocxConverter"/>), and the whole body is bounded by <c>UploadOptions.MaxSubmissionJsonBytes</c>.
/// </summary>
/// <param name="File">The plan's file name (as in the extraction report), e.g. <c>tri-yen-2024.docx</c>.</param>
/// <param name="Plan">Header and signer data; required (400 without it).</param>
/// <param name="Kpis">The chỉ tiêu records, at most 2,000 (<c>PlanSubmission.MaxKpis</c>; 422 beyond).</param>
/// <param name="UnitId">The unit profile id; omit to find (or create) the unit from <c>plan.issuer</c>.</param>
/// <param name="Docx">The original .docx, base64-encoded; optional. It must pass the same package guard as an upload.</param>
public sealed record SubmissionRequest(
    string? File, PlanMetadata? Plan, SubmittedKpis? Kpis, int? UnitId, [property: JsonConverter(typeof(Base64DocxConverter))] byte[]? Docx);
