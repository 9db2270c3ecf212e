using System.CommandLine;

namespace ThiDua.Cli.Service;

/// <summary>
/// The options every command that calls ThiDua.Service carries — where the service is (<c>--server</c>) and how the
/// caller signs in (<c>--token</c>, or <c>--sign-in</c> with the Microsoft Entra ID device-code flow) — each falling back
/// to an environment variable. One instance per command (an option belongs to one command).
/// </summary>
public sealed class ServiceOptions
{
    /// <summary>The environment variable giving the default server address.</summary>
    public const string ServerVariable = "THIDUA_SERVER";

    /// <summary>The environment variable giving the access token for the service's API.</summary>
    public const string TokenVariable = "THIDUA_TOKEN";

    /// <summary>The environment variable giving the Entra ID tenant (directory) id for <c>--sign-in</c>.</summary>
    public const string TenantVariable = "THIDUA_TENANT_ID";

    /// <summary>The environment variable giving the application (client) id <c>--sign-in</c> signs in with.</summary>
    public const string ClientIdVariable = "THIDUA_CLIENT_ID";

    /// <summary>The environment variable giving the scope asked for by <c>--sign-in</c>.</summary>
    public const string ScopeVariable = "THIDUA_SCOPE";

    /// <summary>The server when neither <c>--server</c> nor <see cref="ServerVariable"/> names one.</summary>
    public const string DefaultServer = "http://localhost:5000";

    private readonly Option<string?> server = new("--server")
    {
        Description = $"Địa chỉ máy chủ ThiDua (mặc định: biến môi trường {ServerVariable}, nếu không có thì {DefaultServer}).",
    };

    private readonly Option<string?> token = new("--token")
    {
        Description = $"Mã truy cập (access token) của API ThiDua, gửi trong tiêu đề Authorization: Bearer (mặc định: biến môi trường {TokenVariable}). " +
                      "Cần khi máy chủ đăng nhập bằng Microsoft Entra ID.",
    };

    private readonly Option<bool> signIn = new("--sign-in")
    {
        Description = "Đăng nhập Microsoft Entra ID bằng mã thiết bị (device code) để lấy mã truy cập: mở địa chỉ được in ra trong trình duyệt và nhập mã.",
    };

    private readonly Option<string?> tenant = new("--tenant")
    {
        Description = $"Mã thư mục (tenant id hoặc tên miền) Entra ID cho --sign-in, hoặc địa chỉ đầy đủ của máy chủ đăng nhập (mặc định: biến môi trường {TenantVariable}).",
    };

    private readonly Option<string?> clientId = new("--client-id")
    {
        Description = $"Mã ứng dụng (client id) đăng ký trong Entra ID cho --sign-in (mặc định: biến môi trường {ClientIdVariable}).",
    };

    private readonly Option<string?> scope = new("--scope")
    {
        Description = $"Phạm vi quyền xin cho --sign-in (mặc định: biến môi trường {ScopeVariable}, nếu không có thì api://<client-id>/access_as_user).",
    };

    /// <summary>The <c>--server</c> option, to tell whether the command line gave it.</summary>
    public Option<string?> ServerOption => server;

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { server, token, signIn, tenant, clientId, scope }) command.Options.Add(option);
    }

    /// <summary>The settings <paramref name="result"/> gives, the environment filling what the command line left out.</summary>
    public ServiceSettings Read(ParseResult result)
    {
        static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        var sign = result.GetValue(signIn)
            ? new SignInSettings(result.GetValue(tenant) ?? Env(TenantVariable), result.GetValue(clientId) ?? Env(ClientIdVariable),
                result.GetValue(scope) ?? Env(ScopeVariable))
            : null;
        return new ServiceSettings(result.GetValue(server) ?? Env(ServerVariable) ?? DefaultServer, result.GetValue(token) ?? Env(TokenVariable), sign);
    }
}

/// <summary>Where the service is and how to sign in to it.</summary>
/// <param name="Server">The service's base address, as given (checked by <see cref="ServiceClient.ConnectAsync"/>).</param>
/// <param name="Token">The access token to send, or null.</param>
/// <param name="SignIn">The device-code sign-in to run first, or null.</param>
public sealed record ServiceSettings(string Server, string? Token, SignInSettings? SignIn);

/// <summary>A Microsoft Entra ID device-code sign-in (<c>--sign-in</c>).</summary>
/// <param name="Tenant">The directory (tenant) id or domain, signed in at <c>https://login.microsoftonline.com/&lt;tenant&gt;</c>; or a whole authority URL.</param>
/// <param name="ClientId">The application (client) id of a registration allowing public client flows.</param>
/// <param name="Scope">The scope asked for; null for <c>api://&lt;client-id&gt;/access_as_user</c>.</param>
public sealed record SignInSettings(string? Tenant, string? ClientId, string? Scope);
