namespace ThiDua.Cli.Commands;

/// <summary>
/// A work queue for batch commands: items are processed on up to <c>jobs</c> workers at once and their results are
/// handed back one by one in input order, while later items are still being processed. Memory stays bounded whatever
/// the number of items: at most <see cref="WindowPerJob"/> × <c>jobs</c> results are held, finished but not yet handed back; the items are read
/// from their sequence only as room frees up. The window is that wide so that a slow item at the head of the line (a long
/// plan among short ones) does not leave the other workers idle while its result is awaited.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Results held per worker at most, finished but not yet handed back.</summary>
    public const int WindowPerJob = 8;

    /// <summary>
    /// Runs <paramref name="process"/> on every item of <paramref name="items"/> (on the thread pool, at most
    /// <paramref name="jobs"/> at once) and calls <paramref name="deliver"/> with each item and its result in the order of
    /// <paramref name="items"/>, one call at a time. <paramref name="process"/> should turn a failure of one item into its
    /// result; an exception it lets through, or one from <paramref name="deliver"/>, stops the run — the items already
    /// started are let finish — and is rethrown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jobs"/> is less than 1.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task RunAsync<TItem, TResult>(
        IEnumerable<TItem> items, int jobs, Func<TItem, CancellationToken, Task<TResult>> process, Func<TItem, TResult, Task> deliver,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var window = WindowPerJob * jobs;
        var pending = new Queue<(TItem Item, Task<TResult> Result)>(window);
        using var workers = new SemaphoreSlim(jobs, jobs);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            foreach (var item in items)
            {
                // Hand back what is already done, then wait for the oldest only when the window is full.
                while (pending.Count > 0 && (pending.Peek().Result.IsCompleted || pending.Count >= window))
                {
                    var (done, result) = pending.Dequeue();
                    await deliver(done, await result);
                }
                await workers.WaitAsync(stop.Token);
                pending.Enqueue((item, Start(item)));
            }
            while (pending.Count > 0)
            {
                var (done, result) = pending.Dequeue();
                await deliver(done, await result);
            }
        }
        finally
        {
            if (pending.Count > 0)
            {
                await stop.CancelAsync();
                try
                {
                    await Task.WhenAll(pending.Select(p => p.Result));
                }
                catch
                {
                    // The run already ends with the exception that stopped it.
                }
            }
        }

        Task<TResult> Start(TItem item) => Task.Run(async () =>
        {
            try
            {
                return await process(item, stop.Token);
            }
            finally
            {
                workers.Release();
            }
        }, CancellationToken.None);
    }
}
