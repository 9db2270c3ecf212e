using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// The imports of this service process (in memory): queued by <c>POST /api/imports</c>, run one at a time by
/// <see cref="ImportWorker"/>, read by <c>GET /api/imports/{id}</c>. What an import stores lives in the database; only the
/// progress report is lost on restart.
/// </summary>
public sealed class ImportJobs
{
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();
    private readonly Channel<ImportJob> queue = Channel.CreateUnbounded<ImportJob>();

    /// <summary>Queues an import of <paramref name="source"/> for <paramref name="user"/>.</summary>
    public ImportJob Enqueue(ImportRequest source, ClaimsPrincipal user)
    {
        var job = new ImportJob(Guid.NewGuid(), source, user);
        jobs[job.Id] = job;
        queue.Writer.TryWrite(job);
        return job;
    }

    /// <summary>The import <paramref name="id"/> when <paramref name="user"/> started it; null otherwise.</summary>
    public ImportJob? Find(Guid id, ClaimsPrincipal user) =>
        jobs.TryGetValue(id, out var job) && job.Owner == ImportJob.OwnerOf(user) ? job : null;

    /// <summary>The queued imports, in order, until <paramref name="cancellationToken"/> fires.</summary>
    public IAsyncEnumerable<ImportJob> DequeueAllAsync(CancellationToken cancellationToken) => queue.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>One import and its progress; updated by the worker, read by the endpoint (thread-safe).</summary>
public sealed class ImportJob(Guid id, ImportRequest source, ClaimsPrincipal user)
{
    private readonly Lock gate = new();
    private readonly List<ImportFileReport> files = [];
    private ImportStatus status = ImportStatus.Queued;
    private int found;
    private string? error;

    /// <summary>The import's id.</summary>
    public Guid Id { get; } = id;

    /// <summary>Where to read.</summary>
    public ImportRequest Source { get; } = source;

    /// <summary>The user it runs for (their units, their Graph permissions).</summary>
    public ClaimsPrincipal User { get; } = user;

    /// <summary>Who may read the progress: the starter's object id, else their name.</summary>
    public string Owner { get; } = OwnerOf(user);

    /// <summary>The owner key of <paramref name="user"/>.</summary>
    public static string OwnerOf(ClaimsPrincipal user) =>
        user.FindFirst("oid")?.Value ?? user.FindFirst("http://schemas.microsoft.com/identity/claims/objectidentifier")?.Value
        ?? user.FindFirst("preferred_username")?.Value ?? user.Identity?.Name ?? "";

    /// <summary>Marks the import running.</summary>
    public void Start() { lock (gate) status = ImportStatus.Running; }

    /// <summary>Counts one more .docx found.</summary>
    public void Found() { lock (gate) found++; }

    /// <summary>Adds a file's report.</summary>
    public void Report(ImportFileReport report) { lock (gate) files.Add(report); }

    /// <summary>Marks the import finished, failed when <paramref name="failure"/> is given.</summary>
    public void Finish(string? failure = null)
    {
        lock (gate)
        {
            error = failure;
            status = failure is null ? ImportStatus.Completed : ImportStatus.Failed;
        }
    }

    /// <summary>A snapshot for the API.</summary>
    public ImportView View()
    {
        lock (gate) return new ImportView(Id, status, Source, found, files.Count, files.ToList(), error);
    }
}
