namespace ThiDua.Rules.Numbering;

/// <summary>Where a numbered paragraph is, for messages (the levels' names are <see cref="ThiDua.Plans.Standard.NumberingLabels.Name"/>).</summary>
public static class HeadingLevelNames
{
    /// <summary>Where a paragraph is, for a user: <c>đoạn 21</c> (1-based).</summary>
    public static string Place(int paragraph) => $"đoạn {paragraph + 1}";
}
