using ThiDua.Cli.Commands;

namespace ThiDua.Service.Tests.Cli;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Results_come_back_in_input_order_with_at_most_jobs_running_and_a_bounded_window(int jobs)
    {
        var running = 0;
        var mostRunning = 0;
        var started = 0;
        var delivered = new List<int>();
        var mostAhead = 0;
        var items = Enumerable.Range(0, 40).ToList();

        await OrderedParallel.RunAsync(items, jobs, async (item, token) =>
        {
            var now = Interlocked.Increment(ref running);
            lock (delivered)
            {
                mostRunning = Math.Max(mostRunning, now);
                mostAhead = Math.Max(mostAhead, ++started - delivered.Count);
            }
            await Task.Delay((item * 7919) % 13, token); // later items often finish first
            Interlocked.Decrement(ref running);
            return item * 10;
        }, (item, result) =>
        {
            Assert.Equal(item * 10, result);
            lock (delivered) delivered.Add(item);
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(items, delivered);
        Assert.InRange(mostRunning, 1, jobs);
        Assert.InRange(mostAhead, 1, OrderedParallel.WindowPerJob * jobs);
        if (jobs > 1) Assert.True(mostRunning > 1, "the items ran one at a time");
    }

    [Fact]
    public async Task An_exception_of_the_writer_stops_the_run_after_the_started_items_finish()
    {
        var finished = 0;
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => OrderedParallel.RunAsync(
            Enumerable.Range(0, 100), 2, async (item, _) =>
            {
                await Task.Delay(1, CancellationToken.None);
                Interlocked.Increment(ref finished);
                return item;
            }, (item, _) => item == 3 ? throw new InvalidOperationException("dừng") : Task.CompletedTask, CancellationToken.None));

        Assert.Equal("dừng", exception.Message);
        Assert.InRange(Volatile.Read(ref finished), 4, 4 + 2 * 2);
    }
}
