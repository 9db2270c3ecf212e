using Microsoft.AspNetCore.Http.Features;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Reads and discards what is left of a request body before an error response, so that an HTTP/1.1 client still
/// uploading (a file over the limit) receives the response instead of a connection reset. Bounded by Kestrel's
/// <c>MaxRequestBodySize</c>: past it, reading fails and the connection is closed anyway. A client that asked
/// <c>Expect: 100-continue</c> (curl does for bodies over 1 MB) is answered at once, without its body being sent.
/// </summary>
public static class RequestDrain
{
    /// <summary>Discards the rest of the body; returns quietly when there is none, it was already read, or the client went away.</summary>
    public static async Task DrainAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }) return;
        // A client that waits for "100 Continue" has sent nothing yet: reading would ask it to send the body it need not send.
        if (context.Request.Headers.Expect.ToString().Equals("100-continue", StringComparison.OrdinalIgnoreCase)) return;
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
