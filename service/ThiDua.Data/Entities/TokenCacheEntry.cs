namespace ThiDua.Data.Entities;

/// <summary>
/// One entry of <see cref="Caching.DatabaseDistributedCache"/> (table <c>token_cache</c>): Microsoft.Identity.Web's token cache
/// of a user or a long-running session, encrypted by it with Data Protection before it arrives here. Times are Unix
/// milliseconds (UTC), so both providers compare them in SQL.
/// </summary>
public sealed class TokenCacheEntry
{
    /// <summary>The cache key.</summary>
    public string Id { get; set; } = "";

    /// <summary>The cached bytes.</summary>
    public byte[] Value { get; set; } = [];

    /// <summary>When the entry expires unless read again (sliding) — never later than <see cref="AbsoluteExpiresAt"/>.</summary>
    public long ExpiresAt { get; set; }

    /// <summary>The sliding window in milliseconds, or null.</summary>
    public long? SlidingMilliseconds { get; set; }

    /// <summary>The hard end of the entry, or null.</summary>
    public long? AbsoluteExpiresAt { get; set; }
}
