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
    /// multipart limit). A body over its endpoint's limit (<see cref="RequestBodyLimits"/>) but under this is read to its
    /// end and discarded so the client receives its 413 problem details (an HTTP/1.1 client cannot read a response while
    /// the server drops its upload); a larger one is cut off.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// Largest JSON body of the endpoints that take no file (unit profiles, new plans, sections, imports), in bytes
    /// (default 1 MB). Larger → 413.
    /// </summary>
    public long MaxJsonBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Room in a JSON submission for everything but its base64 .docx — the plan's data and up to
    /// <see cref="Data.Submissions.PlanSubmission.MaxKpis"/> chỉ tiêu, in bytes (default 4 MB).
    /// </summary>
    public long SubmissionDataBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Room for the multipart envelope around the file (boundaries, headers, other fields), in bytes.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The largest form accepted by its declared length: <see cref="MaxBytes"/> plus the envelope.</summary>
    public long MaxFormBytes => MaxBytes + FormOverheadBytes;

    /// <summary>
    /// The largest submission form (<c>POST /api/plans/submit</c>, <c>/submit/batch</c>): <see cref="MaxFormBytes"/> plus
    /// <see cref="SubmissionDataBytes"/> for the reviewed extraction's JSON (field <c>extraction</c>).
    /// </summary>
    public long MaxSubmissionFormBytes => MaxFormBytes + SubmissionDataBytes;

    /// <summary>
    /// The largest JSON submission (<c>POST /api/plans/submit</c>): <see cref="SubmissionDataBytes"/>
    /// plus a .docx of <see cref="MaxBytes"/> in base64 (4 characters for every 3 bytes).
    /// </summary>
    public long MaxSubmissionJsonBytes => SubmissionDataBytes + (MaxBytes + 2) / 3 * 4;

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
