namespace ThiDua.Data.Entities;

/// <summary>The state of an import — <em>đợt nhập kế hoạch</em>.</summary>
public enum ImportStatus
{
    /// <summary>Waiting for the background worker.</summary>
    Queued,

    /// <summary>Listing, downloading and submitting files (or stopped there by a restart, to be resumed).</summary>
    Running,

    /// <summary>Every file was handled (each file's own outcome is in its report).</summary>
    Completed,

    /// <summary>The folder could not be read (not found, no permission, Graph unavailable, sign-in expired).</summary>
    Failed,
}

/// <summary>
/// One import of a SharePoint or OneDrive folder (<em>đợt nhập kế hoạch</em>), kept in the database so that it outlives the
/// request that started it and a restart of the service (table <c>import_jobs</c>). The user it runs for is kept by tenant and
/// object id, never as a token: the worker rebuilds the member from <c>Authorization:Members</c> and reads Microsoft 365 through
/// the long-running on-behalf-of session named by <see cref="GraphSessionKey"/>.
/// </summary>
public sealed class ImportJob
{
    /// <summary>Database id; also the order imports run in.</summary>
    public int Id { get; set; }

    /// <summary>The id the API shows (<c>/api/imports/{id}</c>).</summary>
    public Guid PublicId { get; set; }

    /// <summary>The starter's Entra tenant id (<c>tid</c>), a GUID.</summary>
    public string OwnerTenantId { get; set; } = "";

    /// <summary>The starter's Entra object id (<c>oid</c>), a GUID; with <see cref="OwnerTenantId"/> who may read the import.</summary>
    public string OwnerObjectId { get; set; } = "";

    /// <summary>
    /// The starter's sign-in name (<c>preferred_username</c>): for the service's log, and to find a member configured by user
    /// principal name only (allowed outside Production).
    /// </summary>
    public string OwnerName { get; set; } = "";

    /// <summary>The SharePoint site's address, when given.</summary>
    public string? SiteUrl { get; set; }

    /// <summary>The site's Graph id, when given.</summary>
    public string? SiteId { get; set; }

    /// <summary>The folder inside the library, as the user wrote it (already checked segment by segment).</summary>
    public string? FolderPath { get; set; }

    /// <summary>True for the user's OneDrive.</summary>
    public bool OneDrive { get; set; }

    /// <summary>Where the import stands.</summary>
    public ImportStatus Status { get; set; }

    /// <summary>.docx files found so far.</summary>
    public int Found { get; set; }

    /// <summary>Why the import failed (Vietnamese), or null.</summary>
    public string? Error { get; set; }

    /// <summary>
    /// The key of the long-running on-behalf-of session started in the request (Microsoft.Identity.Web's
    /// <c>LongRunningWebApiSessionKey</c>); the worker acquires its Microsoft Graph tokens with it.
    /// </summary>
    public string GraphSessionKey { get; set; } = "";

    /// <summary>How many times a worker started running the import (more than one after a restart).</summary>
    public int Starts { get; set; }

    /// <summary>When it was queued.</summary>
    public DateTimeOffset QueuedAt { get; set; }

    /// <summary>When a worker last started it.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it completed or failed.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// The service instance that holds the import's lease, or held it last (an id made per process: host, process id and a
    /// random part, at most 128 characters). A concurrency token: a save of the job by an instance whose lease was taken
    /// over fails instead of overwriting the new owner's progress.
    /// </summary>
    public string? LeaseOwner { get; set; }

    /// <summary>
    /// Until when <see cref="LeaseOwner"/> may run the import, in Unix milliseconds (UTC, so both providers compare it in SQL);
    /// renewed while it runs. Null when no instance holds it (queued, released at a stop, or finished); once past, another
    /// instance may take the import over.
    /// </summary>
    public long? LeaseExpiresAt { get; set; }

    /// <summary>What happened to each file, by <see cref="ImportedFile.Position"/>.</summary>
    public List<ImportedFile> Files { get; set; } = [];
}

/// <summary>What happened to one file of an <see cref="ImportJob"/> (table <c>import_files</c>).</summary>
public sealed class ImportedFile
{
    /// <summary>The import.</summary>
    public int ImportJobId { get; set; }

    /// <summary>0, 1, 2… in the order the files were handled.</summary>
    public int Position { get; set; }

    /// <summary>The drive item's Graph id: a resumed import skips the items it already reported.</summary>
    public string ItemId { get; set; } = "";

    /// <summary>The file name in the library.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>stored</c>, <c>superseded</c>, <c>unchanged</c>, <c>rejected</c>, <c>forbidden</c> or <c>unreadable</c>.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>One Vietnamese sentence.</summary>
    public string Message { get; set; } = "";

    /// <summary>The stored plan, when there is one.</summary>
    public int? PlanId { get; set; }

    /// <summary>Chỉ tiêu stored for the file.</summary>
    public int KpiCount { get; set; }

    /// <summary>SHA-256 of the file, 64 hex digits; empty when it was not downloaded.</summary>
    public string ContentHash { get; set; } = "";
}
