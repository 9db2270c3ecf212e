using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Plans.Authoring;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Authoring;

/// <summary>The problems of the authoring endpoints: a request that cannot be authored (400), a unit outside the caller's units (403) and an unknown unit or section (404).</summary>
public static class AuthoringProblems
{
    /// <summary>400: the request's data cannot make a plan (<see cref="AuthoringInputException"/>).</summary>
    public static readonly ProblemCatalog.Entry Invalid =
        new(StatusCodes.Status400BadRequest, "Yêu cầu soạn kế hoạch không hợp lệ", ProblemCatalog.TypePrefix + "authoring-input", "AuthoringInput");

    /// <summary>404: no unit profile or catalogue section with that id.</summary>
    public static readonly ProblemCatalog.Entry NotFound =
        new(StatusCodes.Status404NotFound, "Không tìm thấy", ProblemCatalog.TypePrefix + "not-found", "NotFound");

    /// <summary>Runs <paramref name="action"/>, answering its input failures as problems.</summary>
    public static async Task<Results<T, ProblemHttpResult>> Guard<T>(Func<Task<T>> action) where T : IResult
    {
        try
        {
            return await action();
        }
        catch (AuthoringInputException ex)
        {
            return ApiProblems.Problem(Invalid, ex.Message);
        }
        catch (KeyNotFoundException ex)
        {
            return ApiProblems.Problem(NotFound, ex.Message);
        }
        catch (UnitOutsideScopeException ex)
        {
            return ApiProblems.Problem(ScopeProblems.OutsideScope, ex.Message);
        }
    }
}
