using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace ThiDua.Cli.Service;

/// <summary>
/// The one <see cref="HttpClient"/> the CLI calls ThiDua.Service with (<see cref="Create"/>): its base address, the bearer
/// token, and a resilience pipeline of Microsoft.Extensions.Http.Resilience (Polly) that rides out a service that restarts,
/// is busy or throttles. Every wait is what the answer's <c>Retry-After</c> says (seconds or a date) when it says one, else
/// 1, 2, 4, 8 s then 15 s (with jitter). Per request, by method:
/// <list type="bullet">
/// <item><b>Reads</b> (<c>GET</c>, <c>HEAD</c>: an import's progress, a rule profile): tried again on 408, 429, any 5xx, a lost
/// or cut-off connection and an attempt slower than <see cref="ReadAttemptTimeout"/>, at most <see cref="ReadRetries"/> times
/// (about 2 minutes of pauses: the service keeps an import in its database across a restart, so its progress comes back).</item>
/// <item><b>Sends</b> (<c>POST</c>, <c>PUT</c>…: a submission, the start of an import) are not idempotent in general (a second
/// import start is a second import), so they are tried again only when the service certainly did not act on them: no
/// connection could be made, or it answered 408, 429 or 503 (its rate limiter, a request it did not read, Entra ID unreachable
/// before anything was queued); at most <see cref="SendRetries"/> times. A 500, 502, 504, a connection lost after sending or
/// an attempt slower than <see cref="SendAttemptTimeout"/> is returned or thrown at once.</item>
/// </list>
/// A connection that cannot be made is retried only once the service has answered in this run (it is restarting); before
/// that the address is wrong or the service is not started, and waiting would only delay the one error line. A
/// <c>Retry-After</c> beyond <see cref="LongestRetryAfter"/> is not waited: the answer is returned. Each call with its retries
/// is cut off after <see cref="ReadTotalTimeout"/> or <see cref="SendTotalTimeout"/>. Errors reach the caller as the last
/// answer (its status), <see cref="HttpRequestException"/> (no connection) or <see cref="TimeoutRejectedException"/> (too slow).
/// </summary>
public static class ServiceHttp
{
    /// <summary>Most retries of a read.</summary>
    public const int ReadRetries = 10;

    /// <summary>Most retries of a send.</summary>
    public const int SendRetries = 3;

    /// <summary>The longest <c>Retry-After</c> waited; a longer one ends the retries with that answer.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt of a read may take to its response headers.</summary>
    public static readonly TimeSpan ReadAttemptTimeout = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt of a send may take to its response headers (a batch of plans is checked before the answer).</summary>
    public static readonly TimeSpan SendAttemptTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long a read may take with all its retries.</summary>
    public static readonly TimeSpan ReadTotalTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long a send may take with all its retries.</summary>
    public static readonly TimeSpan SendTotalTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A client whose <see cref="HttpClient.BaseAddress"/> is <paramref name="server"/> (with a trailing <c>/</c>), sending
    /// <c>Authorization: Bearer <paramref name="bearerToken"/></c> when one is given, through the pipeline above. Its own
    /// <see cref="HttpClient.Timeout"/> is infinite: the pipeline's timeouts govern.
    /// </summary>
    /// <param name="server">The service's absolute http(s) address.</param>
    /// <param name="bearerToken">The access token, without <c>Bearer </c>; null to send none.</param>
    /// <param name="retrying">Told before each retry's wait: the status that caused it, or null when there was no answer.</param>
    /// <param name="timeProvider">The clock the waits and timeouts run on (tests); the system clock when null.</param>
    public static HttpClient Create(Uri server, string? bearerToken, Action<HttpStatusCode?>? retrying = null, TimeProvider? timeProvider = null)
    {
        var answered = new Answered();
        var time = timeProvider ?? TimeProvider.System;
        var reads = Pipeline(time, answered, retrying, ReadRetries, ReadAttemptTimeout, ReadTotalTimeout, ReadRetried);
        var sends = Pipeline(time, answered, retrying, SendRetries, SendAttemptTimeout, SendTotalTimeout, SendRetried);
        var pipeline = new ResilienceHandler(request => request.Method == HttpMethod.Get || request.Method == HttpMethod.Head ? reads : sends)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        var http = new HttpClient(pipeline)
        {
            BaseAddress = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (bearerToken is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return http;
    }

    /// <summary>Whether the service has answered a request of this client (a connection refused later means it is restarting).</summary>
    private sealed class Answered
    {
        public volatile bool Once;
    }

    private static bool ReadRetried(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode is 408 or 429 or >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    private static bool SendRetried(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        _ => false,
    };

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(TimeProvider time, Answered answered, Action<HttpStatusCode?>? retrying,
        int retries, TimeSpan attemptTimeout, TimeSpan totalTimeout, Func<Outcome<HttpResponseMessage>, bool> retried) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(totalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstDelay,
                MaxDelay = LongestDelay,
                ShouldRetryAfterHeader = false, // RetryAfter below: the same header, with the longest wait bounded
                ShouldHandle = args =>
                {
                    if (args.Outcome.Result is not null) answered.Once = true;
                    var retry = retried(args.Outcome) && args.Outcome switch
                    {
                        { Result: { } response } => RetryAfter(response, time) is not { } wait || wait <= LongestRetryAfter,
                        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => answered.Once,
                        _ => true,
                    };
                    return ValueTask.FromResult(retry);
                },
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    retrying?.Invoke(args.Outcome.Result?.StatusCode);
                    return default;
                },
            })
            .AddTimeout(attemptTimeout)
            .Build();

    /// <summary>The wait <paramref name="response"/>'s <c>Retry-After</c> asks for (delta seconds, or an HTTP date from now; never negative), or null when it has none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
