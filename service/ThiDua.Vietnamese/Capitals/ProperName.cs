namespace ThiDua.Vietnamese.Capitals;

/// <summary>What a <see cref="ProperName"/> names (Phụ lục II of Nghị định 30/2020/NĐ-CP says how each is capitalised).</summary>
public enum ProperNameKind
{
    /// <summary>Huân chương, huy chương, giải thưởng, bằng khen, cờ thi đua (Phụ lục II, Mục V, khoản 2).</summary>
    Award,
    /// <summary>Danh hiệu thi đua (<c>Chiến sĩ thi đua cơ sở</c>, <c>Lao động tiên tiến</c>).</summary>
    CompetitionTitle,
    /// <summary>Danh hiệu vinh dự nhà nước (<c>Anh hùng Lao động</c>, <c>Nhà giáo nhân dân</c>).</summary>
    HonourTitle,
    /// <summary>Tên cơ quan, tổ chức (Phụ lục II, Mục IV).</summary>
    Organisation,
    /// <summary>Tên một văn bản cụ thể (Phụ lục II, Mục V, khoản 6: <c>Luật Thi đua, khen thưởng</c>).</summary>
    Document,
    /// <summary>Ngày lễ, ngày kỷ niệm, tết (Phụ lục II, Mục V, khoản 5 và 8).</summary>
    Holiday,
}

/// <summary>Where a <see cref="ProperName"/> counts as a name rather than as common words.</summary>
public enum ProperNameContext
{
    /// <summary>Wherever its words appear.</summary>
    Anywhere,
    /// <summary>
    /// Only when an administrative level and a place follow (<c>Ủy ban nhân dân xã Trí Yên</c>): alone, the words may
    /// be a common noun (<c>các ủy ban nhân dân</c>).
    /// </summary>
    BeforePlace,
}

/// <summary>
/// A proper name that Phụ lục II of Nghị định 30/2020/NĐ-CP says to capitalise, as the legal text defining it writes it.
/// </summary>
/// <param name="Kind">What it names.</param>
/// <param name="Form">The form to write, NFC (<c>Huân chương Lao động hạng Ba</c>).</param>
/// <param name="AcceptedForms">Every accepted form, <see cref="Form"/> first: two sources may write one name differently
/// (the Law's <c>Nghệ sĩ nhân dân</c>, Phụ lục II's <c>Nghệ sĩ Nhân dân</c>). All have the same words.</param>
/// <param name="Context">Where it counts as a name.</param>
/// <param name="Source">The text that defines it and the clause of Phụ lục II that capitalises it, in Vietnamese.</param>
public sealed record ProperName(ProperNameKind Kind, string Form, IReadOnlyList<string> AcceptedForms, ProperNameContext Context, string Source);
