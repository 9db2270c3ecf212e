using System.Text.RegularExpressions;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Kpis;

/// <summary>
/// Where a chỉ tiêu table keeps its columns: the indicator (<c>Chỉ tiêu</c>, <c>Nội dung</c>), the unit (<c>Đơn vị
/// tính</c>, <c>ĐVT</c>) and the planned value (<c>Kế hoạch 2024</c>, <c>Chỉ tiêu năm 2024</c>, <c>Mục tiêu</c>) — not
/// the past results (<c>Thực hiện 2023</c>, <c>Ước thực hiện</c>) nor a comparison (<c>So sánh</c>, <c>Tỷ lệ %</c>).
/// A table whose only text column is headed Chỉ tiêu (<c>TT | Chỉ tiêu thi đua năm 2025</c>) holds one whole target per
/// row (<c>Thu nhập bình quân đầu người đạt 60.500.000 đồng.</c>).
/// </summary>
/// <param name="HeaderRows">Rows before the first data row (header and column-number rows).</param>
/// <param name="Label">Column of the indicator.</param>
/// <param name="Unit">Column of the unit, or null.</param>
/// <param name="Value">Column of the planned value, or null (the indicator cell then holds the whole target).</param>
internal sealed record TargetTableLayout(int HeaderRows, int Label, int? Unit, int? Value)
{
    /// <summary>The row holding the column headers.</summary>
    public int HeaderRow { get; init; }

    private static readonly Regex targetHeader = new(@"^(?:(?:cac|ten|noi dung|danh muc)\s+)?chi tieu(?:\s+(?:chu yeu|thi dua|kinh te - xa hoi))?(?:\s+(?:nam\s+)?\d{4})?$", RegexOptions.CultureInvariant);
    private static readonly Regex labelHeader = new(@"^noi dung\b|^linh vuc\b", RegexOptions.CultureInvariant);
    private static readonly Regex unitHeader = new(@"^(?:don vi tinh|dvt|don vi)$", RegexOptions.CultureInvariant);
    private static readonly Regex plannedHeader = new(@"\b(?:ke hoach|kh|chi tieu|muc tieu|phan dau|giao|nam \d{4}|\d{4})\b", RegexOptions.CultureInvariant);
    private static readonly Regex pastHeader = new(@"\b(?:thuc hien|uoc|so sanh|ty le|ghi chu|don vi thuc hien|tt|stt)\b", RegexOptions.CultureInvariant);
    private static readonly Regex columnNumber = new(@"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)?$", RegexOptions.CultureInvariant);

    /// <summary>The layout of <paramref name="table"/> when one of its first three rows is a chỉ tiêu header; null otherwise.</summary>
    public static TargetTableLayout? Find(TargetTable table)
    {
        for (var r = 0; r < Math.Min(3, table.Rows.Count); r++)
        {
            var cells = table.Rows[r].Cells.Select(Header).ToList();
            var label = cells.FindIndex(c => targetHeader.IsMatch(c) || labelHeader.IsMatch(c));
            if (label < 0) continue;
            var unit = cells.FindIndex(c => unitHeader.IsMatch(c));
            var value = cells
                .Select((c, i) => (Text: c, Index: i))
                .Where(c => c.Index != label && c.Index != unit && plannedHeader.IsMatch(c.Text) && !pastHeader.IsMatch(c.Text))
                .Select(c => (int?)c.Index)
                .LastOrDefault();
            // Without a unit or value column, only a column headed Chỉ tiêu holds whole targets (one sentence per row, as
            // ThiDua's own chỉ tiêu table writes them); a Nội dung column beside Đơn vị thực hiện is a work schedule.
            if (unit < 0 && value is null && !targetHeader.IsMatch(cells[label])) continue;
            var header = r + 1;
            while (header < table.Rows.Count && IsColumnNumbers(table.Rows[header])) header++;
            return new TargetTableLayout(header, label, unit >= 0 ? unit : null, value) { HeaderRow = r };
        }
        return null;
    }

    /// <summary>True for a row that only numbers the columns (<c>(1)</c>, <c>(2)</c>… or <c>A</c>, <c>B</c>…).</summary>
    public static bool IsColumnNumbers(TargetTableRow row)
    {
        var cells = row.Cells.Select(c => TextKey.FoldLower(KpiText.Nfc(c ?? string.Empty).Trim())).Where(c => c.Length > 0).ToList();
        return cells.Count > 1 && cells.All(c => columnNumber.IsMatch(c));
    }

    private static string Header(string? cell) =>
        Regex.Replace(TextKey.FoldLower(KpiText.Nfc(cell ?? string.Empty)), @"[\s:()*]+", " ").Trim();
}
