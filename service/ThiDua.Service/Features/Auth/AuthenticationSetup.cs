using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using ThiDua.Data;
using ThiDua.Data.Caching;

namespace ThiDua.Service.Features.Auth;

/// <summary>
/// Registers sign-in and authorisation (issues 7 and 14): Microsoft.Identity.Web protecting the API with Entra ID access tokens
/// for <see cref="AuthPolicies.Scope"/>, or — only in the Development environment — the anonymous
/// <see cref="AuthenticationMode.LocalDevelopment"/>; members and their units from <c>Authorization:Members</c>
/// (<see cref="MemberDirectory"/>); deny by default (a member for every endpoint that does not say otherwise); the
/// <see cref="ICurrentUnitScope"/> the data endpoints filter with.
/// </summary>
public static class AuthenticationSetup
{
    /// <summary>The configuration key naming the <see cref="AuthenticationMode"/>.</summary>
    public const string ModeKey = "Authentication:Mode";

    /// <summary>The Microsoft.Identity.Web section (<c>Instance</c>, <c>TenantId</c>, <c>ClientId</c>, <c>Audience</c>, <c>ClientSecret</c>).</summary>
    public const string EntraSection = "AzureAd";

    /// <summary>
    /// Adds authentication and authorisation. Every endpoint needs a member (<see cref="AuthPolicies.Member"/>, the fallback
    /// and default policy) unless it names another policy or allows anonymous callers.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <c>Authentication:Mode</c> is not a known mode; LocalDevelopment was asked for outside the Development environment;
    /// Entra ID mode lacks <c>AzureAd:ClientId</c> or <c>AzureAd:TenantId</c>; or a member breaks the rules of
    /// <see cref="MemberDirectory.Create"/>. The service does not start.
    /// </exception>
    public static IServiceCollection AddThiDuaAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var mode = ModeOf(configuration);
        if (mode == AuthenticationMode.LocalDevelopment)
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    $"{ModeKey}=LocalDevelopment (truy cập không cần đăng nhập) chỉ được dùng trong môi trường Development, " +
                    $"không được dùng trong môi trường {environment.EnvironmentName}. " +
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
                .AddDistributedTokenCaches();
            // The token cache lives in the database (token_cache), so an import's long-running on-behalf-of session outlives a
            // restart; Microsoft.Identity.Web encrypts each entry with Data Protection, whose key ring is in the database too.
            services.AddSingleton<IDistributedCache>(sp => sp.GetRequiredService<DatabaseDistributedCache>());
            services.AddDataProtection().SetApplicationName("ThiDua").PersistKeysToDbContext<ThiDuaDbContext>();
            services.Configure<MsalDistributedTokenCacheAdapterOptions>(o => o.Encrypt = true);
            // A refused token gets a bare "Bearer" challenge: why it was refused is logged, not told to the caller.
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.IncludeErrorDetails = false);
        }

        var membership = configuration.GetSection(MembershipOptions.Section).Get<MembershipOptions>() ?? new MembershipOptions();
        services.AddSingleton(MemberDirectory.Create(membership.Members, configuration[$"{EntraSection}:TenantId"], environment.IsProduction()));
        services.AddTransient<IClaimsTransformation, MembershipClaimsTransformation>();
        services.AddRequiredScopeAuthorization();
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireScope(AuthPolicies.Scope).Build();
        var member = new AuthorizationPolicyBuilder().Combine(signedIn).RequireClaim(ThiDuaClaims.Role, Enum.GetNames<MemberRole>()).Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(member)
            .SetFallbackPolicy(member)
            .AddPolicy(AuthPolicies.SignedIn, signedIn)
            .AddPolicy(AuthPolicies.Member, member);
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
