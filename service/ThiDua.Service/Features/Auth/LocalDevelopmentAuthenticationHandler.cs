using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// The authentication of <see cref="AuthenticationMode.LocalDevelopment"/>: every request, with or without a token, is a
/// signed-in administrator named <c>Phát triển cục bộ</c> carrying the API scope, so the same policies run as in production.
/// </summary>
public sealed class LocalDevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "LocalDevelopment";

    /// <summary>The display name of the local user.</summary>
    public const string UserName = "Phát triển cục bộ";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(CreatePrincipal(), SchemeName)));

    /// <summary>The local administrator (also the member a background import runs for in this mode).</summary>
    public static ClaimsPrincipal CreatePrincipal()
    {
        Claim[] claims =
        [
            new("name", UserName),
            new("preferred_username", "local@localhost"),
            new("scp", AuthPolicies.Scope),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, "name", ClaimTypes.Role));
        principal.AddIdentity(new ClaimsIdentity(ThiDuaClaims.Of(new Member { Role = MemberRole.Admin }), ThiDuaClaims.AuthenticationType));
        return principal;
    }
}
