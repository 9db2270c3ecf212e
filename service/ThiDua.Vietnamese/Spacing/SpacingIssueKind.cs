namespace ThiDua.Vietnamese.Spacing;

/// <summary>What kind of spacing slip a <see cref="SpacingIssue"/> is.</summary>
public enum SpacingIssueKind
{
    /// <summary>Two or more spaces between words (<c>chính  xác</c>).</summary>
    DoubleSpace,

    /// <summary>A space before <c>, . ; : ? !</c> or <c>…</c> (<c>xã ,</c>).</summary>
    SpaceBeforePunctuation,

    /// <summary>No space after <c>, ; :</c> or a sentence-ending <c>.</c> (<c>xã;cải</c>).</summary>
    MissingSpaceAfterPunctuation,

    /// <summary>A space just inside brackets or quotation marks (<c>( xã</c>, <c>xã )</c>, <c>“ xã</c>).</summary>
    SpaceInsideBrackets,
}
