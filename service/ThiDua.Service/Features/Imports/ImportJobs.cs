using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Identity.Web;
using ThiDua.Data.Entities;
using ThiDua.Data.Hosting;
using ThiDua.Service.Features.Auth;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// The imports, kept in the central database (<c>import_jobs</c>, <c>import_files</c>): queued by <c>POST /api/imports</c>, run
/// one at a time per instance by <see cref="ImportWorker"/> under an <see cref="ImportLease"/> — unfinished ones again after a restart —, read by <c>GET /api/imports/{id}</c>
/// by the user who started them (matched by tenant and object id). No token and no <see cref="ClaimsPrincipal"/> is kept: the
/// worker finds the member again in <c>Authorization:Members</c> (<see cref="MemberOf"/>).
/// </summary>
public sealed class ImportJobs(ThiDuaDbContextFactory factory, MemberDirectory members, IConfiguration configuration, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim queued = new(0, 1);

    /// <summary>Releases the worker's wake-up signal (the container disposes this singleton when the service stops).</summary>
    public void Dispose() => queued.Dispose();

    /// <summary>Stores a queued import of <paramref name="source"/> for <paramref name="user"/> and wakes the worker.</summary>
    /// <param name="source">Where to read (already checked by the endpoint).</param>
    /// <param name="user">The signed-in member who asked.</param>
    /// <param name="graphSessionKey">The long-running on-behalf-of session started in the request (<see cref="IGraphCredentials.StartSessionAsync"/>).</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public async Task<ImportView> EnqueueAsync(ImportRequest source, ClaimsPrincipal user, string graphSessionKey, CancellationToken cancellationToken)
    {
        var (tenant, objectId) = OwnerOf(user);
        var job = new ImportJob
        {
            PublicId = Guid.NewGuid(),
            OwnerTenantId = tenant,
            OwnerObjectId = objectId,
            OwnerName = Truncate(user.FindFirst("preferred_username")?.Value ?? user.Identity?.Name ?? "", 256),
            SiteUrl = source.SiteUrl,
            SiteId = source.SiteId,
            FolderPath = source.FolderPath,
            OneDrive = source.OneDrive,
            Status = ImportStatus.Queued,
            GraphSessionKey = graphSessionKey,
            QueuedAt = clock.GetUtcNow(),
        };
        await using (var db = factory.CreateDbContext())
        {
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
        }
        Wake();
        return ImportView.Of(job);
    }

    /// <summary>The import <paramref name="id"/> when <paramref name="user"/> started it; null otherwise.</summary>
    public async Task<ImportView?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (tenant, objectId) = OwnerOf(user);
        await using var db = factory.CreateDbContext();
        var job = await db.ImportJobs.AsNoTracking().Include(j => j.Files)
            .SingleOrDefaultAsync(j => j.PublicId == id && j.OwnerTenantId == tenant && j.OwnerObjectId == objectId, cancellationToken);
        return job is null ? null : ImportView.Of(job);
    }

    /// <summary>Waits until an import is queued or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) => await queued.WaitAsync(timeout, cancellationToken);

    /// <summary>
    /// The member an import runs for, rebuilt from the configured members by the starter's tenant and object id (or by sign-in
    /// name, for a member configured by it outside Production); in LocalDevelopment mode the local administrator. Null when the
    /// starter is no longer a member.
    /// </summary>
    public ClaimsPrincipal? MemberOf(ImportJob job)
    {
        if (AuthenticationSetup.ModeOf(configuration) == AuthenticationMode.LocalDevelopment) return LocalDevelopmentAuthenticationHandler.CreatePrincipal();
        var identity = new ClaimsIdentity(
        [
            new Claim("tid", job.OwnerTenantId), new Claim("oid", job.OwnerObjectId), new Claim("preferred_username", job.OwnerName),
        ], "ThiDua.Import", "preferred_username", null);
        var principal = new ClaimsPrincipal(identity);
        if (members.Find(principal) is not { } member) return null;
        principal.AddIdentity(new ClaimsIdentity(ThiDuaClaims.Of(member), ThiDuaClaims.AuthenticationType));
        return principal;
    }

    private void Wake()
    {
        try
        {
            queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // The worker is already woken.
        }
    }

    private static (string Tenant, string ObjectId) OwnerOf(ClaimsPrincipal user) => (user.GetTenantId() ?? "", user.GetObjectId() ?? "");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
