using System.Collections.ObjectModel;
using ThiDua.Data.Submissions;
using ThiDua.Plans.Kpis;
using ThiDua.Service.Infrastructure;

namespace ThiDua.Service.Features.Submissions;

/// <summary>
/// The chỉ tiêu of a <see cref="SubmissionRequest"/> as System.Text.Json binds them: a list that refuses the record past
/// <see cref="PlanSubmission.MaxKpis"/> as it is added. The serializer reads a collection one record at a time and adds each
/// as it is read, so reading a body of millions of records stops at record 2,001 (422, <see cref="RequestRefusedException"/>)
/// — the records up to the limit are all that is ever held, whatever the body's length.
/// </summary>
public sealed class SubmittedKpis : Collection<Target>
{
    /// <summary>An empty list.</summary>
    public SubmittedKpis()
    {
    }

    /// <summary>A list of <paramref name="kpis"/>, refused like a bound one when there are too many.</summary>
    /// <exception cref="RequestRefusedException">More than <see cref="PlanSubmission.MaxKpis"/>.</exception>
    public SubmittedKpis(IEnumerable<Target> kpis)
    {
        foreach (var kpi in kpis) Add(kpi);
    }

    /// <inheritdoc />
    /// <exception cref="RequestRefusedException">The list already holds <see cref="PlanSubmission.MaxKpis"/> records (422).</exception>
    protected override void InsertItem(int index, Target item)
    {
        if (Count == PlanSubmission.MaxKpis)
            throw new RequestRefusedException(ProblemCatalog.SubmissionRejected,
                $"Kế hoạch có hơn {PlanSubmission.MaxKpis:N0} chỉ tiêu, vượt giới hạn {PlanSubmission.MaxKpis:N0}.");
        base.InsertItem(index, item);
    }
}
