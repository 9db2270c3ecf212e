using ThiDua.Service.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Rules.Engine;
using ThiDua.Service.Features.Auth;

namespace ThiDua.Service.Features.Rules;

/// <summary>
/// <c>/api/rules</c>: how each rule of the checker explains itself — id, severity, plan part, a short title and explanation
/// in Vietnamese, and the exact clause of Nghị định 30/2020/NĐ-CP it applies (or <c>Quy định của cơ quan</c> for a house
/// rule), so that the pane can show "vì sao" beside each finding (<see cref="RuleDescriptions"/>).
/// </summary>
public static class RuleEndpoints
{
    /// <summary>Maps <c>GET /api/rules</c> and <c>GET /api/rules/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapRuleEndpoints(this IEndpointRouteBuilder routes)
    {
        var rules = routes.MapGroup("/api/rules").WithTags("Quy tắc kiểm tra").RequireAuthorization(AuthPolicies.Member);

        rules.MapGet("/", List).WithName("ListRules").WithSummary("Các quy tắc kiểm tra và căn cứ của từng quy tắc")
            .WithDescription("Mọi quy tắc mà phép kiểm tra áp dụng, theo thứ tự mã: mã, mức độ (error/warning/info) theo Nghị định 30/2020/NĐ-CP, " +
                             "phần văn bản, tên ngắn, giải thích và điều khoản áp dụng (basis = decree: Nghị định 30/2020/NĐ-CP và các phụ lục; " +
                             "house: quy định của cơ quan).");
        rules.MapGet("/{id}", Get).WithName("GetRule").WithSummary("Một quy tắc kiểm tra")
            .WithDescription("Quy tắc có mã id (không phân biệt hoa thường, ví dụ HDR-MOTTO): giải thích và điều khoản áp dụng.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static Ok<IReadOnlyList<RuleDescription>> List() => TypedResults.Ok(RuleCatalog.Descriptions);

    private static Results<Ok<RuleDescription>, ProblemHttpResult> Get(string id) =>
        RuleCatalog.Describe(id) is { } rule
            ? TypedResults.Ok(rule)
            : ApiProblems.Problem(ProblemCatalog.NotFound, $"Không có quy tắc kiểm tra mã “{id}”.");
}
