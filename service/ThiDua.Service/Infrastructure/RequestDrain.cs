using Microsoft.AspNetCore.Http.Features;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Reads and discards what is left of a request body before an error response, so that an HTTP/1.1 client still
/// uploading (a file over the limit) receives the response instead of a connection reset. Bounded by Kestrel's
/// <c>MaxRequestBodySize</c>: past it, reading fails and the connection is closed anyway.
/// </summary>
public static class RequestDrain
{
    /// <summary>Discards the rest of the body; returns quietly when there is none, it was already read, or the client went away.</summary>
    public static async Task DrainAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }) return;
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException or InvalidOperationException)
        {
            // Over Kestrel's hard limit, or the client stopped sending: nothing more can be done for this connection.
        }
    }
}
