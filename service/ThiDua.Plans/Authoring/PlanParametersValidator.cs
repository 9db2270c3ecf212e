using System.Text;
using System.Text.RegularExpressions;

namespace ThiDua.Plans.Authoring;

/// <summary>
/// Checks what a caller asks a plan to be authored from and brings every text to Unicode NFC (rule TEXT-NFC), so that a
/// bad request is answered with a Vietnamese message (<see cref="AuthoringInputException"/>) and never reaches the OOXML.
/// </summary>
public static partial class PlanParametersValidator
{
    private const int MaxText = 500;
    private const int MaxItems = 200;
    private static readonly string[] Comparators = [">=", ">", "<=", "<", "=", "maintain", ""];

    [GeneratedRegex(@"^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex(@"^\d{1,6}$")]
    private static partial Regex NumberPattern();

    /// <summary>The parameters with every text trimmed and in NFC.</summary>
    /// <exception cref="AuthoringInputException">A required field is missing or a value is out of range; the message says which, in Vietnamese.</exception>
    public static PlanParameters Normalize(PlanParameters? plan)
    {
        if (plan is null) throw new AuthoringInputException("Thiếu thông tin kế hoạch.");
        if (plan.Unit is not { } unit) throw new AuthoringInputException("Thiếu đơn vị ban hành.");
        if (plan.Year is < 2000 or > 2100) throw new AuthoringInputException($"Năm {plan.Year} không hợp lệ: cần từ 2000 đến 2100.");

        var symbol = Text(unit.Symbol, "ký hiệu của cơ quan ban hành (ví dụ UBND)").ToUpperInvariant();
        if (!SymbolPattern().IsMatch(symbol))
            throw new AuthoringInputException($"Ký hiệu “{symbol}” không hợp lệ: chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ UBND hoặc HĐTĐKT.");
        var recipients = unit.Recipients ?? [];
        if (recipients.Count > MaxItems) throw new AuthoringInputException($"Quá nhiều nơi nhận (tối đa {MaxItems}).");
        var normalizedUnit = new UnitProfile(
            Text(unit.Name, "tên cơ quan ban hành"),
            Optional(unit.ParentBody, "cơ quan chủ quản"),
            Text(unit.PlaceName, "địa danh"),
            symbol,
            Text(unit.SignerAuthority, "quyền hạn của người ký (ví dụ TM. ỦY BAN NHÂN DÂN)"),
            Text(unit.SignerTitle, "chức vụ của người ký"),
            Text(unit.SignerName, "họ và tên người ký"),
            recipients.Select(r => Optional(r, "nơi nhận")).Where(r => r.Length > 0).ToList(),
            Text(unit.DraftingUnit, "đơn vị soạn thảo (dòng “Lưu: VT, …”)"));

        var number = Optional(plan.Number, "số văn bản");
        if (number.Length > 0 && !NumberPattern().IsMatch(number))
            throw new AuthoringInputException($"Số văn bản “{number}” không hợp lệ: chỉ gồm chữ số, hoặc để trống.");

        IReadOnlyList<TargetSpec>? targets = null;
        if (plan.Targets is { } given)
        {
            if (given.Count > MaxItems) throw new AuthoringInputException($"Quá nhiều chỉ tiêu (tối đa {MaxItems}).");
            targets = given.Select((t, i) => Target(t, i + 1)).ToList();
        }
        return new PlanParameters(normalizedUnit, plan.Year, Text(plan.Subject, "trích yếu"))
        {
            Number = number,
            Date = plan.Date,
            Targets = targets,
        };
    }

    private static TargetSpec Target(TargetSpec? t, int row)
    {
        if (t is null) throw new AuthoringInputException($"Chỉ tiêu thứ {row} trống.");
        var comparator = (t.Comparator ?? "").Trim();
        if (!Comparators.Contains(comparator))
            throw new AuthoringInputException($"Chỉ tiêu thứ {row}: phép so sánh “{comparator}” không hợp lệ (dùng >=, >, <=, <, =, maintain).");
        if (t.Value is < 0) throw new AuthoringInputException($"Chỉ tiêu thứ {row}: giá trị không được âm.");
        return new TargetSpec(Optional(t.Code, "mã chỉ tiêu"), Text(t.Label, $"tên chỉ tiêu thứ {row}"), Optional(t.Sector, "lĩnh vực"),
            comparator, t.Value, Optional(t.Unit, "đơn vị tính"));
    }

    private static string Text(string? value, string what)
    {
        var text = Optional(value, what);
        return text.Length > 0 ? text : throw new AuthoringInputException($"Thiếu {what}.");
    }

    private static string Optional(string? value, string what)
    {
        var text = (value ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > MaxText) throw new AuthoringInputException($"Nội dung {what} quá dài (tối đa {MaxText} ký tự).");
        if (text.Any(c => char.IsControl(c) && c != '\n')) throw new AuthoringInputException($"Nội dung {what} chứa ký tự điều khiển.");
        return text;
    }
}
