using ThiDua.Docx.Package;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Every problem the API answers with (RFC 9457): its HTTP status, Vietnamese title, <c>type</c> URI
/// (<c>urn:thidua:problem:…</c>) and <c>error</c> name. The <c>detail</c> is given where the problem arises, in Vietnamese.
/// The one catalogue of the service: features name their problems from here (<see cref="ApiProblems.Problem(Entry, string, string?)"/>).
/// </summary>
public static class ProblemCatalog
{
    /// <summary>Prefix of every problem type URI.</summary>
    public const string TypePrefix = "urn:thidua:problem:";

    /// <summary>A problem kind: HTTP status, title, type URI and the <c>error</c> extension value.</summary>
    public sealed record Entry(int Status, string Title, string Type, string Error);

    /// <summary>400: a query, route or form parameter is missing or not valid (binding and validation failures included).</summary>
    public static readonly Entry InvalidParameter = Generic(StatusCodes.Status400BadRequest, "Tham số không hợp lệ", "InvalidParameter");

    /// <summary>400: a JSON body cannot be read, or does not have the expected shape.</summary>
    public static readonly Entry InvalidJson = Generic(StatusCodes.Status400BadRequest, "Nội dung JSON không hợp lệ", "InvalidJson");

    /// <summary>400: the data of a new plan or section cannot make one (no unit given, no unit directory).</summary>
    public static readonly Entry AuthoringInput = Generic(StatusCodes.Status400BadRequest, "Yêu cầu soạn kế hoạch không hợp lệ", "AuthoringInput");

    /// <summary>400: a unit profile is not valid.</summary>
    public static readonly Entry InvalidUnit = Generic(StatusCodes.Status400BadRequest, "Thông tin đơn vị không hợp lệ", "InvalidUnit");

    /// <summary>403: the signed-in user may not read or submit for the addressed unit or plan.</summary>
    public static readonly Entry OutsideUnitScope = Generic(StatusCodes.Status403Forbidden, "Ngoài phạm vi đơn vị", "OutsideUnitScope");

    /// <summary>404: the addressed resource (plan, version, unit, rule, section, import…) does not exist.</summary>
    public static readonly Entry NotFound = Generic(StatusCodes.Status404NotFound, "Không tìm thấy", "NotFound");

    /// <summary>409: a unit profile operation conflicts with stored data.</summary>
    public static readonly Entry UnitConflict = Generic(StatusCodes.Status409Conflict, "Xung đột dữ liệu đơn vị", "UnitConflict");

    /// <summary>415: the request body is not of a content type the endpoint takes.</summary>
    public static readonly Entry UnsupportedMediaType = Generic(StatusCodes.Status415UnsupportedMediaType, "Kiểu nội dung không được hỗ trợ", "UnsupportedMediaType");

    /// <summary>422: the submission was understood but cannot be stored.</summary>
    public static readonly Entry SubmissionRejected = Generic(StatusCodes.Status422UnprocessableEntity, "Không lưu được kế hoạch", "SubmissionRejected");

    /// <summary>422: the engine stopped at its deadline (<see cref="EngineTimeoutException"/>): the plan is too complex to read in time.</summary>
    public static readonly Entry EngineTimeout = Generic(StatusCodes.Status422UnprocessableEntity, "Kế hoạch quá phức tạp", "EngineTimeout");

    /// <summary>400: a rule profile document that is not JSON, not of the schema, or widens what the decree fixes.</summary>
    public static readonly Entry InvalidRuleProfile = Generic(StatusCodes.Status400BadRequest, "Hồ sơ quy tắc không hợp lệ", "InvalidRuleProfile");

    /// <summary>422: rule profiles that do not go together (a unit's range outside its province's), or a unit that is not known.</summary>
    public static readonly Entry RuleProfileNotApplicable = Generic(StatusCodes.Status422UnprocessableEntity, "Không áp dụng được hồ sơ quy tắc", "RuleProfileNotApplicable");

    /// <summary>409: another rule profile already applies to the same place.</summary>
    public static readonly Entry RuleProfileConflict = Generic(StatusCodes.Status409Conflict, "Trùng hồ sơ quy tắc", "RuleProfileConflict");

    /// <summary>404: no rule profile of that name.</summary>
    public static readonly Entry RuleProfileNotFound = Generic(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ quy tắc", "RuleProfileNotFound");

    /// <summary>403: the user may not change a rule profile of that place.</summary>
    public static readonly Entry RuleProfileForbidden = Generic(StatusCodes.Status403Forbidden, "Không được sửa hồ sơ quy tắc này", "RuleProfileForbidden");

    /// <summary>403: Entra ID refused to exchange the caller's token for Microsoft Graph (consent missing, sign-in expired or revoked).</summary>
    public static readonly Entry GraphRefused = Generic(StatusCodes.Status403Forbidden, "Không được phép đọc Microsoft 365", "GraphRefused");

    /// <summary>503: Entra ID cannot be reached, or sign-in by Entra ID is not configured, so Microsoft 365 cannot be read.</summary>
    public static readonly Entry GraphUnavailable = Generic(StatusCodes.Status503ServiceUnavailable, "Chưa đọc được Microsoft 365", "GraphUnavailable");

    /// <summary>429: over a rate limit (<see cref="RateLimits"/>).</summary>
    public static readonly Entry TooManyRequests = Generic(StatusCodes.Status429TooManyRequests, "Quá nhiều yêu cầu", "TooManyRequests");

    /// <summary>The entry for an input error: 400 missing/empty, 413 too large, 415 not .docx/.doc/.docm, 422 encrypted/zip bomb/corrupt/too complex.</summary>
    public static Entry For(DocxInputError error) => error switch
    {
        DocxInputError.Missing => Make(StatusCodes.Status400BadRequest, "Thiếu tệp kế hoạch", error),
        DocxInputError.Empty => Make(StatusCodes.Status400BadRequest, "Tệp rỗng", error),
        DocxInputError.TooLarge => Make(StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn", error),
        DocxInputError.NotDocx => Make(StatusCodes.Status415UnsupportedMediaType, "Không phải văn bản Word .docx", error),
        DocxInputError.LegacyDoc => Make(StatusCodes.Status415UnsupportedMediaType, "Tệp Word 97–2003 (.doc)", error),
        DocxInputError.MacroEnabled => Make(StatusCodes.Status415UnsupportedMediaType, "Tệp Word có macro (.docm)", error),
        DocxInputError.Encrypted => Make(StatusCodes.Status422UnprocessableEntity, "Tệp được đặt mật khẩu", error),
        DocxInputError.ZipBomb => Make(StatusCodes.Status422UnprocessableEntity, "Tệp nén bất thường", error),
        DocxInputError.Corrupt => Make(StatusCodes.Status422UnprocessableEntity, "Tệp bị hỏng", error),
        DocxInputError.TooComplex => Make(StatusCodes.Status422UnprocessableEntity, "Cấu trúc văn bản bất thường", error),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    /// <summary>
    /// The entry for a response that has only a status code (unknown route, wrong method, unreadable request, server
    /// error): a Vietnamese title, a detail sentence and an <c>error</c> name.
    /// </summary>
    public static (Entry Entry, string Detail) ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => (Generic(status, "Yêu cầu không hợp lệ", "BadRequest"),
            "Yêu cầu không đọc được. Hãy gửi biểu mẫu multipart/form-data có trường file chứa tệp kế hoạch .docx."),
        StatusCodes.Status401Unauthorized => (Generic(status, "Cần đăng nhập", "Unauthorized"),
            "Yêu cầu này cần đăng nhập bằng tài khoản Microsoft 365 của cơ quan (mã truy cập còn hạn, dành cho ThiDua)."),
        StatusCodes.Status403Forbidden => (Generic(status, "Không có quyền", "Forbidden"),
            "Tài khoản đã đăng nhập chưa được cấp quyền dùng ThiDua hoặc không được làm việc này. Hãy nhờ quản trị viên cấp quyền."),
        StatusCodes.Status404NotFound => (NotFound, "Không có tài nguyên nào ở địa chỉ này."),
        StatusCodes.Status405MethodNotAllowed => (Generic(status, "Phương thức không được hỗ trợ", "MethodNotAllowed"),
            "Địa chỉ này không nhận phương thức HTTP đã dùng."),
        StatusCodes.Status413PayloadTooLarge => (Generic(status, "Tệp quá lớn", nameof(DocxInputError.TooLarge)),
            "Nội dung gửi lên vượt giới hạn dung lượng."),
        StatusCodes.Status415UnsupportedMediaType => (UnsupportedMediaType,
            "Yêu cầu phải là biểu mẫu multipart/form-data có trường file chứa tệp kế hoạch .docx."),
        StatusCodes.Status429TooManyRequests => (TooManyRequests, "Máy chủ đang nhận quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại."),
        >= 500 => (Generic(status, "Lỗi máy chủ", "ServerError"),
            "Máy chủ gặp lỗi ngoài dự kiến khi xử lý yêu cầu. Hãy thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã theo dõi (traceId)."),
        _ => (Generic(status, "Yêu cầu không thực hiện được", "RequestFailed"), "Yêu cầu không thực hiện được."),
    };

    private static Entry Make(int status, string title, DocxInputError error) =>
        new(status, title, TypePrefix + Kebab(error.ToString()), error.ToString());

    private static Entry Generic(int status, string title, string error) => new(status, title, TypePrefix + Kebab(error), error);

    /// <summary><c>ZipBomb</c> → <c>zip-bomb</c>.</summary>
    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
