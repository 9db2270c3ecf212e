using System.Security.Claims;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// The claims ThiDua adds to a signed-in user from <c>Authorization:Members</c> (<see cref="MembershipClaimsTransformation"/>),
/// and reading them back.
/// </summary>
public static class ThiDuaClaims
{
    /// <summary>The member's <see cref="MemberRole"/> name.</summary>
    public const string Role = "thidua/role";

    /// <summary>An officer's unit name (<see cref="Member.Unit"/>).</summary>
    public const string Unit = "thidua/unit";

    /// <summary>An officer's unit id (<see cref="Member.UnitId"/>).</summary>
    public const string UnitId = "thidua/unit-id";

    /// <summary>A district reviewer's district (<see cref="Member.District"/>).</summary>
    public const string District = "thidua/district";

    /// <summary>The name of the identity that carries these claims.</summary>
    public const string AuthenticationType = "ThiDua.Membership";

    /// <summary>The prefix of every ThiDua claim type; a token's own claims with it are dropped (<see cref="MembershipClaimsTransformation"/>).</summary>
    public const string Prefix = "thidua/";

    /// <summary>True for a claim whose type starts with <see cref="Prefix"/> (any case).</summary>
    public static bool IsThiDuaClaim(Claim claim) => claim.Type.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The member's role, or null when the user is not a configured member.</summary>
    public static MemberRole? RoleOf(ClaimsPrincipal user) =>
        Enum.TryParse<MemberRole>(user.FindFirst(Role)?.Value, ignoreCase: false, out var role) && Enum.IsDefined(role) ? role : null;

    /// <summary>The claims that describe <paramref name="member"/>.</summary>
    public static IEnumerable<Claim> Of(Member member)
    {
        yield return new Claim(Role, member.Role.ToString());
        if (!string.IsNullOrWhiteSpace(member.Unit)) yield return new Claim(Unit, member.Unit.Trim().Normalize());
        if (member.UnitId is { } id) yield return new Claim(UnitId, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(member.District)) yield return new Claim(District, member.District.Trim().Normalize());
    }
}
