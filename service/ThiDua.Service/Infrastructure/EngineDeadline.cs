using Microsoft.Extensions.Options;

namespace ThiDua.Service.Infrastructure;

/// <summary>How long the engine may work on one plan (configuration section <c>Engine</c>).</summary>
public sealed class EngineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Engine";

    /// <summary>
    /// Seconds the engine may spend on one request's plan before it is stopped (default 30; a real 300-page plan takes a
    /// fraction of a second). Past it the request gets 422.
    /// </summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Whether the service checks, extracts and tags a plan it authors itself before it takes requests
    /// (<see cref="ThiDua.Service.Features.Plans.EngineWarmUp"/>), so the first officer's check after a start does not pay
    /// for compiling the engine (default true).
    /// </summary>
    public bool WarmUp { get; set; } = true;

    /// <summary><see cref="TimeoutSeconds"/> as a span.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}

/// <summary>The engine stopped at its deadline: the plan is too complex to read in the time allowed (422).</summary>
/// <param name="timeout">The deadline that passed.</param>
public sealed class EngineTimeoutException(TimeSpan timeout)
    : Exception($"Máy chủ không đọc xong kế hoạch trong {timeout.TotalSeconds:0} giây: văn bản quá phức tạp (bảng hoặc khung nội dung lồng nhau quá sâu, " +
                "đoạn văn quá dài…) nên đã dừng lại. Hãy mở tệp bằng Word, lưu lại thành tệp .docx mới rồi gửi lại.")
{
    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; } = timeout;
}

/// <summary>
/// Runs the engine for a request under a deadline (<see cref="EngineOptions.Timeout"/>) with the request's
/// <c>HttpContext.RequestAborted</c> linked in: the engine checks the token per block, rule and fix, so a plan that would
/// take too long stops with <see cref="EngineTimeoutException"/>, and one whose caller left stops at once (the
/// <see cref="OperationCanceledException"/> then goes unanswered, as nobody is there to read it).
/// </summary>
/// <param name="options">The <c>Engine</c> settings.</param>
/// <param name="time">The clock whose timer fires the deadline (<see cref="TimeProvider.System"/> unless one is registered).</param>
public sealed class EngineDeadline(IOptions<EngineOptions> options, TimeProvider? time = null)
{
    /// <summary>Runs <paramref name="work"/> with a token that fires at the deadline or when the request is aborted.</summary>
    /// <exception cref="EngineTimeoutException">The deadline passed first.</exception>
    /// <exception cref="OperationCanceledException">The caller went away (or <paramref name="stopping"/> fired).</exception>
    public T Run<T>(Func<CancellationToken, T> work, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(options.Value.Timeout, time ?? TimeProvider.System);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            return work(deadline.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            throw new EngineTimeoutException(options.Value.Timeout);
        }
    }
}
