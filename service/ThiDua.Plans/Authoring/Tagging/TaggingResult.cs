namespace ThiDua.Plans.Authoring.Tagging;

/// <summary>What tagging a plan did.</summary>
/// <param name="Added">The tags of the controls added, in the order they were added (<c>thidua:header</c>, <c>thidua:section:noi-dung</c>…).</param>
/// <param name="Skipped">Parts that were recognised but could not be wrapped without changing the document, each with the reason, in Vietnamese.</param>
/// <param name="StoreItemId">The datastore item id of the plan's custom XML part.</param>
public sealed record TaggingResult(IReadOnlyList<string> Added, IReadOnlyList<string> Skipped, string StoreItemId);
