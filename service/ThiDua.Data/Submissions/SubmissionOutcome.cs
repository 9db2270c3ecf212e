using System.Text.Json.Serialization;

namespace ThiDua.Data.Submissions;

/// <summary>What a submission did (JSON: <c>stored</c>, <c>unchanged</c>, <c>superseded</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SubmissionOutcome>))]
public enum SubmissionOutcome
{
    /// <summary>The first version of the unit's plan for the year was stored.</summary>
    [JsonStringEnumMemberName("stored")] Stored,
    /// <summary>The same content was already stored: nothing changed; the stored version is returned.</summary>
    [JsonStringEnumMemberName("unchanged")] Unchanged,
    /// <summary>A new version was stored and the previous current version marked superseded (it is kept).</summary>
    [JsonStringEnumMemberName("superseded")] Superseded,
}
