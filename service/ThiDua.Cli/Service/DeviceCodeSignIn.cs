using Microsoft.Identity.Client;

namespace ThiDua.Cli.Service;

/// <summary>
/// <c>--sign-in</c>: an access token for the ThiDua API through the Microsoft Entra ID device-code flow (MSAL.NET) — the
/// user opens the printed address in any browser, enters the code and signs in; the token lives for this run only.
/// The app registration must allow public client flows (Authentication → Allow public client flows).
/// </summary>
public static class DeviceCodeSignIn
{
    /// <summary>The access token for <paramref name="settings"/>; the instructions go to <paramref name="prompts"/> (stderr).</summary>
    /// <exception cref="ServiceCallException">
    /// The tenant or client id is missing or malformed (<see cref="ExitCodes.Usage"/>); Entra ID refused, the code expired or the
    /// authority could not be reached (<see cref="ExitCodes.InternalError"/>).
    /// </exception>
    public static async Task<string> AcquireTokenAsync(SignInSettings settings, TextWriter prompts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Tenant) || string.IsNullOrWhiteSpace(settings.ClientId))
            throw new ServiceCallException(
                $"--sign-in cần mã thư mục (--tenant hoặc {ServiceOptions.TenantVariable}) và mã ứng dụng (--client-id hoặc {ServiceOptions.ClientIdVariable}) " +
                "của đăng ký ThiDua trong Microsoft Entra ID.", ExitCodes.Usage);
        var authority = Uri.TryCreate(settings.Tenant, UriKind.Absolute, out var given) ? given.AbsoluteUri : $"https://login.microsoftonline.com/{settings.Tenant.Trim()}";
        var scope = settings.Scope ?? $"api://{settings.ClientId.Trim()}/access_as_user";
        IPublicClientApplication app;
        try
        {
            app = PublicClientApplicationBuilder.Create(settings.ClientId.Trim()).WithAuthority(authority).WithInstanceDiscovery(false).Build();
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or MsalException)
        {
            throw new ServiceCallException($"--tenant \"{settings.Tenant}\" hoặc --client-id \"{settings.ClientId}\" không hợp lệ ({e.Message}).", ExitCodes.Usage);
        }
        try
        {
            var result = await app.AcquireTokenWithDeviceCode([scope], code => prompts.WriteLineAsync(
                    $"Đăng nhập: mở {code.VerificationUrl} trong trình duyệt và nhập mã {code.UserCode} (hết hạn lúc {code.ExpiresOn.ToLocalTime():HH:mm}).")
                ).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        catch (MsalException e)
        {
            throw new ServiceCallException($"không đăng nhập được Microsoft Entra ID ({authority}): {e.Message}", ExitCodes.InternalError);
        }
        catch (HttpRequestException e)
        {
            throw new ServiceCallException($"không kết nối được máy chủ đăng nhập {authority} ({e.Message}).", ExitCodes.InternalError);
        }
    }
}
