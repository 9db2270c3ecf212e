namespace ThiDua.Data.Export;

/// <summary>
/// Times as officers read them: Vietnam time (ICT, UTC+7, no daylight saving), the zone <c>Asia/Ho_Chi_Minh</c>. The
/// database keeps instants in UTC; exports show them here.
/// </summary>
public static class VietnamTime
{
    /// <summary>Vietnam's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The wall-clock time in Vietnam of <paramref name="instant"/> (kind unspecified: a local reading, not an instant).</summary>
    public static DateTime Of(DateTimeOffset instant) => DateTime.SpecifyKind(instant.ToOffset(Offset).DateTime, DateTimeKind.Unspecified);
}
