using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// <c>/api/imports</c>: import every plan of a SharePoint folder or OneDrive folder (issue 7 item 3) — <c>POST</c> queues the
/// import (202 with its address), <c>GET /api/imports/{id}</c> gives its progress and per-file report.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>Registers the stored imports, their worker and its lease (<c>Imports</c> section), the Graph settings (<c>Graph</c> section), Graph's HTTP client with its resilience pipeline (<see cref="GraphHttp"/>) and the long-running on-behalf-of credentials.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section));
        services.AddGraphHttp(configuration);
        services.AddOptions<ImportWorkerOptions>().Bind(configuration.GetSection(ImportWorkerOptions.Section));
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<ImportLease>();
        services.AddSingleton<IGraphCredentials, LongRunningGraphCredentials>();
        services.AddScoped<ImportRunner>();
        services.AddHostedService<ImportWorker>();
        return services;
    }

    /// <summary>Maps <c>POST /api/imports</c> and <c>GET /api/imports/{id}</c> (members only).</summary>
    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder routes)
    {
        var imports = routes.MapGroup("/api/imports").WithTags("Nhập từ Microsoft 365").RequireAuthorization(AuthPolicies.Member);
        imports.MapPost("/", Start).WithName("StartImport").WithSummary("Nhập mọi kế hoạch trong một thư mục SharePoint hoặc OneDrive")
            .WithDescription("Liệt kê các tệp .docx của thư mục, tải từng tệp, kiểm tra, trích xuất chỉ tiêu và gửi về cơ sở dữ liệu chung " +
                             "(trong phạm vi đơn vị của tài khoản). Tệp đã gửi trước đó (cùng SHA-256) không được lưu lại.")
            .RequireRateLimiting(Infrastructure.RateLimits.Imports)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        imports.MapGet("/{id:guid}", Get).WithName("GetImport").WithSummary("Tiến độ và báo cáo của một đợt nhập")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Accepted<ImportView>, ProblemHttpResult>> Start(
        ImportRequest body, ClaimsPrincipal user, ImportJobs jobs, IGraphCredentials credentials, ILogger<ImportJobs> logger, CancellationToken cancellationToken)
    {
        string session;
        try
        {
            session = await credentials.StartSessionAsync(user, cancellationToken);
        }
        catch (GraphSignInException e)
        {
            logger.LogWarning(e, "Import not started: no long-running on-behalf-of session");
            return ApiProblems.Problem(e.Refused ? ProblemCatalog.GraphRefused : ProblemCatalog.GraphUnavailable, e.Message);
        }
        var job = await jobs.EnqueueAsync(body, user, session, cancellationToken);
        return TypedResults.Accepted($"/api/imports/{job.Id}", job);
    }

    private static async Task<Results<Ok<ImportView>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, ImportJobs jobs, CancellationToken cancellationToken) =>
        await jobs.FindAsync(id, user, cancellationToken) is { } job ? TypedResults.Ok(job)
            : ApiProblems.Problem(ProblemCatalog.NotFound, $"Không có đợt nhập {id} của tài khoản này.");
}
