namespace ThiDua.Service.Features.Auth;

/// <summary>
/// <c>GET /api/pane/config</c> (anonymous): how the task pane signs in — <em>cấu hình đăng nhập của ngăn</em>. The pane asks
/// for it before its first API call, so one build of the pane works against any deployment: MSAL.js (nested app
/// authentication, or the Office dialog) takes the client id, authority and API scope from here. Nothing secret is sent.
/// </summary>
public static class PaneSignInEndpoints
{
    /// <summary>
    /// The configuration key of the pane's own Entra app registration (a single-page application), when it is not the API's
    /// registration <c>AzureAd:ClientId</c>. The pane's registration must be allowed to ask for the API's scope.
    /// </summary>
    public const string PaneClientIdKey = "Pane:ClientId";

    /// <summary>Entra's public cloud, Microsoft.Identity.Web's default for <c>AzureAd:Instance</c>.</summary>
    public const string DefaultInstance = "https://login.microsoftonline.com/";

    /// <summary>How the pane signs in.</summary>
    /// <param name="LocalDevelopment">True when the service runs without sign-in (<c>Authentication:Mode=LocalDevelopment</c>); the other members are then null or empty.</param>
    /// <param name="ClientId">The client id MSAL.js uses: <c>Pane:ClientId</c>, else <c>AzureAd:ClientId</c>.</param>
    /// <param name="Authority">The authority: <c>AzureAd:Instance</c> + <c>AzureAd:TenantId</c>, e.g. <c>https://login.microsoftonline.com/{tenant}</c>.</param>
    /// <param name="Scopes">The delegated scopes to request: the API's <c>api://{AzureAd:ClientId}/access_as_user</c> (or <c>AzureAd:Audience</c> when it is an <c>api://</c> URI).</param>
    public sealed record PaneSignIn(bool LocalDevelopment, string? ClientId, string? Authority, IReadOnlyList<string> Scopes);

    /// <summary>Maps <c>GET /api/pane/config</c>, open to anyone (it is what a pane needs before it can sign in).</summary>
    public static IEndpointRouteBuilder MapPaneSignIn(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/pane/config", (IConfiguration configuration) => TypedResults.Ok(Of(configuration)))
            .AllowAnonymous()
            .WithTags("Đăng nhập")
            .WithName("GetPaneSignIn")
            .WithSummary("Cấu hình đăng nhập của ngăn tác vụ")
            .WithDescription("Mã ứng dụng, authority và phạm vi API mà ngăn tác vụ dùng để đăng nhập bằng Microsoft Entra ID (MSAL.js); "
                             + "localDevelopment = true khi dịch vụ chạy không cần đăng nhập.")
            .Produces<PaneSignIn>();
        return routes;
    }

    /// <summary>The sign-in settings of the service's configuration (see <see cref="AuthenticationSetup"/> for the keys).</summary>
    /// <exception cref="InvalidOperationException"><c>Authentication:Mode</c> names no mode (the service would not have started).</exception>
    public static PaneSignIn Of(IConfiguration configuration)
    {
        if (AuthenticationSetup.ModeOf(configuration) == AuthenticationMode.LocalDevelopment)
            return new PaneSignIn(true, null, null, []);
        var entra = configuration.GetSection(AuthenticationSetup.EntraSection);
        var apiClientId = entra["ClientId"]?.Trim() ?? "";
        var paneClientId = configuration[PaneClientIdKey];
        var instance = string.IsNullOrWhiteSpace(entra["Instance"]) ? DefaultInstance : entra["Instance"]!.Trim();
        var audience = entra["Audience"]?.Trim();
        var resource = audience is not null && audience.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
            ? audience.TrimEnd('/')
            : $"api://{apiClientId}";
        return new PaneSignIn(
            false,
            string.IsNullOrWhiteSpace(paneClientId) ? apiClientId : paneClientId.Trim(),
            $"{instance.TrimEnd('/')}/{entra["TenantId"]?.Trim()}",
            [$"{resource}/{AuthPolicies.Scope}"]);
    }
}
