using DocumentFormat.OpenXml.Packaging;
using ThiDua.Docx.Reading;
using ThiDua.Plans.Model;
using ThiDua.Plans.Recognition;
using ThiDua.Rules.Engine;

namespace ThiDua.Rules.Tests.Support;

/// <summary>
/// Builds plans for rule tests: a corpus file as is, or a copy changed in memory by an Open XML edit (the usual way to make
/// the failing twin of a passing document: one defect, everything else compliant).
/// </summary>
public static class PlanFixture
{
    /// <summary>The compliant reference plan of the corpus.</summary>
    public const string Compliant = "tri-yen-2024-compliant.docx";

    /// <summary>Reads a corpus file, applying <paramref name="edit"/> to an in-memory copy first.</summary>
    public static PlanDocument Load(string corpusFile, Action<WordprocessingDocument>? edit = null)
    {
        var bytes = System.IO.File.ReadAllBytes(Corpus.File(corpusFile));
        return FromBytes(bytes, edit);
    }

    /// <summary>Reads a package from bytes, applying <paramref name="edit"/> to a copy first.</summary>
    public static PlanDocument FromBytes(byte[] bytes, Action<WordprocessingDocument>? edit = null)
    {
        using var ms = new MemoryStream();
        ms.Write(bytes);
        ms.Position = 0;
        if (edit is not null)
        {
            using (var w = WordprocessingDocument.Open(ms, true)) edit(w);
            ms.Position = 0;
        }
        using var doc = WordprocessingDocument.Open(ms, false);
        return PlanRecognizer.Recognize(DocxReader.Read(doc));
    }

    /// <summary>The findings of one rule on a plan.</summary>
    public static IReadOnlyList<Finding> Run(IPlanRule rule, PlanDocument plan) => rule.Check(new RuleContext(plan)).ToList();
}
