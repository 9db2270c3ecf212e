using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Plans.Authoring;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Authoring;

/// <summary>Answers the authoring endpoints' failures from the catalogue: a request that cannot be authored (400), a unit outside the caller's units (403) and an unknown unit or section (404).</summary>
public static class AuthoringProblems
{
    /// <summary>Runs <paramref name="action"/>, answering its input failures as problems.</summary>
    public static async Task<Results<T, ProblemHttpResult>> Guard<T>(Func<Task<T>> action) where T : IResult
    {
        try
        {
            return await action();
        }
        catch (AuthoringInputException ex)
        {
            return ApiProblems.Problem(ProblemCatalog.AuthoringInput, ex.Message);
        }
        catch (KeyNotFoundException ex)
        {
            return ApiProblems.Problem(ProblemCatalog.NotFound, ex.Message);
        }
        catch (UnitOutsideScopeException ex)
        {
            return ApiProblems.Problem(ProblemCatalog.OutsideUnitScope, ex.Message);
        }
    }
}
