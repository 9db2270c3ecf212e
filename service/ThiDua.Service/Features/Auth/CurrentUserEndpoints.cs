using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThiDua.Data;

namespace ThiDua.Service.Features.Auth;

/// <summary><c>GET /api/me</c>: who is signed in, with which role and for which units — what the pane shows under its title.</summary>
public static class CurrentUserEndpoints
{
    /// <summary>The signed-in user as the API sees them.</summary>
    /// <param name="Name">Display name (<c>name</c> claim).</param>
    /// <param name="Upn">User principal name (<c>preferred_username</c>), or empty.</param>
    /// <param name="Role">The member role, or null when the account is not a configured member.</param>
    /// <param name="RoleLabel">The role in Vietnamese (<c>Cán bộ đơn vị</c>, <c>Phòng Nội vụ huyện</c>, <c>Quản trị</c>, <c>Chưa được phân quyền</c>).</param>
    /// <param name="District">A district reviewer's district, or null.</param>
    /// <param name="Units">The units in scope (id and name); null when the user sees every unit.</param>
    /// <param name="LocalDevelopment">True when the service runs without sign-in (<c>Authentication:Mode=LocalDevelopment</c>).</param>
    public sealed record CurrentUser(
        string Name, string Upn, MemberRole? Role, string RoleLabel, string? District, IReadOnlyList<UnitRef>? Units, bool LocalDevelopment);

    /// <summary>A unit in the user's scope.</summary>
    /// <param name="Id">Unit profile id.</param>
    /// <param name="Name">Unit name.</param>
    public sealed record UnitRef(int Id, string Name);

    /// <summary>Maps <c>GET /api/me</c> (any signed-in user).</summary>
    public static IEndpointRouteBuilder MapCurrentUser(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/me", Get)
            .RequireAuthorization(AuthPolicies.SignedIn)
            .WithTags("Đăng nhập")
            .WithName("GetCurrentUser")
            .WithSummary("Người đang đăng nhập")
            .WithDescription("Tên, vai trò và các đơn vị mà tài khoản đang đăng nhập được xem và gửi kế hoạch.")
            .Produces<CurrentUser>()
            .Produces(StatusCodes.Status401Unauthorized);
        return routes;
    }

    private static async Task<IResult> Get(ClaimsPrincipal user, ICurrentUnitScope scope, ThiDuaDbContext db, CancellationToken cancellationToken)
    {
        var role = ThiDuaClaims.RoleOf(user);
        var ids = await scope.UnitIdsAsync(cancellationToken);
        List<UnitRef>? units = ids is null ? null
            : await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name).Select(u => new UnitRef(u.Id, u.Name)).ToListAsync(cancellationToken);
        var label = role switch
        {
            MemberRole.Officer => "Cán bộ đơn vị",
            MemberRole.DistrictReviewer => "Phòng Nội vụ huyện",
            MemberRole.Admin => "Quản trị",
            _ => "Chưa được phân quyền",
        };
        return TypedResults.Ok(new CurrentUser(
            user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "", user.FindFirst("preferred_username")?.Value ?? "",
            role, label, user.FindFirst(ThiDuaClaims.District)?.Value, units,
            user.Identity?.AuthenticationType == LocalDevelopmentAuthenticationHandler.SchemeName));
    }
}
