using ThiDua.Data.Queries;

namespace ThiDua.Data.Tests.Queries;

/// <summary>
/// The median of a KPI summary, computed in memory: no database, so it runs once rather than once per provider (as a
/// member of <see cref="QueryTests{TDatabase}"/> it would fail instead of skipping where PostgreSQL is not configured).
/// </summary>
public sealed class MedianTests
{
    [Theory]
    [InlineData(new double[0], null)]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 1.0, 2.0, 10.0 }, 2.0)]
    [InlineData(new[] { 1.0, 2.0, 4.0, 10.0 }, 3.0)]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_values(double[] values, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected, KpiSummaries.Median(values.Select(v => (decimal)v).ToList()));
}
