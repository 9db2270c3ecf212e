using Microsoft.AspNetCore.Mvc;
using ThiDua.Data.Submissions;

namespace ThiDua.Service.Features.Submissions;

/// <summary>The answer of <c>POST /api/plans/submit/batch</c>: one item per file, in the order the files were sent.</summary>
/// <param name="Items">What became of each file.</param>
public sealed record SubmissionBatch(IReadOnlyList<SubmissionBatchItem> Items);

/// <summary>
/// What became of one file of a batch: the status <c>POST /api/plans/submit</c> would have answered for it alone (201 stored
/// or superseded, 200 unchanged, 4xx refused) with its <see cref="SubmissionResult"/>, or the RFC 9457 problem that says, in
/// Vietnamese, why it was refused.
/// </summary>
/// <param name="File">The file name as sent.</param>
/// <param name="Status">The HTTP status of this file's outcome.</param>
/// <param name="Result">What the database holds for it; null when refused.</param>
/// <param name="Problem">Why it was refused (<c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>error</c>); null when stored.</param>
public sealed record SubmissionBatchItem(string File, int Status, SubmissionResult? Result, ProblemDetails? Problem);
