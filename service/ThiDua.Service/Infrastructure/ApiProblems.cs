using Microsoft.AspNetCore.Http.HttpResults;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// RFC 9457 problem details for every failure: input problems from <see cref="InputExceptionHandler"/>, bare status
/// codes (404, 405…) from the status code pages, and unexpected exceptions as a 500 without a stack trace.
/// Every problem has a Vietnamese <c>title</c> and <c>detail</c>, a <c>type</c> URI, an <c>error</c> name and a <c>traceId</c>.
/// </summary>
public static class ApiProblems
{
    /// <summary>Name of the problem extension that carries the machine-readable error name (<c>Encrypted</c>, <c>NotFound</c>…).</summary>
    public const string ErrorExtension = "error";

    /// <summary>
    /// Registers problem details (validation failures as <see cref="ProblemCatalog.InvalidParameter"/> with each parameter's
    /// Vietnamese message), the exception handler, and makes request-binding failures throw so they are handled the same way.
    /// </summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Extensions.ContainsKey(ErrorExtension)) return;
            var (entry, detail) = problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation
                ? (ProblemCatalog.InvalidParameter, RequestProblems.ForValidation(validation.Errors))
                : ProblemCatalog.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
            problem.Title = entry.Title;
            problem.Type = entry.Type;
            problem.Detail = problem is HttpValidationProblemDetails ? detail : problem.Detail ?? detail;
            problem.Extensions[ErrorExtension] = entry.Error;
        });
        services.AddExceptionHandler<InputExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Adds the exception handler and the status code pages, first in the pipeline.</summary>
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>A problem result for <paramref name="entry"/> with <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Problem(ProblemCatalog.Entry entry, string detail, string? instance = null) =>
        TypedResults.Problem(detail: detail, instance: instance, statusCode: entry.Status, title: entry.Title, type: entry.Type,
            extensions: new Dictionary<string, object?> { [ErrorExtension] = entry.Error });

    /// <summary>Name of the problem extension listing every problem found (a refused rule profile document: one sentence each).</summary>
    public const string ProblemsExtension = "problems";

    /// <summary>A problem result for <paramref name="entry"/> listing <paramref name="problems"/> (Vietnamese sentences) in the <c>problems</c> extension; the first is the detail.</summary>
    public static ProblemHttpResult Problem(ProblemCatalog.Entry entry, IReadOnlyList<string> problems) =>
        TypedResults.Problem(detail: problems.Count > 0 ? problems[0] : entry.Title, statusCode: entry.Status, title: entry.Title, type: entry.Type,
            extensions: new Dictionary<string, object?> { [ErrorExtension] = entry.Error, [ProblemsExtension] = problems });
}
