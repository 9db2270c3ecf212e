using Microsoft.Extensions.Http.Resilience;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// The one HTTP client the service reads Microsoft Graph with (<see cref="ClientName"/>), under a resilience pipeline of ours
/// (Microsoft.Extensions.Http.Resilience's standard pipeline, settings in <c>Graph:Resilience</c>): a total timeout per call
/// with its retries (3 min), retries of 408, 429, 5xx and lost connections that wait what <c>Retry-After</c> says (429, 503,
/// 504 — Graph's throttling) or else back off exponentially with jitter (2 s, 4 s, 8 s…; 5 retries), a timeout per attempt
/// (60 s, to the response headers), and a circuit breaker that stops calling Graph for 30 s once half the calls of the last
/// 2 minutes failed (at least 20). Below it the Graph SDK's own handlers (redirects, compression, telemetry…) without its retry
/// handler, so a call is never retried by both.
/// </summary>
public static class GraphHttp
{
    /// <summary>The named client (<see cref="IHttpClientFactory.CreateClient(string)"/>).</summary>
    public const string ClientName = "MicrosoftGraph";

    /// <summary>The configuration section overriding the pipeline's settings (<see cref="HttpStandardResilienceOptions"/>, e.g. <c>Graph:Resilience:Retry:MaxRetryAttempts</c>).</summary>
    public const string Section = "Graph:Resilience";

    /// <summary>Registers <see cref="ClientName"/> with its pipeline.</summary>
    public static IServiceCollection AddGraphHttp(this IServiceCollection services, IConfiguration configuration)
    {
        // The pipeline's timeouts govern; the client's own 100 s would cut a call waiting out a long Retry-After.
        var client = services.AddHttpClient(ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddStandardResilienceHandler(options =>
        {
            Defaults(options);
            configuration.GetSection(Section).Bind(options); // what the configuration gives, over the defaults
        });
        client.ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
        {
            foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
                if (handler is RetryHandler) handler.Dispose();
                else handlers.Add(handler);
        });
        return services;
    }

    private static void Defaults(HttpStandardResilienceOptions options)
    {
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
        options.Retry.MaxRetryAttempts = 5;
        options.Retry.Delay = TimeSpan.FromSeconds(2);
        options.Retry.ShouldRetryAfterHeader = true;
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2);
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.MinimumThroughput = 20;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
    }
}
