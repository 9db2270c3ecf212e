using ThiDua.Docx.Package;

namespace ThiDua.Service.Infrastructure;

/// <summary>
/// Limits on uploaded plans, bound from the configuration section <c>Upload</c> (e.g. <c>Upload__MaxBytes</c> in the
/// environment). Sizes in bytes; the defaults are <see cref="PackageLimits.Default"/>.
/// </summary>
public sealed class UploadOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Upload";

    /// <summary>Largest accepted .docx, in bytes (default 20 MB). Larger → 413.</summary>
    public long MaxBytes { get; set; } = PackageLimits.Default.MaxBytes;

    /// <summary>Largest total uncompressed size of the package, in bytes (default 200 MB). Larger → 422 zip bomb.</summary>
    public long MaxUncompressedBytes { get; set; } = PackageLimits.Default.MaxUncompressedBytes;

    /// <summary>Largest compression ratio of one entry of at least <see cref="RatioCheckMinBytes"/> (default 100).</summary>
    public double MaxCompressionRatio { get; set; } = PackageLimits.Default.MaxCompressionRatio;

    /// <summary>Entry size from which the ratio is checked, in bytes (default 1 MB).</summary>
    public long RatioCheckMinBytes { get; set; } = PackageLimits.Default.RatioCheckMinBytes;

    /// <summary>Most ZIP entries accepted (default 10 000).</summary>
    public int MaxEntries { get; set; } = PackageLimits.Default.MaxEntries;

    /// <summary>
    /// Largest request body received at all, in bytes (default 100 MB; Kestrel's <c>MaxRequestBodySize</c> and the
    /// multipart limit). A form over <see cref="MaxBytes"/> but under this is read to its end and discarded so the client
    /// receives its 413 problem details (an HTTP/1.1 client cannot read a response while the server drops its upload);
    /// a larger one is cut off.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Room for the multipart envelope around the file (boundaries, headers, other fields), in bytes.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The largest form accepted by its declared length: <see cref="MaxBytes"/> plus the envelope.</summary>
    public long MaxFormBytes => MaxBytes + FormOverheadBytes;

    /// <summary>The limits as <see cref="PackageGuard"/> takes them.</summary>
    public PackageLimits ToLimits() => new()
    {
        MaxBytes = MaxBytes,
        MaxUncompressedBytes = MaxUncompressedBytes,
        MaxCompressionRatio = MaxCompressionRatio,
        RatioCheckMinBytes = RatioCheckMinBytes,
        MaxEntries = MaxEntries,
    };
}
