namespace ThiDua.Service.Features.Auth;

/// <summary>
/// A member — <em>thành viên</em>: one entry of <c>Authorization:Members</c> saying who a signed-in user is for ThiDua.
/// A user is matched by Entra object id (<c>oid</c>) together with tenant id (<c>tid</c>), the two claims Microsoft
/// documents as the stable identity of a user; a user principal name is mutable and may be reassigned, so a member given
/// only by <see cref="Upn"/> is refused in Production and matched by it (and the tenant) only elsewhere
/// (<see cref="MemberDirectory"/>). The unit is never taken from the request or the token.
/// </summary>
public sealed class Member
{
    /// <summary>The user's Entra object id (a GUID), e.g. <c>0f4a…</c>.</summary>
    public string? ObjectId { get; set; }

    /// <summary>
    /// The user's tenant (directory) id, a GUID; when empty, <c>AzureAd:TenantId</c> (which must then be a GUID, not
    /// <c>organizations</c> or <c>common</c>).
    /// </summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The user principal name, e.g. <c>vanthu@triyen.gov.vn</c>: a label beside <see cref="ObjectId"/>; used for matching
    /// only when no object id is given, which Production refuses.
    /// </summary>
    public string? Upn { get; set; }

    /// <summary>The role.</summary>
    public MemberRole Role { get; set; }

    /// <summary>For an officer: the unit's name as printed (<c>UBND xã Trí Yên</c>), matched on the unit key; or use <see cref="UnitId"/>.</summary>
    public string? Unit { get; set; }

    /// <summary>For an officer: the unit profile id in the central database.</summary>
    public int? UnitId { get; set; }

    /// <summary>For a district reviewer: the district's name (<c>Yên Dũng</c>), matched on the unit key.</summary>
    public string? District { get; set; }
}
