namespace ThiDua.Service.Features.Auth;

/// <summary>The names of the authorisation policies and the API scope they require.</summary>
public static class AuthPolicies
{
    /// <summary>The delegated scope every caller's access token must carry (<c>api://{client id}/access_as_user</c>).</summary>
    public const string Scope = "access_as_user";

    /// <summary>Any signed-in user whose token carries <see cref="Scope"/>, member or not — only <c>GET /api/me</c>, which tells a non-member so.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>
    /// A configured member of any role — the default and fallback policy: every endpoint that names no other policy, which
    /// then narrows to the member's units (<see cref="ICurrentUnitScope"/>).
    /// </summary>
    public const string Member = "Member";
}
