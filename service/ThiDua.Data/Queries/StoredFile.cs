namespace ThiDua.Data.Queries;

/// <summary>An original .docx as submitted.</summary>
/// <param name="FileName">The sender's file name (<c>ke-hoach.docx</c> when it gave none).</param>
/// <param name="Content">The bytes.</param>
public sealed record StoredFile(string FileName, byte[] Content);
