using ThiDua.Service.Features.Auth;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Security headers on every response (NetEscapades.AspNetCore.SecurityHeaders): <c>X-Content-Type-Options: nosniff</c>,
/// a <c>Referrer-Policy</c>, no <c>Server</c> header, HSTS over HTTPS, and a Content Security Policy by kind of response —
/// the pane's and the dashboard's pages may run only their own scripts and Office.js from Microsoft's CDN, talk only to
/// the service and the sign-in authority, and be framed only by the Office hosts (<see cref="FrameAncestorsKey"/>); the
/// API's JSON may be framed by nobody and load nothing; the API reference UI gets its inline script.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Where Office.js is loaded from (Microsoft's CDN, as AppSource requires).</summary>
    public const string OfficeJsOrigin = "https://appsforoffice.microsoft.com";

    /// <summary>The configuration key listing the origins allowed to frame the pane (<c>Security:FrameAncestors:0</c>…).</summary>
    public const string FrameAncestorsKey = "Security:FrameAncestors";

    /// <summary>
    /// The Office hosts that frame a task pane by default: Office on the web (<c>*.officeapps.live.com</c>) inside
    /// SharePoint, OneDrive, Office.com and Microsoft 365 pages. Word on Windows and Mac frames nothing (a web view).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultFrameAncestors =
    [
        "https://*.officeapps.live.com", "https://*.office.com", "https://*.office365.com", "https://*.microsoft365.com",
        "https://*.cloud.microsoft", "https://*.sharepoint.com", "https://onedrive.live.com", "https://*.onedrive.com",
    ];

    /// <summary>Registers the policies: one for pages, one for the API, one for the API reference UI.</summary>
    public static IServiceCollection AddThiDuaSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var authority = SignInOrigin(configuration);
        var ancestors = configuration.GetSection(FrameAncestorsKey).Get<string[]>() is { Length: > 0 } configured ? configured : DefaultFrameAncestors;
        var pages = Common(new HeaderPolicyCollection()).AddReferrerPolicyStrictOriginWhenCrossOrigin().AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().From(OfficeJsOrigin);
            csp.AddStyleSrc().Self().UnsafeInline(); // Fluent UI writes its styles into <style> elements at run time
            csp.AddImgSrc().Self().Data().Blob();
            csp.AddFontSrc().Self().Data();
            csp.AddConnectSrc().Self().From(authority);
            csp.AddFrameSrc().Self().From(authority); // MSAL renews tokens in a hidden frame of the authority
            csp.AddFrameAncestors().Self().From(ancestors);
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
        });
        var api = Common(new HeaderPolicyCollection()).AddReferrerPolicyNoReferrer().AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().None();
            csp.AddFrameAncestors().None();
        });
        var reference = Common(new HeaderPolicyCollection()).AddReferrerPolicyNoReferrer().AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().UnsafeInline(); // NSwag's Swagger UI starts from an inline script
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFrameAncestors().None();
            csp.AddObjectSrc().None();
        });
        services.AddSecurityHeaderPolicies(policies => policies.SetDefaultPolicy(pages).SetPolicySelector(context =>
        {
            var path = context.HttpContext.Request.Path;
            if (path.StartsWithSegments(ApiDocument.UiPath)) return reference;
            return path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health") ? api : pages;
        }));
        return services;
    }

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policies) =>
        policies.AddContentTypeOptionsNoSniff().RemoveServerHeader().AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 365 * 24 * 3600);

    /// <summary>The origin of the sign-in authority (<c>AzureAd:Instance</c>, default Entra's public cloud).</summary>
    private static string SignInOrigin(IConfiguration configuration)
    {
        var instance = configuration[$"{AuthenticationSetup.EntraSection}:Instance"];
        return Uri.TryCreate(string.IsNullOrWhiteSpace(instance) ? PaneSignInEndpoints.DefaultInstance : instance, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Authority)
            : PaneSignInEndpoints.DefaultInstance.TrimEnd('/');
    }
}
