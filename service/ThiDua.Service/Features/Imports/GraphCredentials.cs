using System.Security.Claims;
using Azure.Core;
using Microsoft.Identity.Web;

namespace ThiDua.Service.Features.Imports;

/// <summary>Gives the Microsoft Graph client a credential for the signed-in user (on-behalf-of).</summary>
public interface IGraphCredentials
{
    /// <summary>A credential acting for <paramref name="user"/> with the delegated permissions <c>Files.Read.All</c> and <c>Sites.Read.All</c>.</summary>
    TokenCredential For(ClaimsPrincipal user);
}

/// <summary>
/// <see cref="IGraphCredentials"/> through Microsoft.Identity.Web's <see cref="ITokenAcquisition"/>: the user's access token
/// for this API is exchanged for a Graph token (OAuth 2.0 on-behalf-of), cached by Microsoft.Identity.Web.
/// </summary>
public sealed class TokenAcquisitionGraphCredentials(IServiceProvider services) : IGraphCredentials
{
    /// <inheritdoc />
    public TokenCredential For(ClaimsPrincipal user) => new OnBehalfOfCredential(services.GetRequiredService<ITokenAcquisition>(), user);

    private sealed class OnBehalfOfCredential(ITokenAcquisition tokens, ClaimsPrincipal user) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var result = await tokens.GetAuthenticationResultForUserAsync(requestContext.Scopes, user: user);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
    }
}
