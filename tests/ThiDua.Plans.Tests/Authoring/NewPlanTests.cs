using ThiDua.Docx.Model;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Authoring;
using ThiDua.Plans.Authoring.Catalogue;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Tests.Authoring;

public class NewPlanTests
{
    private static (DocxDocument Doc, PlanDocument Plan) Read(byte[] bytes)
    {
        using var package = PackageAssert.Open(bytes);
        var doc = DocxReader.Read(package);
        return (doc, PlanRecognizer.Recognize(doc));
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void New_plan_passes_the_Open_XML_validator(string file)
    {
        using var doc = PackageAssert.Open(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan));
        PackageAssert.Valid(doc);
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void New_plan_header_is_recognised_with_the_units_data(string file)
    {
        var plan = CorpusUnits.Get(file).Plan;
        var header = Read(NewPlanBuilder.Create(plan)).Plan.Header;

        Assert.Equal(HeaderLayout.Table, header.Layout);
        Assert.Equal(plan.Unit.Name.ToUpperInvariant(), header.IssuingAuthorityText);
        Assert.All(header.IssuingAuthority, l => { Assert.True(l.AllBold); Assert.Equal([13.0], l.SizesPt); });
        Assert.Equal(plan.Unit.ParentBody.ToUpperInvariant(), string.Join(" ", header.ParentAgency.Select(s => s.Text)));
        Assert.All(header.ParentAgency, l => Assert.False(l.AnyBold));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", header.NationalTitle?.Text);
        Assert.Equal(HeaderColumn.Right, header.NationalTitle!.Column);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", header.Motto?.Text);
        Assert.Equal([14.0], header.Motto!.SizesPt);
        var number = plan.Number.Length > 0 ? $"Số: {plan.Number}/KH-UBND" : "Số:      /KH-UBND";
        Assert.Equal(number, header.DocumentNumber?.Text);
        Assert.Equal(HeaderColumn.Left, header.DocumentNumber!.Segment.Column);
        Assert.StartsWith(plan.Unit.PlaceName + ", ngày ", header.PlaceAndDate?.Text);
        Assert.EndsWith($"năm {plan.Year}", header.PlaceAndDate!.Text);
        Assert.True(header.PlaceAndDate.Segment.AllItalic);
        Assert.Equal("KẾ HOẠCH", header.DocumentType?.Text);
        Assert.Equal(plan.Subject, string.Join(" ", header.Subject.Select(s => s.Text)));
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Lines_under_agency_motto_and_subject_have_the_decrees_lengths(string file)
    {
        var (doc, plan) = Read(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan));
        var header = plan.Header;

        var agencyWidth = header.IssuingAuthority.Max(s => s.WidthTwips);
        Assert.NotNull(header.AgencyLine);
        Assert.InRange(header.AgencyLine!.WidthTwips, agencyWidth / 3.0, agencyWidth / 2.0);
        Assert.NotNull(header.MottoLine);
        Assert.InRange(header.MottoLine!.WidthTwips, header.Motto!.WidthTwips * 0.97, header.Motto.WidthTwips * 1.03);
        var subjectWidth = Math.Min(header.Subject.Max(s => s.WidthTwips), doc.Sections[0].TextWidth);
        Assert.NotNull(header.SubjectLine);
        Assert.InRange(header.SubjectLine!.WidthTwips, subjectWidth / 3.0, subjectWidth / 2.0);
        Assert.All([header.AgencyLine, header.MottoLine, header.SubjectLine], l => Assert.True(l.Solid));
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Parts_are_numbered_in_sequence_and_clauses_restart_under_each(string file)
    {
        var headings = Read(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan)).Plan.Headings;

        var parts = headings.Where(h => h.Level == HeadingLevel.Section).ToList();
        Assert.Equal(SectionCatalogue.All.Count(s => s.Numbered), parts.Count);
        Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(h => h.Value));
        Assert.All(parts, h => { Assert.True(h.TextFormat.Bold); Assert.Equal(h.Title.ToUpperInvariant(), h.Title); });
        var clause = 0;
        foreach (var h in headings)
        {
            if (h.Level == HeadingLevel.Section) clause = 0;
            else if (h.Level == HeadingLevel.Clause) Assert.Equal(++clause, h.Value);
        }
        Assert.Contains(headings, h => h.Level == HeadingLevel.Clause);
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Closing_has_recipients_with_the_drafting_unit_and_the_signer(string file)
    {
        var unit = CorpusUnits.Get(file).Plan.Unit;
        var plan = Read(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan)).Plan;

        Assert.NotNull(plan.Recipients);
        Assert.Equal("Nơi nhận:", plan.Recipients!.Label.Text);
        Assert.Equal([12.0], plan.Recipients.Label.SizesPt);
        Assert.True(plan.Recipients.Label.AllBold && plan.Recipients.Label.AllItalic);
        Assert.Equal(unit.Recipients.Select(r => $"- {r};").Append($"- Lưu: VT, {unit.DraftingUnit}."), plan.Recipients.Items.Select(i => i.Text));
        Assert.All(plan.Recipients.Items, i => Assert.Equal([11.0], i.SizesPt));
        Assert.NotNull(plan.Signature);
        Assert.Equal(unit.SignerName, plan.Signature!.Name?.Text);
        Assert.Equal(unit.SignerTitle, plan.Signature.Title?.Text);
        Assert.Equal(unit.SignerAuthority.Split('\n')[0], plan.Signature.Lines[0].Text);
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Page_is_A4_with_the_decrees_margins_and_numbers_from_page_two(string file)
    {
        var doc = Read(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan)).Doc;

        var section = Assert.Single(doc.Sections);
        Assert.Equal((11906, 16838), (section.PageWidth, section.PageHeight));
        Assert.Equal((20.0, 20.0, 30.0, 15.0), (Math.Round(DocSection.ToMm(section.MarginTop)), Math.Round(DocSection.ToMm(section.MarginBottom)),
            Math.Round(DocSection.ToMm(section.MarginLeft)), Math.Round(DocSection.ToMm(section.MarginRight))));
        Assert.True(section.TitlePage);
        Assert.True(section.Headers["default"].HasPageField);
        Assert.False(section.Headers["first"].HasPageField);
        var number = section.Headers["default"].Paragraphs.Single(p => p.HasPageField);
        Assert.Equal(ThiDua.Docx.Formatting.Alignment.Center, number.Format.Alignment);
        Assert.Equal(28, number.MarkFormat.SizeHalfPoints);
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Every_visible_run_is_black_Times_New_Roman(string file)
    {
        var doc = Read(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan)).Doc;

        var runs = doc.Paragraphs.SelectMany(p => p.VisibleRuns).ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, r =>
        {
            Assert.Equal("Times New Roman", r.Format.AsciiFont);
            Assert.Equal("Times New Roman", r.Format.HAnsiFont);
            Assert.True(r.Format.IsBlack);
        });
    }

    [Theory]
    [MemberData(nameof(CorpusUnits.Files), MemberType = typeof(CorpusUnits))]
    public void Body_text_is_14_pt_justified_indented_with_6_pt_after(string file)
    {
        var (doc, plan) = Read(NewPlanBuilder.Create(CorpusUnits.Get(file).Plan));

        Assert.NotEmpty(plan.BodyParagraphs);
        Assert.All(plan.BodyParagraphs.Select(i => doc.Paragraphs[i]), p =>
        {
            Assert.Equal(ThiDua.Docx.Formatting.Alignment.Justified, p.Format.Alignment);
            Assert.Equal(720, p.Format.FirstLineIndent);
            Assert.Equal(120, p.Format.SpacingAfter);
            Assert.InRange(p.Format.LineMultiple ?? 0, 1.0, 1.5);
            Assert.All(p.VisibleRuns, r => Assert.Equal(28, r.Format.SizeHalfPoints));
        });
    }

    [Theory]
    [InlineData("Ủy ban nhân dân thị xã Kinh Môn", "UBND tỉnh Hải Dương", new[] { "ỦY BAN NHÂN DÂN", "THỊ XÃ KINH MÔN" })]
    [InlineData("Hội đồng Thi đua - Khen thưởng thành phố Hồ Chí Minh", "", new[] { "HỘI ĐỒNG THI ĐUA", "- KHEN THƯỞNG", "THÀNH PHỐ HỒ CHÍ MINH" })]
    [InlineData("UBND xã A", "UBND huyện Mường La tỉnh Sơn La", new[] { "UBND XÃ A" })]
    [InlineData("Ủy ban nhân dân thành phố Hồ Chí Minh", "", new[] { "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH" })]
    public void Long_agency_names_break_before_the_administrative_level_and_fit_the_column(string name, string parent, string[] lines)
    {
        var plan = CorpusUnits.Get("tri-yen-2024").Plan with { Unit = CorpusUnits.Get("tri-yen-2024").Plan.Unit with { Name = name, ParentBody = parent } };
        var (doc, recognised) = Read(NewPlanBuilder.Create(plan));

        Assert.Equal(lines, recognised.Header.IssuingAuthority.Select(l => l.Text));
        var column = doc.Tables[0].Rows[0].Cells[0].WidthTwips - 216;
        Assert.All(recognised.Header.ParentAgency.Concat(recognised.Header.IssuingAuthority), l => Assert.True(l.WidthTwips <= column, $"“{l.Text}” is {l.WidthTwips} twips wide"));
        Assert.Equal(parent.ToUpperInvariant(), string.Join(" ", recognised.Header.ParentAgency.Select(l => l.Text)));
        Assert.True(recognised.Header.NationalTitle!.WidthTwips <= doc.Tables[0].Rows[0].Cells[1].WidthTwips - 216, "Quốc hiệu no longer fits on one line");
    }
}
