namespace ThiDua.Data.Entities;

/// <summary>
/// One submitted version of a <see cref="Plan"/>: the header and signer data read from it (<c>plan-schema.md</c> § Custom XML
/// part) and its chỉ tiêu. The newest version is current; older ones are kept with <see cref="SupersededAt"/> set.
/// Unique by <see cref="ContentHash"/> (re-submitting the same content is a no-op) and by (<see cref="PlanId"/>,
/// <see cref="Number"/>). Table <c>plan_versions</c>.
/// </summary>
public sealed class PlanVersion
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The plan this version belongs to.</summary>
    public int PlanId { get; set; }

    /// <summary>The plan.</summary>
    public Plan Plan { get; set; } = null!;

    /// <summary>1 for the first version, then 2, 3…</summary>
    public int Number { get; set; }

    /// <summary>
    /// SHA-256 of the submitted content, 64 lower-case hex digits: of the .docx bytes, or of the canonical JSON of an
    /// extraction submitted as JSON.
    /// </summary>
    public string ContentHash { get; set; } = "";

    /// <summary>How it arrived: <c>docx</c> or <c>json</c>.</summary>
    public string Format { get; set; } = "";

    /// <summary>The file name given by the sender (<c>tri-yen-2024.docx</c>).</summary>
    public string FileName { get; set; } = "";

    /// <summary>Cơ quan ban hành as printed (<c>ỦY BAN NHÂN DÂN XÃ TRÍ YÊN</c>).</summary>
    public string Issuer { get; set; } = "";

    /// <summary>Cơ quan chủ quản as printed; empty when none.</summary>
    public string IssuerParent { get; set; } = "";

    /// <summary>Số — the number only (<c>16</c>); empty when left blank for văn thư.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>Ký hiệu (<c>KH-UBND</c>).</summary>
    public string Symbol { get; set; } = "";

    /// <summary>Địa danh (<c>Trí Yên</c>).</summary>
    public string Place { get; set; } = "";

    /// <summary>Ngày ban hành when complete, else null.</summary>
    public DateOnly? SignedDate { get; set; }

    /// <summary>Trích yếu.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Quyền hạn ký (<c>TM. ỦY BAN NHÂN DÂN</c>).</summary>
    public string SignerAuthority { get; set; } = "";

    /// <summary>Chức vụ người ký.</summary>
    public string SignerTitle { get; set; } = "";

    /// <summary>Họ và tên người ký.</summary>
    public string SignerName { get; set; } = "";

    /// <summary>When it was stored (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>When a newer version replaced it (UTC); null while it is the current version.</summary>
    public DateTimeOffset? SupersededAt { get; set; }

    /// <summary>The id of the version that replaced it; null while current.</summary>
    public int? SupersededById { get; set; }

    /// <summary>The version that replaced it.</summary>
    public PlanVersion? SupersededBy { get; set; }

    /// <summary>The original .docx, absent for a JSON submission that carried no file.</summary>
    public PlanFile? File { get; set; }

    /// <summary>The chỉ tiêu read from this version, in document order.</summary>
    public List<KpiRecord> Kpis { get; set; } = [];
}
