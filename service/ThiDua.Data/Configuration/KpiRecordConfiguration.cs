using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>Table <c>kpi_records</c>: values as <c>numeric(38, 6)</c> (PostgreSQL) / exact text (SQLite); indexed by code and sector.</summary>
internal sealed class KpiRecordConfiguration : IEntityTypeConfiguration<KpiRecord>
{
    public void Configure(EntityTypeBuilder<KpiRecord> kpi)
    {
        kpi.ToTable("kpi_records");
        kpi.Property(k => k.Value).HasPrecision(38, 6);
        kpi.Property(k => k.NormalizedValue).HasPrecision(38, 6);
        kpi.Property(k => k.ValueMax).HasPrecision(38, 6);
        kpi.Property(k => k.NormalizedValueMax).HasPrecision(38, 6);
        kpi.Property(k => k.Total).HasPrecision(38, 6);
        kpi.HasIndex(k => new { k.PlanVersionId, k.Ordinal }).IsUnique();
        kpi.HasIndex(k => k.Code);
        kpi.HasIndex(k => k.Sector);
    }
}
