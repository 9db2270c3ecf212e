using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ThiDua.Service.Infrastructure;

/// <summary>Binds <see cref="UploadOptions"/> and sizes the multipart form limit and Kestrel's request body limit from it.</summary>
public static class UploadLimitsSetup
{
    /// <summary>
    /// Registers <see cref="UploadOptions"/> (validated at start) and sets Kestrel's <c>MaxRequestBodySize</c> and
    /// <see cref="FormOptions.MultipartBodyLengthLimit"/> to <see cref="UploadOptions.MaxRequestBytes"/>, the hard cap. The
    /// file limit itself (<see cref="UploadOptions.MaxBytes"/>) is enforced with a 413 problem by <see cref="UploadSizeGate"/>
    /// on the declared length and by the plan upload reader on the received file, never by a dropped connection.
    /// </summary>
    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>()
            .BindConfiguration(UploadOptions.Section)
            .Validate(o => o.MaxBytes > 0 && o.MaxUncompressedBytes > 0 && o.MaxCompressionRatio > 1 && o.MaxEntries > 0,
                "Upload: MaxBytes, MaxUncompressedBytes and MaxEntries must be positive and MaxCompressionRatio greater than 1.")
            .Validate(o => o.MaxRequestBytes >= o.MaxFormBytes, "Upload: MaxRequestBytes must be at least MaxBytes + 64 KB.")
            .ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, upload) =>
            kestrel.Limits.MaxRequestBodySize = upload.Value.MaxRequestBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
            form.MultipartBodyLengthLimit = upload.Value.MaxRequestBytes);
        return services;
    }
}
