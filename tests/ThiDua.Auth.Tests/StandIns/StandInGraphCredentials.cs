using Azure.Core;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Auth.Tests.StandIns;

/// <summary>
/// Graph credentials for <see cref="GraphLibraryStandIn"/>, which takes any token: a fixed one, valid for an hour. The
/// service's real credentials exchange the user's token on behalf of the user, which needs Entra ID itself.
/// </summary>
public sealed class StandInGraphCredentials : IGraphCredentials
{
    /// <inheritdoc />
    public TokenCredential For(System.Security.Claims.ClaimsPrincipal user) =>
        DelegatedTokenCredential.Create((_, _) => new AccessToken("graph-stand-in-token", DateTimeOffset.UtcNow.AddHours(1)));
}
