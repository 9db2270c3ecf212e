using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ThiDua.Plans.Tests.Authoring;

/// <summary>Opens produced packages and checks them with the Open XML SDK validator.</summary>
public static class PackageAssert
{
    /// <summary>Asserts that the package has no schema or semantic error for Office 2019.</summary>
    public static void Valid(WordprocessingDocument doc)
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);
}
