namespace ThiDua.Service.Features.Auth;

/// <summary>The names of the authorisation policies and the API scope they require.</summary>
public static class AuthPolicies
{
    /// <summary>The delegated scope every caller's access token must carry (<c>api://{client id}/access_as_user</c>).</summary>
    public const string Scope = "access_as_user";

    /// <summary>Any signed-in user whose token carries <see cref="Scope"/> — check, fix and extract an uploaded plan.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>A configured member of any role — the data endpoints, which then narrow to the member's units (<see cref="ICurrentUnitScope"/>).</summary>
    public const string Member = "Member";

    /// <summary>Cán bộ của một đơn vị: reads and submits the plans of one unit.</summary>
    public const string Officer = nameof(MemberRole.Officer);

    /// <summary>Phòng Nội vụ của huyện: reads every unit of one district and submits for them.</summary>
    public const string DistrictReviewer = nameof(MemberRole.DistrictReviewer);

    /// <summary>Quản trị: every unit.</summary>
    public const string Admin = nameof(MemberRole.Admin);
}
