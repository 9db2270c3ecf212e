using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Profiles;

/// <summary>The problems (RFC 9457, Vietnamese) of the rule profile endpoints.</summary>
public static class ProfileProblems
{
    /// <summary>Name of the extension listing every problem of a refused profile document.</summary>
    public const string ProblemsExtension = "problems";

    /// <summary>A profile document that is not JSON, not of the schema, or widens what the decree fixes (400).</summary>
    public static readonly ProblemCatalog.Entry InvalidProfile =
        new(StatusCodes.Status400BadRequest, "Hồ sơ quy tắc không hợp lệ", ProblemCatalog.TypePrefix + "invalid-rule-profile", "InvalidRuleProfile");

    /// <summary>Profiles that do not go together (a unit's range outside its province's) or a unit that is not known (422).</summary>
    public static readonly ProblemCatalog.Entry ProfileNotApplicable =
        new(StatusCodes.Status422UnprocessableEntity, "Không áp dụng được hồ sơ quy tắc", ProblemCatalog.TypePrefix + "rule-profile-not-applicable", "RuleProfileNotApplicable");

    /// <summary>Another profile already applies to the same place (409).</summary>
    public static readonly ProblemCatalog.Entry ProfileConflict =
        new(StatusCodes.Status409Conflict, "Trùng hồ sơ quy tắc", ProblemCatalog.TypePrefix + "rule-profile-conflict", "RuleProfileConflict");

    /// <summary>No profile of that name (404).</summary>
    public static readonly ProblemCatalog.Entry ProfileNotFound =
        new(StatusCodes.Status404NotFound, "Không tìm thấy hồ sơ quy tắc", ProblemCatalog.TypePrefix + "rule-profile-not-found", "RuleProfileNotFound");

    /// <summary>The user may not change a profile of that place (403).</summary>
    public static readonly ProblemCatalog.Entry ProfileForbidden =
        new(StatusCodes.Status403Forbidden, "Không được sửa hồ sơ quy tắc này", ProblemCatalog.TypePrefix + "rule-profile-forbidden", "RuleProfileForbidden");

    /// <summary>The problem of <paramref name="entry"/>, listing <paramref name="problems"/> in the <c>problems</c> extension; the first is the detail.</summary>
    public static IResult Problem(ProblemCatalog.Entry entry, IReadOnlyList<string> problems) =>
        TypedResults.Problem(detail: problems.Count > 0 ? problems[0] : entry.Title, statusCode: entry.Status, title: entry.Title, type: entry.Type,
            extensions: new Dictionary<string, object?> { [ApiProblems.ErrorExtension] = entry.Error, [ProblemsExtension] = problems });

    /// <summary>The problem of <paramref name="entry"/> with one sentence.</summary>
    public static IResult Problem(ProblemCatalog.Entry entry, string problem) => Problem(entry, [problem]);
}
