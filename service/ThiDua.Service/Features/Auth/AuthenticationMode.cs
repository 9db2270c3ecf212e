namespace ThiDua.Service.Features.Auth;

/// <summary>How the service authenticates callers (configuration key <c>Authentication:Mode</c>).</summary>
public enum AuthenticationMode
{
    /// <summary>
    /// The default: Microsoft Entra ID access tokens for the API's scope <c>access_as_user</c>, validated by
    /// Microsoft.Identity.Web (issuer, audience, signature, lifetime) from the <c>AzureAd</c> section.
    /// </summary>
    EntraId,

    /// <summary>
    /// Anonymous access for a developer's machine: every request acts as <see cref="LocalDevelopmentAuthenticationHandler"/>'s
    /// administrator. Refused at startup in every environment but Development.
    /// </summary>
    LocalDevelopment,
}
