using System.Net;
using System.Text.Json;
using Polly.Timeout;
using ThiDua.Cli.Service.Api;

namespace ThiDua.Cli.Service;

/// <summary>
/// The HTTP side of every command that calls ThiDua.Service (<c>submit</c>, <c>import</c>): the base address, the bearer
/// token (<c>--token</c>, <c>THIDUA_TOKEN</c> or <c>--sign-in</c>); the calls go through the generated client
/// (<see cref="ThiDuaApi"/>) and come back as <see cref="ServiceReply{T}"/>.
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
    private readonly ThiDuaApi api;
    private readonly bool signedIn;
    private readonly TextWriter warnings;
    private int warned;

    private ServiceClient(Uri server, string? token, TextWriter warnings)
    {
        this.warnings = warnings;
        signedIn = token is not null;
        http = ServiceHttp.Create(server, token, Retrying);
        api = new ThiDuaApi(http);
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

    /// <summary>
    /// Calls one operation of the generated <see cref="ThiDuaApi"/> (over this client's <see cref="HttpClient"/>): its
    /// resource, or the service's refusal as status and problem for the command to report.
    /// </summary>
    /// <exception cref="ServiceCallException">See the class; also an answer of 2xx that is not the resource (not ThiDua.Service).</exception>
    public async Task<ServiceReply<T>> CallAsync<T>(Func<ThiDuaApi, CancellationToken, Task<T>> operation, CancellationToken cancellationToken) where T : class
    {
        ServiceReply<T> reply;
        try
        {
            reply = new ServiceReply<T>(await operation(api, cancellationToken), 0, null);
        }
        catch (ApiException e) when (e.StatusCode is >= 200 and < 300)
        {
            throw new ServiceCallException($"máy chủ {Server} trả lời HTTP {e.StatusCode} không đọc được (có phải máy chủ ThiDua không?).", ExitCodes.InternalError);
        }
        catch (ApiException e)
        {
            reply = new ServiceReply<T>(null, e.StatusCode, ProblemOf(e));
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
                $"tài khoản đã đăng nhập không được dùng chức năng này trên máy chủ {Server} (HTTP 403: {reply.ProblemText.TrimEnd('.')}). " +
                "Hãy đăng nhập bằng tài khoản thành viên của ThiDua hoặc nhờ quản trị viên cấp quyền.", ExitCodes.Usage);
        return reply;
    }

    /// <summary>The RFC 9457 problem of a refusal: as the document describes it for that status, else read from the body; null when the body is not one.</summary>
    private static ProblemDetails? ProblemOf(ApiException refusal)
    {
        if (refusal is ApiException<ProblemDetails> described) return described.Result;
        if (string.IsNullOrWhiteSpace(refusal.Response)) return null;
        try
        {
            return JsonSerializer.Deserialize(refusal.Response, ServiceApiJsonContext.Default.ProblemDetails);
        }
        catch (JsonException)
        {
            return null;
        }
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
