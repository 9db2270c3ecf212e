using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// A real HTTP server (Kestrel on loopback) standing in for ThiDua.Service in the CLI's resilience tests: each request is
/// answered by the next step scripted for its method and path — a status with an optional <c>Retry-After</c> and JSON body,
/// or the connection dropped without an answer — and the last step repeats. Every request is logged with the time it arrived.
/// Can be stopped and started again on the same port (a service restarting).
/// </summary>
public sealed class ScriptedService : IAsyncDisposable
{
    /// <summary>One scripted answer: <paramref name="Status"/> 0 drops the connection without answering.</summary>
    public sealed record Step(int Status, string? RetryAfter = null, string? Body = null)
    {
        /// <summary>The connection closed without a response (a process killed mid-request).</summary>
        public static Step Drop { get; } = new(0);
    }

    /// <summary>A request as it arrived: method, path, body and time (UTC).</summary>
    public sealed record Arrival(string Method, string Path, string Body, DateTimeOffset At);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<Step>> script = new();
    private readonly ConcurrentQueue<Arrival> log = new();
    private WebApplication? app;

    /// <summary>The base address (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>The requests so far, in order of arrival.</summary>
    public IReadOnlyList<Arrival> Log => log.ToArray();

    /// <summary>The requests so far to <paramref name="method"/> <paramref name="path"/>.</summary>
    public IReadOnlyList<Arrival> Calls(string method, string path) => log.Where(a => a.Method == method && a.Path == path).ToArray();

    /// <summary>Scripts the answers to <paramref name="method"/> <paramref name="path"/>, in order (the last one repeats).</summary>
    public ScriptedService On(string method, string path, params Step[] steps)
    {
        script[$"{method} {path}"] = new ConcurrentQueue<Step>(steps);
        return this;
    }

    /// <summary>Starts a server on a free port.</summary>
    public static async Task<ScriptedService> StartAsync()
    {
        var service = new ScriptedService();
        await service.StartAsync(0);
        return service;
    }

    /// <summary>Starts again on the port it had (after <see cref="StopAsync"/>).</summary>
    public Task RestartAsync() => StartAsync(Address.Port);

    /// <summary>Stops listening: connections are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (app is null) return;
        await app.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    private async Task StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        app = builder.Build();
        app.Run(AnswerAsync);
        await app.StartAsync();
        Address = new Uri(app.Urls.First() + "/");
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        log.Enqueue(new Arrival(request.Method, request.Path.Value ?? "", body, DateTimeOffset.UtcNow));
        if (!script.TryGetValue($"{request.Method} {request.Path.Value}", out var steps) || !steps.TryPeek(out var step))
        {
            context.Response.StatusCode = 404;
            return;
        }
        if (steps.Count > 1) steps.TryDequeue(out _);
        if (step.Status == 0)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = step.Status;
        if (step.RetryAfter is not null) context.Response.Headers.RetryAfter = step.RetryAfter;
        if (step.Body is not null)
        {
            context.Response.ContentType = step.Status >= 400 ? "application/problem+json" : "application/json";
            await context.Response.WriteAsync(step.Body, context.RequestAborted);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync();
}
