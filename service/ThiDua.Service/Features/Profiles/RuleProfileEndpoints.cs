using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using ThiDua.Data;
using ThiDua.Data.Profiles;
using ThiDua.Data.Units;
using ThiDua.Rules;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Profiles;
using ThiDua.Service.Features.Auth;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Profiles;

/// <summary>A rule as a profile leaves it: on or off, its severity, and which profile set what it expects.</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Enabled">False when a profile turned it off.</param>
/// <param name="Severity">The severity of its findings under the profile.</param>
/// <param name="ExpectationFrom">The title of the profile that set what it expects, or the base's.</param>
public sealed record ApplicableRule(string Id, bool Enabled, Severity Severity, string ExpectationFrom);

/// <summary>The profile that applies (<c>GET /api/rule-profiles/applicable</c>), what the pane shows above its findings.</summary>
/// <param name="Profile">The profile and its chain.</param>
/// <param name="Rules">Every rule of the catalogue under it, in id order.</param>
public sealed record ApplicableProfile(AppliedProfile Profile, IReadOnlyList<ApplicableRule> Rules)
{
    /// <summary>What <paramref name="profile"/> applies.</summary>
    public static ApplicableProfile Of(EffectiveProfile profile) => new(AppliedProfile.Of(profile),
        RuleCatalog.All.Select(r => new ApplicableRule(r.Id, profile.IsEnabled(r.Id), profile.SeverityOf(r.Id), profile.SourceOf(r.Id))).ToList());
}

/// <summary>
/// <c>/api/rule-profiles</c>: rule profiles — <em>hồ sơ quy tắc</em> (rules.md § Rule profiles) — stored centrally per
/// province, district or unit, the two shipped samples, the JSON Schema their documents follow, and the profile that
/// applies to a unit's checks (province → district → unit).
/// </summary>
public static class RuleProfileEndpoints
{
    /// <summary>Registers the <see cref="ProfileResolver"/>.</summary>
    public static IServiceCollection AddRuleProfiles(this IServiceCollection services) => services.AddScoped<ProfileResolver>();

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapRuleProfileEndpoints(this IEndpointRouteBuilder routes)
    {
        var profiles = routes.MapGroup("/api/rule-profiles").WithTags("Hồ sơ quy tắc").RequireAuthorization(AuthPolicies.Member);

        profiles.MapGet("/", List).WithName("ListRuleProfiles").WithSummary("Các hồ sơ quy tắc đã lưu")
            .WithDescription("Hồ sơ quy tắc lưu trên máy chủ: tên, tiêu đề, phạm vi áp dụng (tỉnh, huyện, đơn vị).");
        profiles.MapGet("/samples", Samples).WithName("ListSampleRuleProfiles").WithSummary("Các hồ sơ quy tắc mẫu")
            .WithDescription("Hai hồ sơ mẫu đi kèm hệ thống: hướng dẫn của tỉnh (nội dung cỡ 14, giãn dòng đúng 1,2 dòng) và quy định của trường học.")
            .Produces<List<RuleProfile>>(StatusCodes.Status200OK);
        profiles.MapGet("/schema", Schema).WithName("GetRuleProfileSchema").WithSummary("Cấu trúc (JSON Schema) của hồ sơ quy tắc")
            .Produces<string>(StatusCodes.Status200OK, "application/schema+json");
        profiles.MapGet("/applicable", Applicable).WithName("GetApplicableRuleProfile").WithSummary("Hồ sơ quy tắc đang áp dụng")
            .WithDescription("Hồ sơ áp dụng khi kiểm tra: hồ sơ có tên profile, hoặc của đơn vị unitId, hoặc của đơn vị của người đăng nhập " +
                             "(tỉnh → huyện → đơn vị); nếu không có, Nghị định 30/2020/NĐ-CP. Kèm từng quy tắc: bật/tắt, mức độ, hồ sơ đặt yêu cầu.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        profiles.MapGet("/{name}", Get).WithName("GetRuleProfile").WithSummary("Một hồ sơ quy tắc")
            .Produces<RuleProfile>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapGet("/{name}/chain", Chain).WithName("GetRuleProfileChain").WithSummary("Các hồ sơ áp dụng khi dùng một hồ sơ")
            .WithDescription("Các hồ sơ áp dụng khi gọi tên hồ sơ name, từ chung đến riêng: của tỉnh, của huyện, rồi chính hồ sơ đó.")
            .Produces<IReadOnlyList<RuleProfile>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        profiles.MapPut("/{name}", Put).WithName("PutRuleProfile").WithSummary("Lưu hồ sơ quy tắc")
            .WithDescription("Thêm hoặc thay hồ sơ quy tắc name (nội dung JSON theo cấu trúc ở /api/rule-profiles/schema). Hồ sơ không được nới rộng " +
                             "điều Nghị định 30/2020/NĐ-CP đã quy định; mọi lỗi được liệt kê trong trường problems. Hồ sơ của tỉnh và hồ sơ chỉ dùng theo tên: " +
                             "quản trị; của huyện: quản trị hoặc Phòng Nội vụ huyện đó; của đơn vị: người được sửa hồ sơ đơn vị đó.")
            .Accepts<RuleProfile>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        profiles.MapDelete("/{name}", Delete).WithName("DeleteRuleProfile").WithSummary("Xóa hồ sơ quy tắc")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Ok<List<StoredProfileView>>> List(RuleProfileStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    // Profiles are answered as profile documents: a member the profile leaves out is absent, never null (its schema has no null).
    private static JsonHttpResult<List<RuleProfile>> Samples(IOptions<JsonOptions> json) =>
        TypedResults.Json(SampleProfiles.All.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(), ApiJson.WithoutNulls(json.Value));

    private static ContentHttpResult Schema() => TypedResults.Text(RuleProfileReader.SchemaText, "application/schema+json", Encoding.UTF8);

    private static async Task<Results<Ok<ApplicableProfile>, ProblemHttpResult>> Applicable(string? profile, int? unitId, ProfileResolver resolver, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(ApplicableProfile.Of(await resolver.ResolveAsync(profile, unitId, cancellationToken)));
        }
        catch (ProfileResolutionException e)
        {
            return e.Problem;
        }
    }

    private static async Task<Results<JsonHttpResult<RuleProfile>, ProblemHttpResult>> Get(string name, RuleProfileStore store, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (SampleProfiles.Find(name) is { } sample) return TypedResults.Json(sample, ApiJson.WithoutNulls(json.Value));
        if (await store.GetAsync(name, cancellationToken) is not { } stored) return NotFound(name);
        try
        {
            return TypedResults.Json(RuleProfileReader.Read(stored.Document), ApiJson.WithoutNulls(json.Value));
        }
        catch (RuleProfileException e)
        {
            return ProfileProblems.Problem(ProfileProblems.ProfileNotApplicable, e.Problems);
        }
    }

    private static async Task<Results<JsonHttpResult<IReadOnlyList<RuleProfile>>, ProblemHttpResult>> Chain(string name, ProfileResolver resolver, IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Json(await resolver.NamedChainAsync(name, cancellationToken), ApiJson.WithoutNulls(json.Value));
        }
        catch (ProfileResolutionException e)
        {
            return e.Problem;
        }
    }

    private static async Task<Results<Ok<StoredProfileView>, Created<StoredProfileView>, ProblemHttpResult>> Put(string name, HttpRequest request, RuleProfileStore store, ThiDuaDbContext db, ICurrentUnitScope scope,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SampleProfiles.Find(name) is not null)
            return ProfileProblems.Problem(ProfileProblems.ProfileConflict, $"“{name}” là tên của một hồ sơ mẫu: đặt tên khác cho hồ sơ.");
        RuleProfile profile;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await ReadLimitedAsync(reader, cancellationToken);
            profile = RuleProfileReader.Read(text);
        }
        catch (RuleProfileException e)
        {
            return ProfileProblems.Problem(ProfileProblems.InvalidProfile, e.Problems);
        }
        if (profile.Name != name)
            return ProfileProblems.Problem(ProfileProblems.InvalidProfile, $"Tên trong hồ sơ (“{profile.Name}”) khác tên trong địa chỉ (“{name}”).");
        var target = new ProfileTarget(profile.AppliesTo?.Province, profile.AppliesTo?.District, profile.AppliesTo?.Unit);
        if (await MayWriteAsync(target, db, scope, user, cancellationToken) is { } refused) return refused;
        try
        {
            var (view, created) = await store.SaveAsync(name, profile.Title, target, RuleProfileReader.Write(profile), cancellationToken);
            return created ? TypedResults.Created($"/api/rule-profiles/{name}", view) : TypedResults.Ok(view);
        }
        catch (RuleProfileStoreException e)
        {
            return ProfileProblems.Problem(e.Error == RuleProfileStoreError.ScopeTaken ? ProfileProblems.ProfileConflict : ProfileProblems.ProfileNotApplicable, e.Message);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string name, RuleProfileStore store, ThiDuaDbContext db, ICurrentUnitScope scope,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(name, cancellationToken) is not { } stored) return NotFound(name);
        var v = stored.View;
        var target = new ProfileTarget(v.Scope == "province" ? v.Province : null, v.Scope == "district" ? v.District : null, v.Scope == "unit" ? v.UnitName : null);
        if (await MayWriteAsync(target, db, scope, user, cancellationToken) is { } refused) return refused;
        await store.DeleteAsync(name, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Null when the user may store a profile for <paramref name="target"/>; otherwise the 403 problem.</summary>
    private static async Task<ProblemHttpResult?> MayWriteAsync(ProfileTarget target, ThiDuaDbContext db, ICurrentUnitScope scope,
        System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var admin = ThiDuaClaims.RoleOf(user) == MemberRole.Admin;
        var unitKey = UnitKey.Of(target.Unit ?? "");
        var allowed = target.Scope switch
        {
            "district" => scope.AllowsNewUnit(target.District),
            "unit" => await db.Units.AsNoTracking().Where(u => u.Key == unitKey).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancellationToken) is not { } id
                ? admin // an unknown unit: the store says so to whoever may write
                : await scope.AllowsUnitAsync(id, cancellationToken),
            _ => admin,
        };
        return allowed ? null : ProfileProblems.Problem(ProfileProblems.ProfileForbidden, target.Scope switch
        {
            "province" => "Chỉ quản trị viên được lưu hồ sơ quy tắc của tỉnh.",
            "district" => "Chỉ quản trị viên hoặc Phòng Nội vụ của huyện này được lưu hồ sơ quy tắc của huyện.",
            "unit" => "Tài khoản này không được sửa hồ sơ quy tắc của đơn vị này.",
            _ => "Chỉ quản trị viên được lưu hồ sơ quy tắc dùng theo tên.",
        });
    }

    private static async Task<string> ReadLimitedAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[RuleProfileReader.MaxLength + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0) total += read;
        return new string(buffer, 0, total);
    }

    private static ProblemHttpResult NotFound(string name) =>
        ProfileProblems.Problem(ProfileProblems.ProfileNotFound, $"Không có hồ sơ quy tắc “{name}”.");
}
