namespace ThiDua.Vietnamese.Spelling;

/// <summary>What kind of spelling slip a <see cref="SpellingIssue"/> is.</summary>
public enum SpellingIssueKind
{
    /// <summary>Not a Vietnamese syllable: broken grammar (<c>thuởng</c>, <c>Luât</c>) or unknown to the dictionary (<c>vủa</c>).</summary>
    InvalidSyllable,

    /// <summary>A real syllable with its tone mark on the wrong vowel (<c>qủa</c> → <c>quả</c>).</summary>
    MisplacedTone,

    /// <summary>Two syllables written without a space (<c>tổchức</c> → <c>tổ chức</c>).</summary>
    RunTogether,

    /// <summary>The same word twice in a row where Vietnamese does not reduplicate it (<c>loại loại</c>).</summary>
    RepeatedWord,
}
