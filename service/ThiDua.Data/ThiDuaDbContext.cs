using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;

namespace ThiDua.Data;

/// <summary>
/// The central KPI database: unit profiles, plans and their versions with the original files, KPI records and the KPI
/// catalogue; the imports of Microsoft 365 folders, and what keeps them running across a restart (the token cache and the
/// Data Protection key ring that encrypts it). One model, two providers: <see cref="SqliteThiDuaDbContext"/> and <see cref="PostgresThiDuaDbContext"/>
/// each carry their own migrations (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>).
/// </summary>
public abstract class ThiDuaDbContext : DbContext, IDataProtectionKeyContext
{
    /// <summary>Creates the context with provider-specific options.</summary>
    protected ThiDuaDbContext(DbContextOptions options) : base(options) { }

    /// <summary>Unit profiles (đơn vị ban hành).</summary>
    public DbSet<IssuingUnit> Units => Set<IssuingUnit>();

    /// <summary>Plans, one per unit and year.</summary>
    public DbSet<Plan> Plans => Set<Plan>();

    /// <summary>Every submitted version of every plan.</summary>
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    /// <summary>The original .docx of each version that had one.</summary>
    public DbSet<PlanFile> PlanFiles => Set<PlanFile>();

    /// <summary>KPI records (chỉ tiêu) of every version.</summary>
    public DbSet<KpiRecord> KpiRecords => Set<KpiRecord>();

    /// <summary>The KPI catalogue.</summary>
    public DbSet<KpiIndicator> KpiCatalogue => Set<KpiIndicator>();

    /// <summary>Rule profiles (hồ sơ quy tắc) by province, district and unit.</summary>
    public DbSet<StoredRuleProfile> RuleProfiles => Set<StoredRuleProfile>();

    /// <summary>Imports of SharePoint and OneDrive folders, queued, running or finished.</summary>
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    /// <summary>The per-file reports of the imports.</summary>
    public DbSet<ImportedFile> ImportedFiles => Set<ImportedFile>();

    /// <summary>Microsoft.Identity.Web's token cache (encrypted entries), through <see cref="Caching.DatabaseDistributedCache"/>.</summary>
    public DbSet<TokenCacheEntry> TokenCache => Set<TokenCacheEntry>();

    /// <summary>The ASP.NET Core Data Protection key ring (table <c>data_protection_keys</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ThiDuaDbContext).Assembly);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
