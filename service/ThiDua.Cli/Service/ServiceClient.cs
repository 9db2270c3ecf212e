using System.Net;
using Polly.Timeout;

namespace ThiDua.Cli.Service;

/// <summary>
/// The HTTP side of every command that calls ThiDua.Service (<c>submit</c>, <c>import</c>): the base address, the bearer
/// token (<c>--token</c>, <c>THIDUA_TOKEN</c> or <c>--sign-in</c>), and the answers read as <see cref="ServiceReply"/>.
/// What ends a run as a whole is thrown as <see cref="ServiceCallException"/> with its one line: the service unreachable or
/// too slow (<see cref="ServiceHttp"/>'s timeouts) (<see cref="ExitCodes.InternalError"/>), HTTP 401 or a 403 refusing the account itself
/// (<see cref="ExitCodes.Usage"/>, with how to sign in). Other failures are returned for the command to report per file.
/// Calls go through <see cref="ServiceHttp"/>'s client (retries of a busy or restarting service, honouring <c>Retry-After</c>);
/// the first retry of a run is said once on the error output.
/// </summary>
public sealed class ServiceClient : IDisposable
{
    /// <summary>The problem <c>error</c> of a 403 about one unit's data (the account may still send others): not a sign-in failure.</summary>
    public const string OutsideUnitScope = "OutsideUnitScope";

    private readonly HttpClient http;
    private readonly bool signedIn;
    private readonly TextWriter warnings;
    private int warned;

    private ServiceClient(Uri server, string? token, TextWriter warnings)
    {
        this.warnings = warnings;
        signedIn = token is not null;
        http = ServiceHttp.Create(server, token, Retrying);
    }

    /// <summary>Says once per run, on the error output, that the service is being waited for.</summary>
    private void Retrying(HttpStatusCode? status)
    {
        if (Interlocked.Exchange(ref warned, 1) == 1) return;
        var cause = status is { } code ? $"HTTP {(int)code}" : "mất kết nối";
        lock (warnings) warnings.WriteLine($"thidua: cảnh báo: máy chủ {Server} tạm thời chưa trả lời được ({cause}); đang thử lại.");
    }

    /// <summary>The service's base address (ending in <c>/</c>).</summary>
    public Uri Server => http.BaseAddress!;

    /// <summary>A client for <paramref name="settings"/>, after the device-code sign-in when it asks for one (its prompt, and the warning of a first retry, go to <paramref name="prompts"/>).</summary>
    /// <exception cref="ServiceCallException">The address is not http(s), the token is malformed, or the sign-in failed.</exception>
    public static async Task<ServiceClient> ConnectAsync(ServiceSettings settings, TextWriter prompts, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(settings.Server, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
            throw new ServiceCallException($"địa chỉ máy chủ \"{settings.Server}\" không hợp lệ (ví dụ {ServiceOptions.DefaultServer}).", ExitCodes.Usage);
        var token = settings.SignIn is { } signIn ? await DeviceCodeSignIn.AcquireTokenAsync(signIn, prompts, cancellationToken) : Bearer(settings.Token);
        return new ServiceClient(server, token, prompts);
    }

    /// <summary><c>GET</c> <paramref name="path"/> (relative to <see cref="Server"/>).</summary>
    /// <exception cref="ServiceCallException">See the class.</exception>
    public Task<ServiceReply> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary><c>POST</c> <paramref name="content"/> to <paramref name="path"/> (relative to <see cref="Server"/>).</summary>
    /// <exception cref="ServiceCallException">See the class.</exception>
    public Task<ServiceReply> PostAsync(string path, HttpContent content, CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, path, content, cancellationToken);

    private async Task<ServiceReply> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        ServiceReply reply;
        try
        {
            using var request = new HttpRequestMessage(method, path) { Content = content };
            using var response = await http.SendAsync(request, cancellationToken);
            reply = ServiceReply.From((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException e)
        {
            throw new ServiceCallException($"không kết nối được máy chủ {Server} ({e.Message}). Hãy chạy ThiDua.Service hoặc chỉ rõ --server.", ExitCodes.InternalError);
        }
        catch (TimeoutRejectedException)
        {
            throw new ServiceCallException($"máy chủ {Server} không trả lời kịp.", ExitCodes.InternalError);
        }
        if (reply.Status == 401)
            throw new ServiceCallException(signedIn
                ? $"máy chủ {Server} không nhận mã truy cập đã gửi (HTTP 401: mã hết hạn hoặc không dành cho API ThiDua). {HowToSignIn}"
                : $"máy chủ {Server} yêu cầu đăng nhập (HTTP 401). {HowToSignIn}", ExitCodes.Usage);
        if (reply.Status == 403 && reply.Error != OutsideUnitScope)
            throw new ServiceCallException(
                $"tài khoản đã đăng nhập không được dùng chức năng này trên máy chủ {Server} (HTTP 403: {reply.Problem.TrimEnd('.')}). " +
                "Hãy đăng nhập bằng tài khoản thành viên của ThiDua hoặc nhờ quản trị viên cấp quyền.", ExitCodes.Usage);
        return reply;
    }

    private const string HowToSignIn =
        $"Hãy đăng nhập: thêm --sign-in (đăng nhập Microsoft Entra ID bằng mã thiết bị), hoặc đưa mã truy cập qua --token <mã> hay biến môi trường {ServiceOptions.TokenVariable}.";

    /// <summary>The token to send: trimmed, without a leading <c>Bearer </c>; null when none was given.</summary>
    private static string? Bearer(string? token)
    {
        var value = token?.Trim();
        if (value is not null && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) value = value[7..].TrimStart();
        if (string.IsNullOrEmpty(value)) return null;
        if (value.Any(c => c is < '!' or > '~'))
            throw new ServiceCallException($"mã truy cập (--token hoặc {ServiceOptions.TokenVariable}) không hợp lệ: chỉ gồm chữ, số và . _ - ~ + / =, không có khoảng trắng.", ExitCodes.Usage);
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
