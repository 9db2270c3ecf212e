namespace ThiDua.Data.Export;

/// <summary>
/// A query result laid out as a table for CSV and XLSX exports. Each row has one cell per header: a <see cref="string"/>
/// (text), an <see cref="int"/>/<see cref="long"/>/<see cref="decimal"/> (number), a <see cref="DateOnly"/> (date), a
/// <see cref="DateTimeOffset"/> (an instant, shown in Vietnam time), or null (empty cell).
/// </summary>
/// <param name="Title">Sheet name and file name stem (<c>chi-tieu</c>).</param>
/// <param name="Headers">The Vietnamese column titles.</param>
/// <param name="Rows">The rows.</param>
public sealed record ExportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);
