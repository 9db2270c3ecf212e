using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ThiDua.Docx.Package;

namespace ThiDua.Service.Infrastructure;

/// <summary>What an endpoint's request body is, which sets how large it may be (<see cref="RequestBodyLimits"/>).</summary>
public enum RequestBody
{
    /// <summary>A small JSON document, or no body: <see cref="UploadOptions.MaxJsonBytes"/> (the default of every endpoint).</summary>
    Json,

    /// <summary>A multipart form carrying one .docx: <see cref="UploadOptions.MaxFormBytes"/>.</summary>
    Plan,

    /// <summary>
    /// A submission: a form with the .docx and the reviewed extraction (<see cref="UploadOptions.MaxSubmissionFormBytes"/>)
    /// or an extraction as JSON with its .docx in base64 (<see cref="UploadOptions.MaxSubmissionJsonBytes"/>).
    /// </summary>
    Submission,
}

/// <summary>The <see cref="RequestBody"/> kind of an endpoint, as endpoint metadata.</summary>
/// <param name="Kind">The kind.</param>
public sealed record RequestBodyMetadata(RequestBody Kind);

/// <summary>
/// A size limit on every request body, by endpoint (<see cref="RequestBody"/>): a body whose declared
/// <c>Content-Length</c> is over its endpoint's limit is refused with 413 problem details before anything reads it (the
/// exception handler drains the upload first, up to <see cref="UploadOptions.MaxRequestBytes"/>, so the client sees the
/// answer); a body without a declared length gets the limit as its <see cref="IHttpMaxRequestBodySizeFeature"/>, so reading
/// past it fails with 413.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Marks the endpoints of <paramref name="builder"/> as taking a body of <paramref name="kind"/>.</summary>
    public static TBuilder WithRequestBody<TBuilder>(this TBuilder builder, RequestBody kind) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyMetadata(kind));

    /// <summary>The limit, in bytes, of the request <paramref name="context"/> for its endpoint and content type.</summary>
    public static long LimitOf(HttpContext context, UploadOptions upload) =>
        KindOf(context) switch
        {
            RequestBody.Plan => upload.MaxFormBytes,
            RequestBody.Submission => context.Request.HasFormContentType ? upload.MaxSubmissionFormBytes : upload.MaxSubmissionJsonBytes,
            _ => upload.MaxJsonBytes,
        };

    /// <summary>The body kind of the request's endpoint; <see cref="RequestBody.Json"/> when it names none or no endpoint matched.</summary>
    public static RequestBody KindOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyMetadata>()?.Kind ?? RequestBody.Json;

    /// <summary>The Vietnamese detail of a 413 for the request <paramref name="context"/>: a file's words for a plan or a submission form, else the request's limit.</summary>
    public static string TooLargeDetail(HttpContext context, UploadOptions upload) =>
        KindOf(context) switch
        {
            RequestBody.Plan => InputFailures.TooLarge(null, upload.MaxBytes).Message,
            RequestBody.Submission when context.Request.HasFormContentType => InputFailures.TooLarge(null, upload.MaxBytes).Message,
            RequestBody.Submission =>
                $"Nội dung gửi lên lớn hơn giới hạn {Megabytes(upload.MaxSubmissionJsonBytes)}: tệp .docx đính kèm tối đa " +
                $"{Megabytes(upload.MaxBytes)} và tối đa {ThiDua.Data.Submissions.PlanSubmission.MaxKpis:N0} chỉ tiêu.",
            _ => $"Nội dung gửi lên lớn hơn giới hạn {upload.MaxJsonBytes / 1024:N0} KB của yêu cầu này.",
        };

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    /// <summary>Adds the limit; place it after the exception handler (routing has chosen the endpoint by then).</summary>
    public static WebApplication UseRequestBodyLimits(this WebApplication app)
    {
        var upload = app.Services.GetRequiredService<IOptions<UploadOptions>>().Value;
        app.Use(next => context =>
        {
            var limit = LimitOf(context, upload);
            if (context.Request.ContentLength is { } declared)
            {
                if (declared > limit) throw new BadHttpRequestException(TooLargeDetail(context, upload), StatusCodes.Status413PayloadTooLarge);
            }
            else if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
            return next(context);
        });
        return app;
    }
}
