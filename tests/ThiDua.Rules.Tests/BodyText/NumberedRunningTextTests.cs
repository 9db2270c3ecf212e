using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Model;
using ThiDua.Rules.BodyText;
using ThiDua.Rules.Engine;
using ThiDua.Rules.Numbering;
using ThiDua.Rules.Tests.Support;
using static ThiDua.Rules.Tests.Support.ParagraphEdits;

namespace ThiDua.Rules.Tests.BodyText;

/// <summary>
/// A numbered paragraph that reads as running text (a khoản without a title) is body text with a label: BODY-* check it,
/// NUM-SEQUENCE still counts it, and a plan written only as numbered khoản has a body.
/// </summary>
public sealed class NumberedRunningTextTests
{
    private const string Encourage = "Khuyến khích, động viên cá nhân";

    /// <summary>About a thousand characters of one numbered khoản, several sentences, as plans write them.</summary>
    private static readonly string LongClause = "2. " + string.Join(" ", Enumerable.Repeat(
        "Khuyến khích, động viên cá nhân, tập thể, hộ gia đình hăng hái thi đua; ghi nhận, tôn vinh và khen thưởng kịp thời những tập thể, cá nhân điển hình tiên tiến.", 7));

    private static PlanDocument WithLongClause(Action<Paragraph>? change = null) => PlanFixture.Load(PlanFixture.Compliant, d =>
    {
        var p = Find(d, Encourage);
        ReplaceText(p, string.Concat(p.Descendants<Text>().Select(t => t.Text)), LongClause);
        change?.Invoke(p);
    });

    private static int Index(PlanDocument plan) => plan.Source.Paragraphs.First(p => p.Text.StartsWith("2. Khuyến khích", StringComparison.Ordinal)).Index;

    [Fact]
    public void A_long_numbered_khoan_is_body_text_with_a_label()
    {
        var plan = WithLongClause();
        var i = Index(plan);
        Assert.True(LongClause.Length > 1000);
        Assert.Contains(i, plan.BodyParagraphs);
        Assert.False(Assert.Single(plan.Headings, h => h.Paragraph == i).IsTitle);
        Assert.DoesNotContain(PlanFixture.Run(new BodyFontRule(), plan), f => f.Paragraph == i);
        Assert.DoesNotContain(PlanFixture.Run(new BodyAlignmentRule(), plan), f => f.Paragraph == i);
    }

    [Fact]
    public void A_long_numbered_khoan_at_12_pt_is_reported_by_BODY_FONT()
    {
        var plan = WithLongClause(p => Runs(p, r => r.FontSize = new FontSize { Val = "24" }));
        var f = Assert.Single(PlanFixture.Run(new BodyFontRule(), plan));
        Assert.Equal(Index(plan), f.Paragraph);
        Assert.Contains("12 pt", f.Observed);
    }

    [Fact]
    public void A_long_numbered_khoan_aligned_left_is_reported_by_BODY_ALIGN()
    {
        var plan = WithLongClause(p => Properties(p, pp => pp.Justification = new Justification { Val = JustificationValues.Left }));
        var f = Assert.Single(PlanFixture.Run(new BodyAlignmentRule(), plan));
        Assert.Equal(Index(plan), f.Paragraph);
        Assert.Equal("justified", f.Fix!.ParagraphFormat!.Alignment);
    }

    [Fact]
    public void A_long_numbered_khoan_still_counts_for_the_numbering()
    {
        // "2. Khuyến khích…" then the title "2. Yêu cầu": the khoản number repeats.
        var plan = WithLongClause();
        Assert.Contains(PlanFixture.Run(new NumberingSequenceRule(), plan), f => f.Message.Contains("“2.”") && f.Message.Contains("bị lặp"));
    }

    [Fact]
    public void A_plan_written_only_as_numbered_khoan_has_a_body_and_passes_when_formatted_as_body_text()
    {
        var plan = PlanFixture.FromBytes(OnlyNumberedClauses(sizeOfSecond: 14));
        Assert.Equal(3, plan.BodyParagraphs.Count);
        foreach (IPlanRule rule in new IPlanRule[] { new BodyFontRule(), new BodyAlignmentRule(), new BodySpacingRule(), new NumberingSequenceRule() })
            Assert.Empty(PlanFixture.Run(rule, plan));
    }

    [Fact]
    public void A_plan_written_only_as_numbered_khoan_gets_BODY_FONT_on_a_khoan_at_12_pt()
    {
        var plan = PlanFixture.FromBytes(OnlyNumberedClauses(sizeOfSecond: 12));
        var f = Assert.Single(PlanFixture.Run(new BodyFontRule(), plan));
        Assert.True(f.Evaluated);
        Assert.StartsWith("2. ", f.Text);
    }

    /// <summary>A document of three numbered khoản of running text, each 14 pt justified with a first-line indent but the second at <paramref name="sizeOfSecond"/> pt.</summary>
    private static byte[] OnlyNumberedClauses(int sizeOfSecond)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            string[] texts =
            [
                "1. Các ngành, cơ quan, đơn vị căn cứ nội dung Kế hoạch này xây dựng kế hoạch, phát động phong trào thi đua phù hợp với tình hình thực tiễn của đơn vị mình.",
                "2. Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội vận động đoàn viên, hội viên và Nhân dân tích cực tham gia hưởng ứng các phong trào thi đua yêu nước.",
                "3. Hội đồng Thi đua - Khen thưởng theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tham mưu sơ kết, tổng kết và khen thưởng kịp thời.",
            ];
            for (var k = 0; k < texts.Length; k++)
            {
                var size = (k == 1 ? sizeOfSecond : 14) * 2;
                body.Append(new Paragraph(
                    new ParagraphProperties(
                        new SpacingBetweenLines { After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
                        new Indentation { FirstLine = "720" },
                        new Justification { Val = JustificationValues.Both }),
                    new Run(new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }),
                        new Text(texts[k]) { Space = SpaceProcessingModeValues.Preserve })));
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851 }));
            doc.AddMainDocumentPart().Document = new Document(body);
        }
        return ms.ToArray();
    }
}
