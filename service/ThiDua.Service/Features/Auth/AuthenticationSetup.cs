using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Identity.Web;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// Registers sign-in and authorisation (issue 7): Microsoft.Identity.Web protecting the API with Entra ID access tokens for
/// <see cref="AuthPolicies.Scope"/>, or — only outside Production — the anonymous <see cref="AuthenticationMode.LocalDevelopment"/>;
/// members and their units from <c>Authorization:Members</c>; the policies of <see cref="AuthPolicies"/>; the
/// <see cref="ICurrentUnitScope"/> the data endpoints filter with.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>The configuration key naming the <see cref="AuthenticationMode"/>.</summary>
    public const string ModeKey = "Authentication:Mode";

    /// <summary>The Microsoft.Identity.Web section (<c>Instance</c>, <c>TenantId</c>, <c>ClientId</c>, <c>Audience</c>, <c>ClientSecret</c>).</summary>
    public const string EntraSection = "AzureAd";

    /// <summary>Adds authentication and authorisation.</summary>
    /// <exception cref="InvalidOperationException">
    /// <c>Authentication:Mode</c> is not a known mode; LocalDevelopment was asked for in the Production environment; or Entra ID
    /// mode lacks <c>AzureAd:ClientId</c> or <c>AzureAd:TenantId</c>. The service does not start.
    /// </exception>
    public static IServiceCollection AddThiDuaAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = ModeOf(configuration);
        if (mode == AuthenticationMode.LocalDevelopment)
        {
            if (environment.IsProduction())
                throw new InvalidOperationException(
                    $"{ModeKey}=LocalDevelopment (truy cập không cần đăng nhập) không được phép trong môi trường Production. " +
                    $"Hãy bỏ khóa {ModeKey} và cấu hình mục {EntraSection} (ClientId, TenantId) để đăng nhập bằng Microsoft Entra ID.");
            services.AddAuthentication(LocalDevelopmentAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, LocalDevelopmentAuthenticationHandler>(LocalDevelopmentAuthenticationHandler.SchemeName, null);
        }
        else
        {
            var entra = configuration.GetSection(EntraSection);
            if (string.IsNullOrWhiteSpace(entra["ClientId"]) || string.IsNullOrWhiteSpace(entra["TenantId"]))
                throw new InvalidOperationException(
                    $"Đăng nhập bằng Microsoft Entra ID cần {EntraSection}:ClientId và {EntraSection}:TenantId (xem phần Đăng nhập trong README). " +
                    $"Trên máy phát triển (môi trường Development) có thể đặt {ModeKey}=LocalDevelopment.");
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(entra)
                .EnableTokenAcquisitionToCallDownstreamApi()
                .AddInMemoryTokenCaches();
        }

        services.AddOptions<MembershipOptions>().Bind(configuration.GetSection(MembershipOptions.Section));
        services.AddTransient<IClaimsTransformation, MembershipClaimsTransformation>();
        services.AddRequiredScopeAuthorization();
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireScope(AuthPolicies.Scope).Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(signedIn)
            .AddPolicy(AuthPolicies.SignedIn, signedIn)
            .AddPolicy(AuthPolicies.Member, p => p.Combine(signedIn).RequireClaim(ThiDuaClaims.Role, Enum.GetNames<MemberRole>()))
            .AddPolicy(AuthPolicies.Officer, p => p.Combine(signedIn).RequireClaim(ThiDuaClaims.Role, AuthPolicies.Officer))
            .AddPolicy(AuthPolicies.DistrictReviewer, p => p.Combine(signedIn).RequireClaim(ThiDuaClaims.Role, AuthPolicies.DistrictReviewer))
            .AddPolicy(AuthPolicies.Admin, p => p.Combine(signedIn).RequireClaim(ThiDuaClaims.Role, AuthPolicies.Admin));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUnitScope>(sp => new CurrentUnitScope(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal(),
            sp.GetRequiredService<ThiDua.Data.ThiDuaDbContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The configured mode; <see cref="AuthenticationMode.EntraId"/> when the key is absent.</summary>
    /// <exception cref="InvalidOperationException">The value names no mode.</exception>
    public static AuthenticationMode ModeOf(IConfiguration configuration)
    {
        var text = configuration[ModeKey];
        if (string.IsNullOrWhiteSpace(text)) return AuthenticationMode.EntraId;
        return Enum.TryParse<AuthenticationMode>(text.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode)
            ? mode
            : throw new InvalidOperationException($"{ModeKey}=\"{text}\" không hợp lệ: dùng EntraId hoặc LocalDevelopment.");
    }
}
