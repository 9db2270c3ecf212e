using System.Security.Claims;
using Microsoft.Identity.Web;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// The configured members (<c>Authorization:Members</c>), checked once at start, and the match of a signed-in Entra user
/// to one of them: by object id (<c>oid</c>) and tenant id (<c>tid</c>) — or, outside Production only, for a member
/// given without an object id, by user principal name (<c>preferred_username</c>/<c>upn</c>) and tenant id.
/// </summary>
public sealed class MemberDirectory
{
    private readonly IReadOnlyList<(Member Member, string Tenant)> members;

    private MemberDirectory(IReadOnlyList<(Member Member, string Tenant)> members) => this.members = members;

    /// <summary>
    /// Reads and checks <paramref name="configured"/>: every object id and tenant id is a GUID, every member has an object
    /// id or a user principal name and a tenant (its own <see cref="Member.TenantId"/>, else <paramref name="defaultTenant"/>);
    /// in Production every member has an object id.
    /// </summary>
    /// <param name="configured">The members as configured.</param>
    /// <param name="defaultTenant"><c>AzureAd:TenantId</c>; used when it is a GUID.</param>
    /// <param name="production">True in the Production environment.</param>
    /// <exception cref="InvalidOperationException">A member breaks one of those rules; the message names it (the service does not start).</exception>
    public static MemberDirectory Create(IReadOnlyList<Member> configured, string? defaultTenant, bool production)
    {
        var checkedMembers = new List<(Member, string)>();
        var fallbackTenant = Guid.TryParse(defaultTenant, out var tenantGuid) ? tenantGuid.ToString() : null;
        for (var i = 0; i < configured.Count; i++)
        {
            var member = configured[i];
            var key = $"{MembershipOptions.Section}:Members:{i}";
            var hasObjectId = !string.IsNullOrWhiteSpace(member.ObjectId);
            if (hasObjectId && !Guid.TryParse(member.ObjectId, out _))
                throw new InvalidOperationException($"{key}:ObjectId \"{member.ObjectId}\" không phải mã đối tượng (GUID) của Microsoft Entra ID.");
            if (!hasObjectId && string.IsNullOrWhiteSpace(member.Upn))
                throw new InvalidOperationException($"{key} thiếu ObjectId (mã đối tượng của người dùng trong Microsoft Entra ID).");
            if (!hasObjectId && production)
                throw new InvalidOperationException(
                    $"{key} chỉ có Upn ({member.Upn}): trong môi trường Production, thành viên phải được nhận diện bằng ObjectId (và TenantId), " +
                    "vì tên đăng nhập (UPN) có thể đổi hoặc được cấp lại cho người khác. Thêm " + key + ":ObjectId.");
            string tenant;
            if (!string.IsNullOrWhiteSpace(member.TenantId))
                tenant = Guid.TryParse(member.TenantId, out var own) ? own.ToString()
                    : throw new InvalidOperationException($"{key}:TenantId \"{member.TenantId}\" không phải mã tổ chức (GUID) của Microsoft Entra ID.");
            else
                tenant = fallbackTenant ?? throw new InvalidOperationException(
                    $"{key} thiếu TenantId, và AzureAd:TenantId (\"{defaultTenant}\") không phải một mã tổ chức cụ thể.");
            checkedMembers.Add((member, tenant));
        }
        return new MemberDirectory(checkedMembers);
    }

    /// <summary>How many members are configured.</summary>
    public int Count => members.Count;

    /// <summary>
    /// The member <paramref name="principal"/> is: the one with its object id and tenant id; else a member without an object
    /// id whose user principal name and tenant are the principal's. Null when none matches or the token lacks a tenant.
    /// </summary>
    public Member? Find(ClaimsPrincipal principal)
    {
        var tenant = principal.GetTenantId();
        if (string.IsNullOrEmpty(tenant)) return null;
        var objectId = principal.GetObjectId();
        var upn = principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("upn")?.Value ?? principal.FindFirst(ClaimTypes.Upn)?.Value;
        foreach (var (member, memberTenant) in members)
            if (SameId(memberTenant, tenant) && !string.IsNullOrWhiteSpace(member.ObjectId) && SameId(member.ObjectId, objectId))
                return member;
        foreach (var (member, memberTenant) in members)
            if (SameId(memberTenant, tenant) && string.IsNullOrWhiteSpace(member.ObjectId) && upn is not null
                && string.Equals(member.Upn!.Trim(), upn, StringComparison.OrdinalIgnoreCase))
                return member;
        return null;
    }

    private static bool SameId(string? configured, string? claim) =>
        Guid.TryParse(configured, out var a) && Guid.TryParse(claim, out var b) && a == b;
}
