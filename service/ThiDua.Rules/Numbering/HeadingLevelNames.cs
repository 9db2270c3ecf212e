using ThiDua.Plans.Model;

namespace ThiDua.Rules.Numbering;

/// <summary>Vietnamese names of the numbering levels (Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II.6đ), for messages.</summary>
public static class HeadingLevelNames
{
    /// <summary><c>mục (I., II.)</c>, <c>khoản (1., 2.)</c>, <c>tiểu mục (1.1., 1.2.)</c>, <c>điểm (a), b))</c>.</summary>
    public static string Of(HeadingLevel level) => level switch
    {
        HeadingLevel.Section => "mục (I., II., III.)",
        HeadingLevel.Clause => "khoản (1., 2., 3.)",
        HeadingLevel.SubClause => "tiểu mục (1.1., 1.2.)",
        _ => "điểm (a), b), c))",
    };

    /// <summary>Where a paragraph is, for a user: <c>đoạn 21</c> (1-based).</summary>
    public static string Place(int paragraph) => $"đoạn {paragraph + 1}";
}
