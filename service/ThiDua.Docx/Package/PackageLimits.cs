namespace ThiDua.Docx.Package;

/// <summary>
/// The limits <see cref="PackageGuard"/> enforces on an uploaded .docx before Open XML reads it.
/// Sizes are in bytes. The defaults suit a commune or district plan (a few hundred KB) with room for pictures.
/// </summary>
public sealed record PackageLimits
{
    /// <summary>The defaults: 20 MB file, 200 MB uncompressed, 100:1 ratio on entries over 1 MB, 10 000 entries.</summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>Largest accepted file, in bytes (default 20 MB = 20 × 2²⁰). Larger → <see cref="DocxInputError.TooLarge"/>.</summary>
    public long MaxBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of all ZIP entries, in bytes (default 200 MB), declared or actually inflated. Larger → <see cref="DocxInputError.ZipBomb"/>.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest uncompressed : compressed ratio of one entry (default 100) — checked only on entries of at least <see cref="RatioCheckMinBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Uncompressed size from which an entry's compression ratio is checked, in bytes (default 1 MB): small XML parts legitimately compress far better.</summary>
    public long RatioCheckMinBytes { get; init; } = 1024 * 1024;

    /// <summary>Most ZIP entries accepted (default 10 000; a plan has 15–40).</summary>
    public int MaxEntries { get; init; } = 10_000;
}
