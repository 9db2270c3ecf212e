using ThiDua.Data.Entities;

namespace ThiDua.Service.Features.Imports;

/// <summary>What happened to one file of an import.</summary>
/// <param name="File">The file name in the library.</param>
/// <param name="Outcome"><c>stored</c>, <c>superseded</c>, <c>unchanged</c> (same SHA-256 already stored), <c>rejected</c>, <c>forbidden</c> (outside the user's units) or <c>unreadable</c>.</param>
/// <param name="Message">One Vietnamese sentence.</param>
/// <param name="PlanId">The stored plan, when there is one.</param>
/// <param name="KpiCount">Chỉ tiêu stored for the file.</param>
/// <param name="ContentHash">SHA-256 of the file, 64 hex digits.</param>
public sealed record ImportFileReport(string File, string Outcome, string Message, int? PlanId, int KpiCount, string ContentHash);

/// <summary>An import as <c>GET /api/imports/{id}</c> returns it.</summary>
/// <param name="Id">The import's id.</param>
/// <param name="Status">Its state.</param>
/// <param name="Source">Where it reads from, as the user asked.</param>
/// <param name="Found">.docx files found so far.</param>
/// <param name="Done">Files handled so far.</param>
/// <param name="Files">Per-file reports, in the library's order.</param>
/// <param name="Error">Why the import failed, or null.</param>
public sealed record ImportView(Guid Id, ImportStatus Status, ImportRequest Source, int Found, int Done, IReadOnlyList<ImportFileReport> Files, string? Error)
{
    /// <summary>The view of a stored import (its <see cref="ImportJob.Files"/> loaded).</summary>
    public static ImportView Of(ImportJob job) => new(
        job.PublicId, job.Status, new ImportRequest(job.SiteUrl, job.SiteId, job.FolderPath, job.OneDrive),
        Math.Max(job.Found, job.Files.Count), job.Files.Count,
        job.Files.OrderBy(f => f.Position).Select(f => new ImportFileReport(f.Name, f.Outcome, f.Message, f.PlanId, f.KpiCount, f.ContentHash)).ToList(),
        job.Error);
}
