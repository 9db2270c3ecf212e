using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// Adds the <see cref="ThiDuaClaims"/> of the configured <see cref="Member"/> matching a signed-in Entra user — by object id
/// (<c>oid</c>), else by user principal name — as a second identity. A user who matches no member keeps only the token's
/// claims and passes no data policy.
/// </summary>
public sealed class MembershipClaimsTransformation(IOptionsMonitor<MembershipOptions> options) : IClaimsTransformation
{
    /// <inheritdoc />
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == ThiDuaClaims.Role))
            return Task.FromResult(principal);
        var member = Find(options.CurrentValue.Members, principal);
        if (member is null) return Task.FromResult(principal);
        var transformed = new ClaimsPrincipal(principal.Identities);
        transformed.AddIdentity(new ClaimsIdentity(ThiDuaClaims.Of(member), ThiDuaClaims.AuthenticationType));
        return Task.FromResult(transformed);
    }

    /// <summary>The member for <paramref name="principal"/>: the one with its object id, else the one with its user principal name.</summary>
    public static Member? Find(IEnumerable<Member> members, ClaimsPrincipal principal)
    {
        var objectId = principal.GetObjectId();
        var upn = principal.FindFirst("preferred_username")?.Value ?? principal.FindFirst("upn")?.Value ?? principal.FindFirst(ClaimTypes.Upn)?.Value;
        var list = members.ToList();
        return list.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m.ObjectId) && objectId is not null
                                        && string.Equals(m.ObjectId.Trim(), objectId, StringComparison.OrdinalIgnoreCase))
            ?? list.FirstOrDefault(m => string.IsNullOrWhiteSpace(m.ObjectId) && !string.IsNullOrWhiteSpace(m.Upn) && upn is not null
                                        && string.Equals(m.Upn.Trim(), upn, StringComparison.OrdinalIgnoreCase));
    }
}
