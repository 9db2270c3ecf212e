using Microsoft.Extensions.Caching.Distributed;
using ThiDua.Data.Caching;
using ThiDua.Data.Tests.Infrastructure;

namespace ThiDua.Data.Tests.Caching;

public sealed class SqliteDatabaseDistributedCacheTests : DatabaseDistributedCacheTests<SqliteTestDatabase>;

public sealed class PostgresDatabaseDistributedCacheTests : DatabaseDistributedCacheTests<PostgresTestDatabase>;

/// <summary>
/// The token cache in the database (<c>token_cache</c>): what one cache instance writes another reads (as after a restart);
/// absolute and sliding expiry; removal; an update of the same key.
/// </summary>
public abstract class DatabaseDistributedCacheTests<TDatabase> : DatabaseTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private readonly ManualClock clock = new() { Now = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero) };

    private DatabaseDistributedCache Cache() => new(Database.Factory, clock);

    [DatabaseFact]
    public async Task An_entry_written_by_one_instance_is_read_by_another_and_updated_in_place()
    {
        await Cache().SetAsync("phiên-1", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(90) });
        Assert.Equal([1, 2, 3], await Cache().GetAsync("phiên-1"));
        await Cache().SetAsync("phiên-1", [4], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(90) });
        Assert.Equal([4], await Cache().GetAsync("phiên-1"));
        Assert.Null(await Cache().GetAsync("phiên-2"));
        await Cache().RemoveAsync("phiên-1");
        Assert.Null(await Cache().GetAsync("phiên-1"));
    }

    [DatabaseFact]
    public async Task An_absolute_expiry_ends_the_entry_and_a_sliding_one_moves_with_each_read()
    {
        var cache = Cache();
        await cache.SetAsync("absolute", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1) });
        await cache.SetAsync("sliding", [2], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.NotNull(await cache.GetAsync("sliding"));
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.NotNull(await cache.GetAsync("sliding")); // 40 minutes after it was written, 20 after it was read
        Assert.NotNull(await cache.GetAsync("absolute"));
        clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Null(await cache.GetAsync("absolute"));
        Assert.NotNull(await cache.GetAsync("sliding"));
        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await cache.GetAsync("sliding"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            cache.SetAsync("past", [3], new DistributedCacheEntryOptions { AbsoluteExpiration = clock.GetUtcNow().AddSeconds(-1) }));
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    /// <summary>The current time.</summary>
    public DateTimeOffset Now { get; set; }

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => Now += by;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
