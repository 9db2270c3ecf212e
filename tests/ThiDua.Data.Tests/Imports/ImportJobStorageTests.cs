using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;
using ThiDua.Data.Tests.Infrastructure;

namespace ThiDua.Data.Tests.Imports;

public sealed class SqliteImportJobStorageTests : ImportJobStorageTests<SqliteTestDatabase>;

public sealed class PostgresImportJobStorageTests : ImportJobStorageTests<PostgresTestDatabase>;

/// <summary>
/// Imports in the database (<c>import_jobs</c>, <c>import_files</c>): a job and its per-file reports read back from a new
/// context (as after a restart), unfinished ones found by status, one report per drive item, reports removed with their job.
/// </summary>
public abstract class ImportJobStorageTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static ImportJob Job(string folder) => new()
    {
        PublicId = Guid.NewGuid(), OwnerTenantId = Guid.NewGuid().ToString(), OwnerObjectId = Guid.NewGuid().ToString(),
        OwnerName = "can.bo@ubnd.test", SiteUrl = "https://ubnd.sharepoint.com/sites/noivu", FolderPath = folder,
        Status = ImportStatus.Queued, GraphSessionKey = "phiên", QueuedAt = DateTimeOffset.UtcNow,
    };

    [DatabaseFact]
    public async Task A_job_and_its_reports_are_read_back_and_unfinished_jobs_are_found_by_status()
    {
        var running = Job("Kế hoạch #1 100%/2024");
        var done = Job("Lưu trữ");
        done.Status = ImportStatus.Completed;
        await using (var db = Context())
        {
            db.ImportJobs.AddRange(running, done);
            await db.SaveChangesAsync();
            running.Status = ImportStatus.Running;
            running.Files.Add(new ImportedFile { Position = 0, ItemId = "item-0", Name = "Kế hoạch thi đua.docx", Outcome = "stored", Message = "Đã lưu.", PlanId = null, KpiCount = 12, ContentHash = new string('a', 64) });
            await db.SaveChangesAsync();
        }
        await using (var db = Context())
        {
            var read = await db.ImportJobs.Include(j => j.Files).SingleAsync(j => j.PublicId == running.PublicId);
            Assert.Equal((ImportStatus.Running, "Kế hoạch #1 100%/2024"), (read.Status, read.FolderPath));
            Assert.Equal(("Kế hoạch thi đua.docx", 12), (read.Files.Single().Name, read.Files.Single().KpiCount));
            var unfinished = await db.ImportJobs.Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running).Select(j => j.PublicId).ToListAsync();
            Assert.Equal([running.PublicId], unfinished);

            read.Files.Add(new ImportedFile { Position = 1, ItemId = "item-0", Name = "lần hai.docx", Outcome = "stored", Message = "" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using (var db = Context())
        {
            db.ImportJobs.Remove(await db.ImportJobs.SingleAsync(j => j.PublicId == running.PublicId));
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.ImportedFiles.CountAsync());
        }
    }
}
