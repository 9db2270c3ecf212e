using System.Security.Cryptography;
using System.Text.Json;
using ThiDua.Plans.Kpis;
using ThiDua.Plans.Model;

namespace ThiDua.Data.Submissions;

/// <summary>
/// A plan sent to the central database: what the engine extracted from it (or what the officer corrected in the pane), the
/// original file when there is one, and the SHA-256 that makes re-sending it a no-op. Create with <see cref="FromDocx"/> or
/// <see cref="FromExtraction"/>.
/// </summary>
public sealed record PlanSubmission
{
    private static readonly JsonSerializerOptions CanonicalJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Most chỉ tiêu one submission may carry (a real plan has tens): more is refused by the validator, and the service stops
    /// reading a JSON submission at the first record past it.
    /// </summary>
    public const int MaxKpis = 2_000;

    private PlanSubmission(PlanMetadata plan, IReadOnlyList<Target> kpis, string fileName, string format, byte[]? file, string contentHash, int? unitId)
    {
        Plan = plan;
        Kpis = kpis;
        FileName = fileName;
        Format = format;
        File = file;
        ContentHash = contentHash;
        UnitId = unitId;
    }

    /// <summary>Header and signer data.</summary>
    public PlanMetadata Plan { get; }

    /// <summary>The chỉ tiêu, in document order.</summary>
    public IReadOnlyList<Target> Kpis { get; }

    /// <summary>The sender's file name.</summary>
    public string FileName { get; }

    /// <summary><c>docx</c> or <c>json</c>.</summary>
    public string Format { get; }

    /// <summary>The original .docx bytes, or null.</summary>
    public byte[]? File { get; }

    /// <summary>SHA-256 of the content, 64 lower-case hex digits.</summary>
    public string ContentHash { get; }

    /// <summary>The unit profile chosen by the sender, or null to find (or create) it from <see cref="PlanMetadata.Issuer"/>.</summary>
    public int? UnitId { get; }

    /// <summary>A .docx and what the engine extracted from it; the hash is that of the bytes.</summary>
    public static PlanSubmission FromDocx(byte[] docx, string fileName, PlanMetadata plan, IReadOnlyList<Target> kpis, int? unitId = null) =>
        new(plan, kpis, fileName, "docx", docx, Convert.ToHexStringLower(SHA256.HashData(docx)), unitId);

    /// <summary>
    /// An extraction sent as JSON (typically corrected in the pane), with the original file when the sender attached it;
    /// the hash is that of the extraction's canonical JSON, so a corrected extraction is new content.
    /// </summary>
    public static PlanSubmission FromExtraction(PlanMetadata plan, IReadOnlyList<Target> kpis, string fileName, byte[]? docx = null, int? unitId = null)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new { plan, kpis }, CanonicalJson);
        return new(plan, kpis, fileName, "json", docx, Convert.ToHexStringLower(SHA256.HashData(canonical)), unitId);
    }
}
