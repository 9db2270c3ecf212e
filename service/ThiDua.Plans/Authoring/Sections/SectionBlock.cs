using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Plans.Authoring.Ooxml;
using ThiDua.Plans.Standard;

namespace ThiDua.Plans.Authoring.Sections;

/// <summary>One piece of a section's body: a khoản title, a paragraph of running text, or a table.</summary>
internal abstract record SectionBlock
{
    /// <summary>The block's default wording for the catalogue, one entry per paragraph or row.</summary>
    public abstract IEnumerable<string> TemplateText(int clauseNumber);

    /// <summary>The block's elements; <paramref name="clauseNumber"/> is the khoản number it takes if it is one.</summary>
    public abstract IEnumerable<OpenXmlElement> Render(SectionContext context, int clauseNumber);

    /// <summary>True when the block is a numbered khoản and advances the count.</summary>
    public virtual bool IsClause => false;
}

/// <summary>A khoản with a title, <c>1. Mục đích</c>: 14 pt bold, upright (Phụ lục I, Mục II.6đ).</summary>
internal sealed record ClauseBlock(string Title) : SectionBlock
{
    public override bool IsClause => true;

    public override IEnumerable<string> TemplateText(int clauseNumber) => [$"{clauseNumber}. {Title}"];

    public override IEnumerable<OpenXmlElement> Render(SectionContext context, int clauseNumber) =>
        [Paragraphs.Text(PlanStyles.Clause, $"{clauseNumber}. {context.Fill(Title)}")];
}

/// <summary>A paragraph of running text: 14 pt, justified, first line indented 1.27 cm, 6 pt after (Mục II.6e).</summary>
internal sealed record TextBlock(string Template) : SectionBlock
{
    public override IEnumerable<string> TemplateText(int clauseNumber) => [Template];

    public override IEnumerable<OpenXmlElement> Render(SectionContext context, int clauseNumber) =>
        [Paragraphs.Text(PlanStyles.Body, context.Fill(Template))];
}

/// <summary>
/// A line of the căn cứ ban hành: in thường, italic, 14 pt, justified like running text, one basis per paragraph ending in
/// <c>;</c>, the last in <c>.</c> (Mục II.6a).
/// </summary>
internal sealed record BasisBlock(string Template) : SectionBlock
{
    public override IEnumerable<string> TemplateText(int clauseNumber) => [Template];

    public override IEnumerable<OpenXmlElement> Render(SectionContext context, int clauseNumber) =>
        [Paragraphs.Text(PlanStyles.Basis, context.Fill(Template))];
}

/// <summary>
/// The chỉ tiêu table (<c>thidua:kpi-table</c>): columns TT and the chỉ tiêu sentence, one row per chỉ tiêu of the plan
/// data, each row with a known code in its <c>thidua:kpi:&lt;code&gt;</c> control (alias <c>Chỉ tiêu n</c>).
/// </summary>
internal sealed record TargetTableBlock : SectionBlock
{
    private static readonly int[] Columns = [850, PlanLayout.TextWidth - 850];

    public override IEnumerable<string> TemplateText(int clauseNumber) => ["TT | Chỉ tiêu thi đua năm {year}"];

    public override IEnumerable<OpenXmlElement> Render(SectionContext context, int clauseNumber)
    {
        var heading = Tables.Row(Columns, [Paragraphs.Text(PlanStyles.TableHeading, "TT")],
            [Paragraphs.Text(PlanStyles.TableHeading, context.Fill("Chỉ tiêu thi đua năm {year}"))]);
        var rows = context.Data.Targets.Select(t =>
        {
            var row = Tables.Row(Columns, [Number(t.Source.Row)], [Paragraphs.Text(PlanStyles.TableText, t.Source.Sentence)]);
            return t.Code.Length == 0 ? (OpenXmlElement)row : context.Controls.Row(PlanTags.KpiPrefix + t.Code, $"Chỉ tiêu {t.Source.Row}", row);
        });
        yield return context.Controls.Block(PlanTags.KpiTable, "Chỉ tiêu thi đua", [Tables.Ruled(Columns, heading, rows)]);
    }

    private static Paragraph Number(int row)
    {
        var p = Paragraphs.Text(PlanStyles.TableText, row.ToString(System.Globalization.CultureInfo.InvariantCulture));
        p.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
        return p;
    }
}

/// <summary>One row of the tiến độ table.</summary>
/// <param name="Content">Nội dung công việc (template).</param>
/// <param name="Responsible">Đơn vị thực hiện (template).</param>
/// <param name="Time">Thời gian: the quarter (<c>Quý I</c>) or month.</param>
internal sealed record ScheduleRow(string Content, string Responsible, string Time);

/// <summary>
/// The tiến độ table (<c>thidua:schedule</c>) by quarter: TT, Nội dung, Đơn vị thực hiện, Thời gian
/// (<c>shared/spec/plan-schema.md</c> § Tags).
/// </summary>
internal sealed record ScheduleTableBlock(IReadOnlyList<ScheduleRow> Rows) : SectionBlock
{
    private static readonly int[] Columns = [700, 4554, 2500, 1600];

    public override IEnumerable<string> TemplateText(int clauseNumber) =>
        Rows.Select((r, i) => $"{i + 1} | {r.Content} | {r.Responsible} | {r.Time}").Prepend("TT | Nội dung | Đơn vị thực hiện | Thời gian");

    public override IEnumerable<OpenXmlElement> Render(SectionContext context, int clauseNumber)
    {
        var heading = Tables.Row(Columns,
            [Paragraphs.Text(PlanStyles.TableHeading, "TT")], [Paragraphs.Text(PlanStyles.TableHeading, "Nội dung")],
            [Paragraphs.Text(PlanStyles.TableHeading, "Đơn vị thực hiện")], [Paragraphs.Text(PlanStyles.TableHeading, "Thời gian")]);
        var rows = Rows.Select((r, i) => Tables.Row(Columns,
            [Centred((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [Paragraphs.Text(PlanStyles.TableText, context.Fill(r.Content))],
            [Paragraphs.Text(PlanStyles.TableText, context.Fill(r.Responsible))],
            [Centred(context.Fill(r.Time))]));
        yield return context.Controls.Block(PlanTags.Schedule, "Tiến độ thực hiện", [Tables.Ruled(Columns, heading, rows)]);
    }

    private static Paragraph Centred(string text)
    {
        var p = Paragraphs.Text(PlanStyles.TableText, text);
        p.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
        return p;
    }
}
