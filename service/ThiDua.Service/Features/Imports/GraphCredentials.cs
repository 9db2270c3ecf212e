using System.Security.Claims;
using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// The Microsoft Graph tokens of an import, which runs after the request that started it: a long-running on-behalf-of session
/// is started in the request, with the caller's access token, and the background worker acquires its Graph tokens through the
/// session's key.
/// </summary>
public interface IGraphCredentials
{
    /// <summary>
    /// Starts a long-running on-behalf-of session for the caller of the current request (exchanging their access token for
    /// Graph with the delegated permissions <c>Files.Read.All</c> and <c>Sites.Read.All</c>) and gives its key.
    /// </summary>
    /// <exception cref="GraphSignInException">The identity platform refused the exchange, or cannot be reached.</exception>
    Task<string> StartSessionAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>A credential giving the Graph tokens of the session <paramref name="sessionKey"/>, outside any request.</summary>
    TokenCredential For(string sessionKey);
}

/// <summary>Microsoft Graph tokens could not be had for the user (Vietnamese message; <see cref="Refused"/> when Entra ID said no).</summary>
public sealed class GraphSignInException(string message, bool refused, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when the identity platform refused (consent, expired or revoked sign-in); false when it could not be reached.</summary>
    public bool Refused { get; } = refused;
}

/// <summary>
/// <see cref="IGraphCredentials"/> through Microsoft.Identity.Web's long-running on-behalf-of
/// (<c>TokenAcquisitionOptions.LongRunningWebApiSessionKey</c>): MSAL keeps the session's refresh token in the token cache —
/// the database (<c>token_cache</c>), encrypted — so the worker still gets Graph tokens after the request has ended and after
/// a restart of the service.
/// </summary>
public sealed class LongRunningGraphCredentials(IServiceProvider services, IOptions<GraphOptions> graph) : IGraphCredentials
{
    /// <inheritdoc />
    public async Task<string> StartSessionAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var options = new TokenAcquisitionOptions
        {
            LongRunningWebApiSessionKey = TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto,
            CancellationToken = cancellationToken,
        };
        await AcquireAsync(graph.Value.Scopes, user, options);
        return options.LongRunningWebApiSessionKey is { Length: > 0 } key && key != TokenAcquisitionOptions.LongRunningWebApiSessionKeyAuto
            ? key
            : throw new GraphSignInException("Không bắt đầu được phiên đọc Microsoft 365 thay mặt tài khoản này.", refused: false);
    }

    /// <inheritdoc />
    public TokenCredential For(string sessionKey) => new SessionCredential(this, sessionKey);

    private async Task<Microsoft.Identity.Client.AuthenticationResult> AcquireAsync(IEnumerable<string> scopes, ClaimsPrincipal? user, TokenAcquisitionOptions options)
    {
        var tokens = services.GetService<ITokenAcquisition>()
                     ?? throw new GraphSignInException("Nhập từ Microsoft 365 cần đăng nhập bằng Microsoft Entra ID (mục AzureAd trong cấu hình).", refused: false);
        try
        {
            return await tokens.GetAuthenticationResultForUserAsync(scopes, user: user, tokenAcquisitionOptions: options);
        }
        catch (MicrosoftIdentityWebChallengeUserException e)
        {
            throw new GraphSignInException("Microsoft Entra ID yêu cầu đăng nhập lại (hoặc đồng ý quyền đọc tệp) trước khi nhập từ Microsoft 365.", refused: true, e);
        }
        catch (Microsoft.Identity.Client.MsalServiceException e) when (e.StatusCode is >= 400 and < 500)
        {
            throw new GraphSignInException("Microsoft Entra ID không cho phép đọc Microsoft 365 thay mặt tài khoản này.", refused: true, e);
        }
        catch (Microsoft.Identity.Client.MsalException e)
        {
            throw new GraphSignInException("Không liên lạc được với Microsoft Entra ID để đọc Microsoft 365.", refused: false, e);
        }
    }

    /// <summary>The session's tokens: no user and no request, only the key (MSAL refreshes from the cached refresh token).</summary>
    private sealed class SessionCredential(LongRunningGraphCredentials owner, string sessionKey) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var options = new TokenAcquisitionOptions { LongRunningWebApiSessionKey = sessionKey, CancellationToken = cancellationToken };
            var result = await owner.AcquireAsync(requestContext.Scopes, user: null, options);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
    }
}
