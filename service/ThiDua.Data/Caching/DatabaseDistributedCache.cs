using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using ThiDua.Data.Entities;
using ThiDua.Data.Hosting;

namespace ThiDua.Data.Caching;

/// <summary>
/// An <see cref="IDistributedCache"/> in the central database (table <c>token_cache</c>, SQLite or PostgreSQL alike), so what
/// is cached outlives a restart of the service and is shared by its instances. It holds Microsoft.Identity.Web's token cache —
/// the user's and the long-running on-behalf-of sessions' tokens, which the imports need after the request that started them
/// — encrypted by Microsoft.Identity.Web before it arrives here. Absolute and sliding expiry as
/// <see cref="DistributedCacheEntryOptions"/> says (an entry given neither slides for 20 minutes); an expired entry is never
/// returned, and expired rows are purged at most every half hour.
/// </summary>
public sealed class DatabaseDistributedCache(ThiDuaDbContextFactory factory, TimeProvider clock) : IDistributedCache
{
    /// <summary>The sliding window of an entry set without any expiry.</summary>
    public static readonly TimeSpan DefaultSlidingExpiration = TimeSpan.FromMinutes(20);

    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(30);
    private long nextPurge;

    private long Now => clock.GetUtcNow().ToUnixTimeMilliseconds();

    /// <inheritdoc />
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var db = factory.CreateDbContext();
        var entry = await db.TokenCache.SingleOrDefaultAsync(e => e.Id == key, token);
        if (entry is null) return null;
        var now = Now;
        if (entry.ExpiresAt <= now)
        {
            db.TokenCache.Remove(entry);
            await SaveIgnoringRaceAsync(db, token);
            return null;
        }
        if (Slide(entry, now)) await SaveIgnoringRaceAsync(db, token);
        return entry.Value;
    }

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    /// <inheritdoc />
    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = Now;
        long? absolute = options.AbsoluteExpiration?.ToUnixTimeMilliseconds()
                         ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + (long)relative.TotalMilliseconds : null);
        if (absolute <= now) throw new ArgumentOutOfRangeException(nameof(options), "The absolute expiration is in the past.");
        long? sliding = options.SlidingExpiration is { } window ? (long)window.TotalMilliseconds
            : absolute is null ? (long)DefaultSlidingExpiration.TotalMilliseconds : null;
        var expires = sliding is { } s ? Math.Min(now + s, absolute ?? long.MaxValue) : absolute!.Value;

        for (var attempt = 0; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            var entry = await db.TokenCache.SingleOrDefaultAsync(e => e.Id == key, token);
            if (entry is null) db.TokenCache.Add(entry = new TokenCacheEntry { Id = key });
            entry.Value = value;
            entry.ExpiresAt = expires;
            entry.SlidingMilliseconds = sliding;
            entry.AbsoluteExpiresAt = absolute;
            try
            {
                await db.SaveChangesAsync(token);
                break;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another writer inserted or removed the same key between our read and our write: read it again once.
            }
        }
        await PurgeExpiredAsync(now, token);
    }

    /// <inheritdoc />
    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    /// <inheritdoc />
    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var db = factory.CreateDbContext();
        var entry = await db.TokenCache.SingleOrDefaultAsync(e => e.Id == key, token);
        if (entry is not null && entry.ExpiresAt > Now && Slide(entry, Now)) await SaveIgnoringRaceAsync(db, token);
    }

    /// <inheritdoc />
    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    /// <inheritdoc />
    public async Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var db = factory.CreateDbContext();
        await db.TokenCache.Where(e => e.Id == key).ExecuteDeleteAsync(token);
    }

    /// <summary>Moves a sliding entry's expiry to now + its window (never past its absolute end); true when it changed.</summary>
    private static bool Slide(TokenCacheEntry entry, long now)
    {
        if (entry.SlidingMilliseconds is not { } window) return false;
        var expires = Math.Min(now + window, entry.AbsoluteExpiresAt ?? long.MaxValue);
        if (expires == entry.ExpiresAt) return false;
        entry.ExpiresAt = expires;
        return true;
    }

    private async Task PurgeExpiredAsync(long now, CancellationToken token)
    {
        var due = Interlocked.Read(ref nextPurge);
        if (now < due || Interlocked.CompareExchange(ref nextPurge, now + (long)PurgeInterval.TotalMilliseconds, due) != due) return;
        await using var db = factory.CreateDbContext();
        await db.TokenCache.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(token);
    }

    /// <summary>Saves, accepting that a concurrent writer changed or removed the row first (the cache then holds theirs).</summary>
    private static async Task SaveIgnoringRaceAsync(ThiDuaDbContext db, CancellationToken token)
    {
        try
        {
            await db.SaveChangesAsync(token);
        }
        catch (DbUpdateConcurrencyException)
        {
        }
    }
}
