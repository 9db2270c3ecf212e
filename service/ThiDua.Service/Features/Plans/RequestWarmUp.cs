using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// Warms the request path before the service answers anyone (<see cref="EngineOptions.WarmUp"/>): wraps the web server
/// (Kestrel), and once it listens, sends it the built-in plans (<see cref="WarmUpPlans"/>) over loopback HTTP —
/// <c>POST /api/plans/check</c> and <c>/extract</c> <see cref="Rounds"/> times, <c>/fix</c> once — then waits until tiered
/// compilation has stopped compiling; requests that arrive meanwhile are accepted and held until then, so nobody's request
/// pays for compilation. <see cref="EngineWarmUp"/> compiles the engine; this compiles what a real request adds on top of
/// it: Kestrel's reading of a multipart upload, routing (the endpoint table is built on the first request), the
/// endpoint's parameter binding, sign-in, the rate limiter, the rule-profile lookup (the first EF Core query), the report's
/// JSON written to the connection. Nothing is stored: check, extract and fix only read. Under Entra ID sign-in the
/// requests are refused (401) after routing and sign-in, and the engine part is left to <see cref="EngineWarmUp"/>.
/// The requests go to the first <c>http://</c> address the server listens on; with HTTPS only, this warm-up is skipped.
/// tests/bench/warm-start.sh measures the effect (README, "Warm start").
/// </summary>
public sealed class RequestWarmUp(IServer server, IOptions<EngineOptions> options, ILogger<RequestWarmUp> logger) : IServer
{
    /// <summary>
    /// Rounds of requests (each plan checked and extracted, fixed in the first): enough to compile the request path once
    /// — <see cref="EngineWarmUp"/> has already called the engine often enough for tiered compilation to optimise it — and
    /// few, since they count against the loopback address's and the local user's request limits (18 of 600 and 300 a minute).
    /// </summary>
    private const int Rounds = 4;

    /// <summary>The header that marks the warm-up's own requests; its value is secret to this process.</summary>
    private const string MarkHeader = "X-ThiDua-Warm-Up";

    /// <summary>How long compilation may go on settling after the requests before requests are answered anyway.</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(20);

    private readonly string mark = Guid.NewGuid().ToString("N");
    private readonly TaskCompletionSource warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public IFeatureCollection Features => server.Features;

    /// <inheritdoc />
    public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
    {
        if (!options.Value.WarmUp)
        {
            await server.StartAsync(application, cancellationToken);
            return;
        }
        await server.StartAsync(new Held<TContext>(application, this), cancellationToken);
        try
        {
            await WarmUpAsync(cancellationToken);
        }
        finally
        {
            warmed.TrySetResult();
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        warmed.TrySetResult();
        return server.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => server.Dispose();

    /// <summary>Replaces the registered <see cref="IServer"/> (Kestrel) with itself around it; nothing when none is registered yet.</summary>
    public static IServiceCollection Wrap(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IServer));
        if (registered?.ImplementationType is not { } kestrel || registered.IsKeyedService) return services;
        services.Remove(registered);
        services.Add(new ServiceDescriptor(kestrel, kestrel, registered.Lifetime));
        services.Add(new ServiceDescriptor(typeof(IServer), provider => new RequestWarmUp((IServer)provider.GetRequiredService(kestrel),
            provider.GetRequiredService<IOptions<EngineOptions>>(), provider.GetRequiredService<ILogger<RequestWarmUp>>()), registered.Lifetime));
        return services;
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => Uri.TryCreate(a.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(u => u?.Scheme == Uri.UriSchemeHttp);
        if (address is null)
        {
            logger.LogInformation("Request warm-up skipped: the server has no http:// address to send itself requests");
            return;
        }
        if (address.Host is "0.0.0.0" or "[::]") address = new UriBuilder(address) { Host = "127.0.0.1" }.Uri;

        var clock = Stopwatch.StartNew();
        var statuses = new SortedSet<int>();
        try
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Add(MarkHeader, mark);
            for (var i = 0; i < Rounds && !cancellationToken.IsCancellationRequested; i++)
            {
                foreach (var plan in new[] { WarmUpPlans.Clean, WarmUpPlans.Spoiled })
                {
                    statuses.Add(await SendAsync(client, "api/plans/check", plan, cancellationToken));
                    statuses.Add(await SendAsync(client, "api/plans/extract", plan, cancellationToken));
                    if (i == 0) statuses.Add(await SendAsync(client, "api/plans/fix", plan, cancellationToken));
                }
            }
            var settled = await SettleAsync(cancellationToken);
            logger.LogInformation("Request path warmed up in {Milliseconds} ms (answers {Statuses}; compilation {Settled})",
                clock.ElapsedMilliseconds, string.Join(", ", statuses), settled ? "settled" : "still going on");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Request warm-up failed after {Milliseconds} ms; the first requests will be slower", clock.ElapsedMilliseconds);
        }
    }

    /// <summary>One multipart request with <paramref name="plan"/>; its status code.</summary>
    private static async Task<int> SendAsync(HttpClient client, string path, byte[] plan, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(plan);
        file.Headers.ContentType = new MediaTypeHeaderValue(PlanHandlers.DocxContentType);
        form.Add(file, "file", "khoi-dong.docx");
        using var response = await client.PostAsync(path, form, cancellationToken);
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return (int)response.StatusCode;
    }

    /// <summary>
    /// Waits until tiered compilation has compiled nothing new for 300 ms (the optimised versions of the methods the
    /// warm-up called often are compiled in the background, 100 ms after their 30th call), at most <see cref="SettleLimit"/>.
    /// </summary>
    private static async Task<bool> SettleAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        var quiet = 0;
        while (clock.Elapsed < SettleLimit)
        {
            await Task.Delay(100, cancellationToken);
            var now = JitInfo.GetCompiledMethodCount();
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
            if (quiet >= 3) return true;
        }
        return false;
    }

    /// <summary>
    /// The application as the server sees it: a request that is not the warm-up's own and arrives before the warm-up has
    /// ended waits for it.
    /// </summary>
    private sealed class Held<TContext>(IHttpApplication<TContext> application, RequestWarmUp warmUp) : IHttpApplication<Held<TContext>.Request>
        where TContext : notnull
    {
        /// <summary>The application's context of one request, and whether it must wait.</summary>
        public sealed record Request(TContext Context, bool Waits);

        public Request CreateContext(IFeatureCollection contextFeatures) => new(application.CreateContext(contextFeatures),
            !warmUp.warmed.Task.IsCompleted && contextFeatures.Get<IHttpRequestFeature>()?.Headers[MarkHeader].ToString() != warmUp.mark);

        public async Task ProcessRequestAsync(Request request)
        {
            if (request.Waits) await warmUp.warmed.Task;
            await application.ProcessRequestAsync(request.Context);
        }

        public void DisposeContext(Request request, Exception? exception) => application.DisposeContext(request.Context, exception);
    }
}
