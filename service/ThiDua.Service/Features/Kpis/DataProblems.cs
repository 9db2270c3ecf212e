using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Kpis;

/// <summary>
/// The problems (RFC 9457, Vietnamese title and detail) of the KPI database endpoints — submissions, KPI queries, unit
/// profiles — built with <see cref="ApiProblems.Problem"/> so they look like every other problem of the API.
/// </summary>
public static class DataProblems
{
    /// <summary>A query or form parameter is not valid (400).</summary>
    public static readonly ProblemCatalog.Entry InvalidParameter =
        new(StatusCodes.Status400BadRequest, "Tham số không hợp lệ", ProblemCatalog.TypePrefix + "invalid-parameter", "InvalidParameter");

    /// <summary>A JSON body cannot be read (400).</summary>
    public static readonly ProblemCatalog.Entry InvalidJson =
        new(StatusCodes.Status400BadRequest, "Nội dung JSON không hợp lệ", ProblemCatalog.TypePrefix + "invalid-json", "InvalidJson");

    /// <summary>The request body is neither of the accepted kinds (415).</summary>
    public static readonly ProblemCatalog.Entry UnsupportedContent =
        new(StatusCodes.Status415UnsupportedMediaType, "Kiểu nội dung không được hỗ trợ", ProblemCatalog.TypePrefix + "unsupported-media-type", "UnsupportedMediaType");

    /// <summary>The submission was understood but cannot be stored (422).</summary>
    public static readonly ProblemCatalog.Entry SubmissionRejected =
        new(StatusCodes.Status422UnprocessableEntity, "Không lưu được kế hoạch", ProblemCatalog.TypePrefix + "submission-rejected", "SubmissionRejected");

    /// <summary>A unit profile is invalid (400).</summary>
    public static readonly ProblemCatalog.Entry InvalidUnit =
        new(StatusCodes.Status400BadRequest, "Thông tin đơn vị không hợp lệ", ProblemCatalog.TypePrefix + "invalid-unit", "InvalidUnit");

    /// <summary>A unit profile operation conflicts with stored data (409).</summary>
    public static readonly ProblemCatalog.Entry UnitConflict =
        new(StatusCodes.Status409Conflict, "Xung đột dữ liệu đơn vị", ProblemCatalog.TypePrefix + "unit-conflict", "UnitConflict");

    /// <summary>The addressed resource does not exist (404).</summary>
    public static readonly ProblemCatalog.Entry NotFound =
        new(StatusCodes.Status404NotFound, "Không tìm thấy", ProblemCatalog.TypePrefix + "not-found", "NotFound");

    /// <summary>The problem result of <paramref name="entry"/> with <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Problem(ProblemCatalog.Entry entry, string detail) => ApiProblems.Problem(entry, detail);
}
