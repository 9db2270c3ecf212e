using System.Security.Claims;
using Azure.Core;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Auth.Tests.StandIns;

/// <summary>
/// Graph credentials for the tests that are about the import itself, not its sign-in: a session key of its own and a fixed
/// Graph token, which <see cref="GraphLibraryStandIn"/> accepts when it is not told which tokens are valid. The service's real
/// credentials (the long-running on-behalf-of exchange) are proven against the OIDC stand-in by <c>LongRunningOboTests</c>.
/// </summary>
public sealed class StandInGraphCredentials : IGraphCredentials
{
    /// <summary>The Graph token every session gives.</summary>
    public const string Token = "graph-stand-in-token";

    /// <inheritdoc />
    public Task<string> StartSessionAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => Task.FromResult("stand-in-session-" + Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public TokenCredential For(string sessionKey) =>
        DelegatedTokenCredential.Create((_, _) => new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1)));
}
