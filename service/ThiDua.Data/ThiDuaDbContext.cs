using Microsoft.EntityFrameworkCore;
using ThiDua.Data.Entities;

namespace ThiDua.Data;

/// <summary>
/// The central KPI database: unit profiles, plans and their versions with the original files, KPI records and the KPI
/// catalogue. One model, two providers: <see cref="SqliteThiDuaDbContext"/> and <see cref="PostgresThiDuaDbContext"/>
/// each carry their own migrations (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>).
/// </summary>
public abstract class ThiDuaDbContext : DbContext
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

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ThiDuaDbContext).Assembly);
}
