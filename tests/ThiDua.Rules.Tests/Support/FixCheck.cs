using DocumentFormat.OpenXml.Packaging;

namespace ThiDua.Rules.Tests.Support;

/// <summary>
/// Checks a corpus plan changed in memory, applies one rule's fixes through the engine, and checks again: the failing
/// twin, then the proof that its fix removes the finding without making another.
/// </summary>
public static class FixCheck
{
    private static readonly PlanEngine Engine = new();

    /// <summary>The bytes of <paramref name="corpusFile"/> with <paramref name="edit"/> applied.</summary>
    public static byte[] Edited(string corpusFile, Action<WordprocessingDocument> edit)
    {
        using var ms = new MemoryStream();
        ms.Write(System.IO.File.ReadAllBytes(Corpus.File(corpusFile)));
        ms.Position = 0;
        using (var w = WordprocessingDocument.Open(ms, true)) edit(w);
        return ms.ToArray();
    }

    /// <summary>The findings of the whole catalogue on <paramref name="docx"/>.</summary>
    public static IReadOnlyList<Finding> Check(byte[] docx) => Engine.Check(new MemoryStream(docx), "plan.docx").Findings;

    /// <summary>The findings of the whole catalogue after applying the fixes of <paramref name="rule"/> only.</summary>
    public static IReadOnlyList<Finding> CheckFixed(byte[] docx, string rule) =>
        Check(Engine.Fix(new MemoryStream(docx), [rule]));
}
