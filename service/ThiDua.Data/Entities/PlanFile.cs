namespace ThiDua.Data.Entities;

/// <summary>The original .docx of a <see cref="PlanVersion"/>, kept byte for byte (table <c>plan_files</c>, one row per version).</summary>
public sealed class PlanFile
{
    /// <summary>The version's id (primary key).</summary>
    public int PlanVersionId { get; set; }

    /// <summary>The .docx bytes.</summary>
    public byte[] Content { get; set; } = [];
}
