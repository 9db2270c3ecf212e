using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Profiles;

/// <summary>The problems (RFC 9457, Vietnamese) of the rule profile endpoints, named from <see cref="ProblemCatalog"/>.</summary>
public static class ProfileProblems
{
    /// <summary>Name of the extension listing every problem of a refused profile document.</summary>
    public const string ProblemsExtension = ApiProblems.ProblemsExtension;

    /// <summary>A profile document that is not JSON, not of the schema, or widens what the decree fixes (400).</summary>
    public static ProblemCatalog.Entry InvalidProfile => ProblemCatalog.InvalidRuleProfile;

    /// <summary>Profiles that do not go together (a unit's range outside its province's) or a unit that is not known (422).</summary>
    public static ProblemCatalog.Entry ProfileNotApplicable => ProblemCatalog.RuleProfileNotApplicable;

    /// <summary>Another profile already applies to the same place (409).</summary>
    public static ProblemCatalog.Entry ProfileConflict => ProblemCatalog.RuleProfileConflict;

    /// <summary>No profile of that name (404).</summary>
    public static ProblemCatalog.Entry ProfileNotFound => ProblemCatalog.RuleProfileNotFound;

    /// <summary>The user may not change a profile of that place (403).</summary>
    public static ProblemCatalog.Entry ProfileForbidden => ProblemCatalog.RuleProfileForbidden;

    /// <summary>The problem of <paramref name="entry"/>, listing <paramref name="problems"/> in the <c>problems</c> extension; the first is the detail.</summary>
    public static ProblemHttpResult Problem(ProblemCatalog.Entry entry, IReadOnlyList<string> problems) => ApiProblems.Problem(entry, problems);

    /// <summary>The problem of <paramref name="entry"/> with one sentence.</summary>
    public static ProblemHttpResult Problem(ProblemCatalog.Entry entry, string problem) => ApiProblems.Problem(entry, [problem]);
}
