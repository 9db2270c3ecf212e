using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Auth;

/// <summary>The problem (RFC 9457, Vietnamese) of a signed-in user reaching outside their units.</summary>
public static class ScopeProblems
{
    /// <summary>A 403 problem with <paramref name="detail"/>.</summary>
    public static ProblemHttpResult Forbidden(string detail) => ApiProblems.Problem(ProblemCatalog.OutsideUnitScope, detail);

    /// <summary>The 403 problem for a unit the user may not see.</summary>
    public static ProblemHttpResult Unit(int unitId) => Forbidden($"Tài khoản này không được xem hay gửi dữ liệu của đơn vị mã {unitId}.");

    /// <summary>The 403 problem for a plan of a unit the user may not see.</summary>
    public static ProblemHttpResult Plan(int planId) => Forbidden($"Kế hoạch mã {planId} thuộc đơn vị ngoài phạm vi của tài khoản này.");
}
