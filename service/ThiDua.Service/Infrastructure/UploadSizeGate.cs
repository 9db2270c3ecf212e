using Microsoft.Extensions.Options;
using ThiDua.Docx.Package;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Refuses a form whose declared <c>Content-Length</c> is over <see cref="UploadOptions.MaxFormBytes"/> before anything
/// reads it: the request fails with <see cref="DocxInputError.TooLarge"/>, which the exception handler answers with 413
/// problem details after draining the upload. Bodies without a length are bounded by the form limit and
/// <see cref="Features.Plans.UploadedPlan"/> instead.
/// </summary>
public static class UploadSizeGate
{
    /// <summary>Adds the gate; place it after the exception handler.</summary>
    public static WebApplication UseUploadSizeGate(this WebApplication app)
    {
        var upload = app.Services.GetRequiredService<IOptions<UploadOptions>>().Value;
        app.Use(next => context =>
        {
            if (context.Request.ContentLength > upload.MaxFormBytes && context.Request.HasFormContentType)
                throw InputFailures.TooLarge(null, upload.MaxBytes);
            return next(context);
        });
        return app;
    }
}
