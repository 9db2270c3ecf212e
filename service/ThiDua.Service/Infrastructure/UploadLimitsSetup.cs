using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ThiDua.Service.Infrastructure;

/// <summary>Binds <see cref="UploadOptions"/> and sizes the multipart form limit and Kestrel's request body limit from it.</summary>
public static class UploadLimitsSetup
{
    /// <summary>Bytes of a multipart form kept in memory before the rest is buffered in a temporary file (1 MB).</summary>
    public const int FormMemoryBufferBytes = 1024 * 1024;

    /// <summary>
    /// Registers <see cref="UploadOptions"/> (validated at start) and sets Kestrel's <c>MaxRequestBodySize</c> and
    /// <see cref="FormOptions.MultipartBodyLengthLimit"/> to <see cref="UploadOptions.MaxRequestBytes"/>, the hard cap. Each
    /// endpoint's own limit is enforced with a 413 problem by <see cref="RequestBodyLimits"/> on the declared length (and on
    /// the bytes received when none is declared), and the file limit (<see cref="UploadOptions.MaxBytes"/>) by the plan
    /// upload reader on the received file.
    /// </summary>
    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.Section)
            .Validate(o => o.MaxBytes > 0 && o.MaxUncompressedBytes > 0 && o.MaxCompressionRatio > 1 && o.MaxEntries > 0,
                "Upload: MaxBytes, MaxUncompressedBytes and MaxEntries must be positive and MaxCompressionRatio greater than 1.")
            .Validate(o => o.MaxJsonBytes > 0 && o.SubmissionDataBytes > 0, "Upload: MaxJsonBytes and SubmissionDataBytes must be positive.")
            .Validate(o => o.MaxRequestBytes >= Math.Max(o.MaxSubmissionFormBytes, Math.Max(o.MaxSubmissionJsonBytes, o.MaxJsonBytes)),
                "Upload: MaxRequestBytes must be at least the largest body an endpoint takes (a JSON submission: SubmissionDataBytes + MaxBytes in base64).")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, upload) =>
            kestrel.Limits.MaxRequestBodySize = upload.Value.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
        {
            form.MultipartBodyLengthLimit = upload.Value.MaxRequestBytes;
            form.ValueLengthLimit = (int)Math.Min(upload.Value.SubmissionDataBytes, int.MaxValue); // a submission's extraction field
            // A form of up to 1 MB (a batch of small plans from thidua submit) is buffered in memory, not in a temporary file
            // (default 64 KB): bulk submission wrote and re-read every batch on disk.
            form.MemoryBufferThreshold = FormMemoryBufferBytes;
        });
        return services;
    }
}
