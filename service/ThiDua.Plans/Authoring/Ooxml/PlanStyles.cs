using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Docx.Formatting;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Ooxml;

/// <summary>
/// The paragraph styles of an authored plan, one per element of Nghị định 30/2020/NĐ-CP Phụ lục I Mục V (font, size,
/// weight, alignment, indents, spacing). Every style states all of its properties and is based on no other style, so a
/// section inserted into someone else's document (Word's <c>insertOoxml</c> keeps the target's styles of the same id and
/// its document defaults) looks the same; ids carry the <c>TD</c> prefix so they never meet an existing style.
/// </summary>
internal static class PlanStyles
{
    /// <summary>Times New Roman, Unicode (Phần I Mục I.4).</summary>
    public const string Font = "Times New Roman";

    public const string Body = "TDNoiDung";
    public const string Basis = "TDCanCu";
    public const string Part = "TDMuc";
    public const string Clause = "TDKhoan";
    public const string ParentAgency = "TDCoQuanChuQuan";
    public const string Agency = "TDCoQuanBanHanh";
    public const string Number = "TDSoKyHieu";
    public const string NationalTitle = "TDQuocHieu";
    public const string Motto = "TDTieuNgu";
    public const string PlaceAndDate = "TDDiaDanh";
    public const string Rule = "TDDuongKe";
    public const string DocumentType = "TDTenLoai";
    public const string Subject = "TDTrichYeu";
    public const string TableText = "TDBang";
    public const string TableHeading = "TDBangTieuDe";
    public const string RecipientsLabel = "TDNoiNhan";
    public const string RecipientItem = "TDNoiNhanMuc";
    public const string SignerAuthority = "TDChucVu";
    public const string SignerName = "TDNguoiKy";
    public const string PageNumber = "TDSoTrang";

    /// <summary>How one style looks. Sizes in half-points, spacing in twentieths of a point, indents in twips.</summary>
    private sealed record Look(
        string Id, string Name, int Size, bool Bold = false, bool Italic = false,
        JustificationValues? Align = null, int FirstLine = 0, int Before = 0, int After = 0, int Line = 240,
        bool KeepNext = false, int? Outline = null);

    private static readonly Look[] Looks =
    [
        new(Body, "TĐ Nội dung", HalfPoints(PlanElement.BodyText), Align: JustificationValues.Both, FirstLine: PlanLayout.FirstLineIndent, After: PlanLayout.SpaceAfter, Line: PlanLayout.BodyLineSpacing),
        new(Basis, "TĐ Căn cứ", HalfPoints(PlanElement.Basis), Italic: PlanStandard.Nd30[PlanElement.Basis].Italic ?? false, Align: JustificationValues.Both, FirstLine: PlanLayout.FirstLineIndent, After: PlanLayout.SpaceAfter, Line: PlanLayout.BodyLineSpacing),
        new(Part, "TĐ Mục", HalfPoints(PlanElement.SectionTitle), Bold: true, Align: JustificationValues.Both, FirstLine: PlanLayout.FirstLineIndent, Before: PlanLayout.SpaceAfter, After: PlanLayout.SpaceAfter, Line: PlanLayout.BodyLineSpacing, KeepNext: true, Outline: 0),
        new(Clause, "TĐ Khoản", HalfPoints(PlanElement.ClauseTitle), Bold: true, Align: JustificationValues.Both, FirstLine: PlanLayout.FirstLineIndent, After: PlanLayout.SpaceAfter, Line: PlanLayout.BodyLineSpacing, KeepNext: true, Outline: 1),
        From(ParentAgency, "TĐ Cơ quan chủ quản", PlanElement.ParentAgency),
        From(Agency, "TĐ Cơ quan ban hành", PlanElement.IssuingAuthority),
        From(Number, "TĐ Số ký hiệu", PlanElement.DocumentNumber) with { Before = 120 },
        From(NationalTitle, "TĐ Quốc hiệu", PlanElement.NationalTitle),
        From(Motto, "TĐ Tiêu ngữ", PlanElement.Motto),
        From(PlaceAndDate, "TĐ Địa danh ngày tháng", PlanElement.PlaceAndDate) with { Before = 120 },
        new(Rule, "TĐ Đường kẻ", 8, Align: JustificationValues.Center),
        From(DocumentType, "TĐ Tên loại", PlanElement.DocumentType) with { Before = 360, KeepNext = true },
        From(Subject, "TĐ Trích yếu", PlanElement.Subject) with { KeepNext = true },
        new(TableText, "TĐ Bảng", HalfPoints(PlanElement.TableText), Align: JustificationValues.Left, Before: 40, After: 40),
        new(TableHeading, "TĐ Bảng tiêu đề", HalfPoints(PlanElement.TableText), Bold: true, Align: JustificationValues.Center, Before: 40, After: 40),
        From(RecipientsLabel, "TĐ Nơi nhận", PlanElement.RecipientsLabel),
        From(RecipientItem, "TĐ Nơi nhận mục", PlanElement.RecipientItem, JustificationValues.Left),
        From(SignerAuthority, "TĐ Chức vụ người ký", PlanElement.SigningAuthority, JustificationValues.Center),
        From(SignerName, "TĐ Người ký", PlanElement.SignerName, JustificationValues.Center) with { Before = PlanLayout.SignatureSpace },
        From(PageNumber, "TĐ Số trang", PlanElement.PageNumber),
    ];

    /// <summary>The size authoring writes for <paramref name="element"/>, in half-points (<see cref="ElementLook.AuthoredPt"/> × 2).</summary>
    public static int HalfPoints(PlanElement element) => (int)Math.Round(PlanStandard.Nd30[element].AuthoredPt * 2);

    /// <summary>
    /// A style with the element's look in <see cref="PlanStandard.Nd30"/>: its authored size, bold and italic as
    /// prescribed (not when free), its alignment, else <paramref name="otherwise"/> where the decree leaves it free.
    /// </summary>
    private static Look From(string id, string name, PlanElement element, JustificationValues? otherwise = null)
    {
        var look = PlanStandard.Nd30[element];
        var align = look.Alignment switch
        {
            Alignment.Center => JustificationValues.Center,
            Alignment.Left => JustificationValues.Left,
            Alignment.Justified => JustificationValues.Both,
            Alignment.Right => JustificationValues.Right,
            _ => otherwise,
        };
        return new Look(id, name, HalfPoints(element), Bold: look.Bold ?? false, Italic: look.Italic ?? false, Align: align);
    }

    /// <summary>
    /// The styles part's content: document defaults (Times New Roman 14 pt, Vietnamese), <c>Normal</c> looking like body
    /// text so what the officer types next to the plan's text matches it, and the plan's styles.
    /// </summary>
    public static Styles Build()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, Language())),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
        var normal = Style(Looks[0] with { Id = "Normal", Name = "Normal" });
        normal.Default = true;
        normal.PrimaryStyle = new PrimaryStyle();
        styles.Append(normal);
        foreach (var look in Looks) styles.Append(Style(look));
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, Default = true, StyleId = "TableNormal" });
        return styles;
    }

    private static Style Style(Look look)
    {
        var paragraph = new StyleParagraphProperties();
        if (look.KeepNext) paragraph.Append(new KeepNext());
        paragraph.Append(
            new SpacingBetweenLines { Before = Twips(look.Before), After = Twips(look.After), Line = Twips(look.Line), LineRule = LineSpacingRuleValues.Auto },
            new Indentation { Left = "0", Right = "0", FirstLine = Twips(look.FirstLine) },
            new Justification { Val = look.Align ?? JustificationValues.Left });
        if (look.Outline is { } level) paragraph.Append(new OutlineLevel { Val = level });

        var run = new StyleRunProperties(Fonts(), new Bold { Val = OnOff(look.Bold) }, new BoldComplexScript { Val = OnOff(look.Bold) },
            new Italic { Val = OnOff(look.Italic) }, new ItalicComplexScript { Val = OnOff(look.Italic) },
            new Color { Val = "000000" },
            new FontSize { Val = look.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = look.Size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Language());
        var style = new Style(new StyleName { Val = look.Name }, new NextParagraphStyle { Val = look.Id == Part || look.Id == Clause ? Body : look.Id },
            new UIPriority { Val = 1 }, new PrimaryStyle(), paragraph, run)
        { Type = StyleValues.Paragraph, StyleId = look.Id, CustomStyle = look.Id != "Normal" };
        return style;
    }

    private static RunFonts Fonts() => new() { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };

    private static Languages Language() => new() { Val = "vi-VN", EastAsia = "en-US", Bidi = "ar-SA" };

    private static OnOffValue OnOff(bool on) => OnOffValue.FromBoolean(on);

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
