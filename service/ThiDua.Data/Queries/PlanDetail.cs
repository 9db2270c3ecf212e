namespace ThiDua.Data.Queries;

/// <summary>A plan with every version and the KPI records of one of them (<c>GET /api/plans/{id}</c>).</summary>
/// <param name="Plan">The plan and its current version.</param>
/// <param name="Versions">Every version, newest first.</param>
/// <param name="ShownVersion">The version whose records are in <paramref name="Kpis"/> (the current one unless asked otherwise).</param>
/// <param name="Kpis">Its KPI records, in document order.</param>
public sealed record PlanDetail(PlanRow Plan, IReadOnlyList<PlanVersionView> Versions, int ShownVersion, IReadOnlyList<KpiRow> Kpis);

/// <summary>One version of a plan.</summary>
/// <param name="Id">Version id.</param>
/// <param name="Number">Version number.</param>
/// <param name="Current">True for the newest.</param>
/// <param name="Format"><c>docx</c> or <c>json</c>.</param>
/// <param name="FileName">The sender's file name.</param>
/// <param name="HasFile">Whether its .docx is stored.</param>
/// <param name="ContentHash">SHA-256 of the content.</param>
/// <param name="Issuer">Cơ quan ban hành as printed.</param>
/// <param name="IssuerParent">Cơ quan chủ quản as printed.</param>
/// <param name="DocumentNumber">Số.</param>
/// <param name="Symbol">Ký hiệu.</param>
/// <param name="Place">Địa danh.</param>
/// <param name="SignedDate">Ngày ban hành.</param>
/// <param name="Subject">Trích yếu.</param>
/// <param name="SignerAuthority">Quyền hạn ký.</param>
/// <param name="SignerTitle">Chức vụ.</param>
/// <param name="SignerName">Họ tên người ký.</param>
/// <param name="SubmittedAt">When it arrived (UTC).</param>
/// <param name="SupersededAt">When a newer version replaced it (UTC), or null.</param>
/// <param name="KpiCount">Its KPI records.</param>
public sealed record PlanVersionView(
    int Id, int Number, bool Current, string Format, string FileName, bool HasFile, string ContentHash, string Issuer,
    string IssuerParent, string DocumentNumber, string Symbol, string Place, DateOnly? SignedDate, string Subject,
    string SignerAuthority, string SignerTitle, string SignerName, DateTimeOffset SubmittedAt, DateTimeOffset? SupersededAt, int KpiCount);
