using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using ThiDua.Docx.Package;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Turns exceptions into problem details: <see cref="DocxInputException"/> and Open XML / ZIP / XML read failures by
/// their <see cref="DocxInputError"/> (400/413/415/422), request failures (<see cref="BadHttpRequestException"/>:
/// a parameter that does not bind, body too large, not a form) by <see cref="RequestProblems"/> or their status, a request
/// refused while it was bound (<see cref="RequestRefusedException"/>) by its catalogue entry, anything else as a 500 that is logged with its stack trace but
/// answered without it. Before a 413 the rest of the upload is drained (<see cref="RequestDrain"/>).
/// </summary>
public sealed class InputExceptionHandler(ILogger<InputExceptionHandler> logger, IOptions<UploadOptions> upload) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (entry, detail) = Describe(httpContext, exception);
        if (entry.Status >= 500)
            logger.LogError(exception, "Unexpected failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        else
            logger.LogInformation("Rejected {Method} {Path}: {Error} ({Status}) {Detail}", httpContext.Request.Method, httpContext.Request.Path, entry.Error, entry.Status, detail);

        if (entry.Status == StatusCodes.Status413PayloadTooLarge) await RequestDrain.DrainAsync(httpContext, cancellationToken);
        httpContext.Response.StatusCode = entry.Status;
        await ApiProblems.Problem(entry, detail, httpContext.Request.Path).ExecuteAsync(httpContext);
        return true;
    }

    private (ProblemCatalog.Entry Entry, string Detail) Describe(HttpContext httpContext, Exception exception)
    {
        if (exception is BadHttpRequestException badRequest)
        {
            if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
                return (ProblemCatalog.For(DocxInputError.TooLarge), RequestBodyLimits.TooLargeDetail(httpContext, upload.Value));
            return RequestProblems.ForBinding(badRequest) ?? ProblemCatalog.ForStatus(badRequest.StatusCode);
        }
        if (exception is RequestRefusedException refused) return (refused.Entry, refused.Message);
        if (exception is EngineTimeoutException timeout) return (ProblemCatalog.EngineTimeout, timeout.Message);
        if (DocxLoader.AsInputException(exception) is { } input) return (ProblemCatalog.For(input.Error), input.Message);
        return ProblemCatalog.ForStatus(StatusCodes.Status500InternalServerError);
    }
}
