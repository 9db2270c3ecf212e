using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDua.Data.Entities;

namespace ThiDua.Data.Configuration;

/// <summary>Tables <c>import_jobs</c> (unique public id; unfinished jobs found by status; the lease owner a concurrency token) and <c>import_files</c> (one row per file and position).</summary>
internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> job)
    {
        job.ToTable("import_jobs");
        job.HasIndex(j => j.PublicId).IsUnique();
        job.HasIndex(j => new { j.Status, j.Id });
        job.HasIndex(j => new { j.OwnerTenantId, j.OwnerObjectId, j.Status });
        job.Property(j => j.OwnerTenantId).IsRequired().HasMaxLength(36);
        job.Property(j => j.OwnerObjectId).IsRequired().HasMaxLength(36);
        job.Property(j => j.OwnerName).HasMaxLength(256);
        job.Property(j => j.SiteUrl).HasMaxLength(2048);
        job.Property(j => j.SiteId).HasMaxLength(512);
        job.Property(j => j.FolderPath).HasMaxLength(2048);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.GraphSessionKey).IsRequired().HasMaxLength(128);
        job.Property(j => j.LeaseOwner).HasMaxLength(128).IsConcurrencyToken();
        job.HasMany(j => j.Files).WithOne().HasForeignKey(f => f.ImportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Table <c>import_files</c>.</summary>
internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    public void Configure(EntityTypeBuilder<ImportedFile> file)
    {
        file.ToTable("import_files");
        file.HasKey(f => new { f.ImportJobId, f.Position });
        file.HasIndex(f => new { f.ImportJobId, f.ItemId }).IsUnique();
        file.Property(f => f.ItemId).IsRequired().HasMaxLength(512);
        file.Property(f => f.Name).IsRequired().HasMaxLength(512);
        file.Property(f => f.Outcome).IsRequired().HasMaxLength(16);
        file.Property(f => f.ContentHash).HasMaxLength(64);
    }
}

/// <summary>Table <c>token_cache</c>: entries found by key, expired ones purged by expiry.</summary>
internal sealed class TokenCacheEntryConfiguration : IEntityTypeConfiguration<TokenCacheEntry>
{
    public void Configure(EntityTypeBuilder<TokenCacheEntry> entry)
    {
        entry.ToTable("token_cache");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasMaxLength(449);
        entry.Property(e => e.Value).IsRequired();
        entry.HasIndex(e => e.ExpiresAt);
    }
}
