namespace ThiDua.Data.Queries;

/// <summary>A plan (unit + year) with its current version's header data (an item of <c>GET /api/plans</c>).</summary>
/// <param name="Id">Plan id.</param>
/// <param name="UnitId">The issuing unit.</param>
/// <param name="UnitName">Its name.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="CurrentVersion">Number of the current version.</param>
/// <param name="Versions">How many versions were submitted.</param>
/// <param name="DocumentNumber">Số (empty when left blank).</param>
/// <param name="Symbol">Ký hiệu.</param>
/// <param name="Subject">Trích yếu.</param>
/// <param name="SignedDate">Ngày ban hành, or null.</param>
/// <param name="SignerName">Người ký.</param>
/// <param name="FileName">The current version's file name.</param>
/// <param name="HasFile">Whether the original .docx is stored.</param>
/// <param name="SubmittedAt">When the current version arrived (UTC).</param>
/// <param name="KpiCount">Records of the current version.</param>
public sealed record PlanRow(
    int Id, int UnitId, string UnitName, int Year, int CurrentVersion, int Versions, string DocumentNumber, string Symbol,
    string Subject, DateOnly? SignedDate, string SignerName, string FileName, bool HasFile, DateTimeOffset SubmittedAt, int KpiCount);
