namespace ThiDua.Rules.Profiles;

/// <summary>
/// A rule profile — <em>hồ sơ quy tắc</em> (<c>shared/spec/rules.md</c> § Rule profiles): the choices of a province's,
/// a district's or an agency's own guide on top of the catalogue — turn a rule off, change its severity, narrow a range
/// the decree leaves open, set a house value, add words to a list — as its versioned JSON document says them (the schema
/// <c>Profiles/rule-profile.schema.json</c>, read by <see cref="RuleProfileReader"/>). It never widens what Nghị định
/// 30/2020/NĐ-CP fixes: <see cref="RuleProfileReader"/> refuses one that does.
/// </summary>
/// <param name="SchemaVersion">Version of the document format: <see cref="RuleProfileReader.SchemaVersion"/>.</param>
/// <param name="Name">The profile's id: lower-case ASCII letters, digits and hyphens (<c>tinh-bac-giang</c>).</param>
/// <param name="Title">Its name for people (<c>Hướng dẫn thể thức văn bản của tỉnh Bắc Giang</c>).</param>
/// <param name="Edition">Which issue of the guide (<c>2025</c>), or null.</param>
/// <param name="Source">The guide the choices come from (<c>Hướng dẫn số 12/HD-SNV …</c>), or null.</param>
/// <param name="AppliesTo">The province, district or unit it is stored for, or null when it applies only when named.</param>
/// <param name="Rules">Choices by rule id.</param>
/// <param name="Sizes">Narrowed type sizes by element (<c>bodyText</c>, <c>nationalTitle</c>…), pt.</param>
/// <param name="Body">Narrowed geometry of running text, or null.</param>
/// <param name="Margins">Narrowed page margins, mm, or null.</param>
/// <param name="Values">House values, or null.</param>
/// <param name="Lists">Words added to the lists, or null.</param>
public sealed record RuleProfile(
    int SchemaVersion,
    string Name,
    string Title,
    string? Edition = null,
    string? Source = null,
    ProfileScope? AppliesTo = null,
    IReadOnlyDictionary<string, RuleChoice>? Rules = null,
    IReadOnlyDictionary<string, NumberRange>? Sizes = null,
    BodyChoices? Body = null,
    MarginChoices? Margins = null,
    HouseValues? Values = null,
    ProfileLists? Lists = null);

/// <summary>Where a stored profile applies: one province, one district, or one unit (by its name).</summary>
/// <param name="Province">Tỉnh, thành phố trực thuộc trung ương (<c>Bắc Giang</c>).</param>
/// <param name="District">Huyện, quận, thị xã, thành phố thuộc tỉnh (<c>Yên Dũng</c>).</param>
/// <param name="Unit">Đơn vị ban hành, as its profile names it (<c>Ủy ban nhân dân xã Trí Yên</c>).</param>
public sealed record ProfileScope(string? Province = null, string? District = null, string? Unit = null);

/// <summary>A profile's choice on one rule. Null members are left as the catalogue says.</summary>
/// <param name="Enabled">False to turn the rule off.</param>
/// <param name="Severity">The severity its findings get.</param>
public sealed record RuleChoice(bool? Enabled = null, Severity? Severity = null);

/// <summary>A range of numbers; a null bound is left as the decree (or an earlier profile) says (<see cref="BodyChoices.ParagraphSpacePt"/> has only a lower bound).</summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound.</param>
public sealed record NumberRange(double? Min, double? Max);

/// <summary>Narrowed geometry of running text (Phụ lục I, Mục II.6e).</summary>
/// <param name="LineSpacing">The line spacings accepted; a form left out is not accepted.</param>
/// <param name="ParagraphSpacePt">Least space between paragraphs, pt (the decree: at least 6); its <see cref="NumberRange.Min"/> only.</param>
/// <param name="FirstLineIndentCm">First-line indent, cm (the decree: 1 to 1,27).</param>
public sealed record BodyChoices(LineSpacingChoices? LineSpacing = null, NumberRange? ParagraphSpacePt = null, NumberRange? FirstLineIndentCm = null);

/// <summary>The line spacings a profile accepts (the decree: single to 1,5 lines, or exactly 15–22 pt).</summary>
/// <param name="Multiple">Multiples of single line spacing (<c>1.2</c>–<c>1.2</c> for "exactly 1,2 lines"), or null: not accepted.</param>
/// <param name="ExactPt">Exact line heights, pt, or null: not accepted.</param>
public sealed record LineSpacingChoices(NumberRange? Multiple = null, NumberRange? ExactPt = null);

/// <summary>Narrowed page margins, mm (Phụ lục I, Mục I.3).</summary>
public sealed record MarginChoices(NumberRange? Top = null, NumberRange? Bottom = null, NumberRange? Left = null, NumberRange? Right = null);

/// <summary>A profile's house values.</summary>
/// <param name="PlaceName">Địa danh written before the date (<c>Trí Yên</c>).</param>
/// <param name="IssuerSymbol">The issuer's part of the ký hiệu (<c>UBND</c> in <c>KH-UBND</c>, <c>THCS</c>).</param>
/// <param name="DraftingUnits">The drafting units' abbreviations that may follow <c>Lưu: VT,</c> (<c>VP</c>, <c>TCM</c>).</param>
/// <param name="SignerTitles">The titles the unit's plans are signed with (<c>HIỆU TRƯỞNG</c>), in capitals.</param>
public sealed record HouseValues(string? PlaceName = null, string? IssuerSymbol = null, IReadOnlyList<string>? DraftingUnits = null, IReadOnlyList<string>? SignerTitles = null);

/// <summary>Words a profile adds to the lists.</summary>
/// <param name="SignerTitles">Chức danh recognised as a signer's title (<c>TRƯỞNG BAN</c>).</param>
/// <param name="Confusables">Real-word slips (TEXT-CONFUSABLE).</param>
/// <param name="ProperNames">Names to capitalise (TEXT-CAPS).</param>
public sealed record ProfileLists(IReadOnlyList<string>? SignerTitles = null, IReadOnlyList<ConfusableEntry>? Confusables = null, IReadOnlyList<ProperNameEntry>? ProperNames = null);

/// <summary>A slip a profile adds: <paramref name="Written"/> for <paramref name="Meant"/>.</summary>
/// <param name="Written">The slip (two words or more).</param>
/// <param name="Meant">The word meant.</param>
/// <param name="Source">Where the profile takes it from.</param>
/// <param name="Slip">Which sounds are confused, or null.</param>
/// <param name="NotAfter">Words before which the slip is two right words, or null.</param>
public sealed record ConfusableEntry(string Written, string Meant, string Source, string? Slip = null, IReadOnlyList<string>? NotAfter = null);

/// <summary>A name a profile adds to the capitals dictionary.</summary>
/// <param name="Kind"><c>award</c>, <c>title</c>, <c>honour</c>, <c>organisation</c>, <c>document</c> or <c>holiday</c>.</param>
/// <param name="Form">The form to write.</param>
/// <param name="Source">The text defining it.</param>
/// <param name="OtherForms">Other accepted forms (same words, other capitals), or null.</param>
/// <param name="BeforePlace">True when it is a name only before an administrative level and a place.</param>
public sealed record ProperNameEntry(string Kind, string Form, string Source, IReadOnlyList<string>? OtherForms = null, bool? BeforePlace = null);
