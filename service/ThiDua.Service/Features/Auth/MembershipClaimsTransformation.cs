using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// Gives a signed-in user their <see cref="ThiDuaClaims"/> from the configured members only: every <c>thidua/*</c> claim the
/// token itself carries is dropped (a token cannot claim a role, a unit or a district), then the claims of the matching
/// <see cref="Member"/> (<see cref="MemberDirectory.Find"/>) are added as a second identity. A user who matches no member
/// keeps only the token's own claims and passes no data policy.
/// </summary>
public sealed class MembershipClaimsTransformation(MemberDirectory members) : IClaimsTransformation
{
    /// <inheritdoc />
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return Task.FromResult(principal);
        // The membership identity is only ever made here or by the local-development sign-in: already transformed.
        if (principal.Identities.Any(i => i.AuthenticationType == ThiDuaClaims.AuthenticationType)) return Task.FromResult(principal);

        var transformed = new ClaimsPrincipal(principal.Identities.Select(WithoutThiDuaClaims));
        if (members.Find(transformed) is { } member)
            transformed.AddIdentity(new ClaimsIdentity(ThiDuaClaims.Of(member), ThiDuaClaims.AuthenticationType));
        return Task.FromResult(transformed);
    }

    private static ClaimsIdentity WithoutThiDuaClaims(ClaimsIdentity identity)
    {
        if (!identity.Claims.Any(ThiDuaClaims.IsThiDuaClaim)) return identity;
        var copy = identity.Clone();
        foreach (var claim in copy.Claims.Where(ThiDuaClaims.IsThiDuaClaim).ToList()) copy.RemoveClaim(claim);
        return copy;
    }
}
