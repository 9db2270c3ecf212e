namespace ThiDua.Data.Queries;

/// <summary>Which page of a list to return.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Size">Items per page, 1 to <see cref="MaxSize"/>.</param>
public sealed record PageRequest(int Number = 1, int Size = PageRequest.DefaultSize)
{
    /// <summary>Items per page when the caller says nothing.</summary>
    public const int DefaultSize = 50;

    /// <summary>The largest page.</summary>
    public const int MaxSize = 1_000;

    /// <summary>Rows to skip.</summary>
    public int Skip => (Number - 1) * Size;
}

/// <summary>One page of a list.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="Number">Its 1-based number.</param>
/// <param name="PageSize">Items per page asked for.</param>
/// <param name="Total">Items across all pages.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int PageSize, int Total);
