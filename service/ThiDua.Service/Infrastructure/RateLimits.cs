using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Identity.Web;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// How many requests the service takes, from the configuration section <c>RateLimits</c>: per client address and per
/// signed-in user (token buckets, requests per minute), how many plans it reads at once (the engine is CPU- and
/// memory-bound), and how many imports one user may start per hour.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "RateLimits";

    /// <summary>Requests per minute from one client address (default 600), in bursts of as many.</summary>
    public int PerAddressPerMinute { get; set; } = 600;

    /// <summary>Requests per minute from one signed-in user (default 300), in bursts of as many.</summary>
    public int PerUserPerMinute { get; set; } = 300;

    /// <summary>Plans read by the engine at once, for the whole service (default two per processor).</summary>
    public int EngineConcurrency { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests that wait for the engine beyond <see cref="EngineConcurrency"/> (default 64); more → 429.</summary>
    public int EngineQueue { get; set; } = 64;

    /// <summary>
    /// A request body from this size on (or of undeclared length, chunked) on an endpoint that reads a plan or a submission
    /// is a large upload (default 4 MB), which waits for <see cref="LargeUploadConcurrency"/>.
    /// </summary>
    public long LargeUploadBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>
    /// Large uploads read at once, for the whole service (default 1): each holds its body, its decoded .docx and the copies
    /// the database makes while storing it — about 160 MB for the largest JSON submission (a 20 MB file in base64) — so the
    /// service stays within its memory when many arrive together; the others wait before their body is read.
    /// </summary>
    public int LargeUploadConcurrency { get; set; } = 1;

    /// <summary>Large uploads that wait beyond <see cref="LargeUploadConcurrency"/> (default 32); more → 429.</summary>
    public int LargeUploadQueue { get; set; } = 32;

    /// <summary>Imports one user may start per hour (default 20).</summary>
    public int ImportsPerUserPerHour { get; set; } = 20;
}

/// <summary>
/// ASP.NET Core rate limiting: every request passes a per-address and a per-user token bucket, and a request whose endpoint
/// reads a plan (<see cref="RequestBody.Plan"/>, <see cref="RequestBody.Submission"/>) waits its turn for the engine — a
/// large one (<see cref="RateLimitOptions.LargeUploadBytes"/>) first for the few large uploads read at once; the
/// imports endpoint has its own hourly limit per user (<see cref="Imports"/>). A refused request gets 429 problem details
/// in Vietnamese with <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy of <c>POST /api/imports</c>: <see cref="RateLimitOptions.ImportsPerUserPerHour"/>.</summary>
    public const string Imports = "imports";

    /// <summary>Registers the limiters from <paramref name="configuration"/>'s <c>RateLimits</c> section.</summary>
    public static IServiceCollection AddThiDuaRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetTokenBucketLimiter("a:" + AddressOf(context), _ => PerMinute(limits.PerAddressPerMinute))),
                PartitionedRateLimiter.Create<HttpContext, string>(context => UserOf(context) is { } user
                    ? RateLimitPartition.GetTokenBucketLimiter("u:" + user, _ => PerMinute(limits.PerUserPerMinute))
                    : RateLimitPartition.GetNoLimiter("anonymous")),
                // A large upload waits for its turn before it takes an engine permit, so waiting never holds one.
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsLargeUpload(context, limits)
                    ? RateLimitPartition.GetConcurrencyLimiter("large", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = Math.Max(1, limits.LargeUploadConcurrency),
                        QueueLimit = Math.Max(0, limits.LargeUploadQueue),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("small")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => RequestBodyLimits.KindOf(context) is RequestBody.Plan or RequestBody.Submission
                    ? RateLimitPartition.GetConcurrencyLimiter("engine", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = Math.Max(1, limits.EngineConcurrency),
                        QueueLimit = Math.Max(0, limits.EngineQueue),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("other")));
            options.AddPolicy(Imports, context => RateLimitPartition.GetFixedWindowLimiter("i:" + (UserOf(context) ?? AddressOf(context)), _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.ImportsPerUserPerHour), Window = TimeSpan.FromHours(1) }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(5);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ApiProblems.Problem(ProblemCatalog.TooManyRequests,
                    $"Máy chủ đang nhận quá nhiều yêu cầu từ tài khoản hoặc máy này. Hãy đợi khoảng {seconds} giây rồi thử lại.",
                    context.HttpContext.Request.Path).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions PerMinute(int requests) => new()
    {
        TokenLimit = Math.Max(1, requests),
        TokensPerPeriod = Math.Max(1, requests / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>The signed-in user: tenant and object id (or the name of the local-development user); null when anonymous.</summary>
    private static string? UserOf(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return null;
        return user.GetObjectId() is { } oid ? $"{user.GetTenantId()}/{oid}" : user.Identity.Name ?? "signed-in";
    }

    /// <summary>A body of <see cref="RateLimitOptions.LargeUploadBytes"/> or more, or of undeclared length, to an endpoint that reads a plan or a submission.</summary>
    private static bool IsLargeUpload(HttpContext context, RateLimitOptions limits) =>
        RequestBodyLimits.KindOf(context) is RequestBody.Plan or RequestBody.Submission
        && (context.Request.ContentLength is not { } length || length >= limits.LargeUploadBytes);

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
