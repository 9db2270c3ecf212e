using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>Table <c>kpi_catalogue</c>, keyed by indicator code.</summary>
internal sealed class KpiIndicatorConfiguration : IEntityTypeConfiguration<KpiIndicator>
{
    public void Configure(EntityTypeBuilder<KpiIndicator> indicator)
    {
        indicator.ToTable("kpi_catalogue");
        indicator.HasKey(i => i.Code);
    }
}
