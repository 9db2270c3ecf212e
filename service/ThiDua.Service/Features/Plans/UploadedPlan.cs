using System.Text;
using ThiDua.Docx.Package;

namespace ThiDua.Service.Features.Plans;

/// <summary>
/// A plan received as the multipart field <c>file</c>, read into memory. Only presence and size are checked here; the
/// <see cref="ThiDua.Rules.PlanEngine"/> runs <see cref="PackageGuard"/> on the content with the same limits.
/// </summary>
/// <param name="FileName">The file name as the client sent it, without any folder, NFC; <c>ke-hoach.docx</c> when none.</param>
/// <param name="Content">The whole .docx.</param>
public sealed record UploadedPlan(string FileName, byte[] Content)
{
    private const string FallbackName = "ke-hoach.docx";

    /// <summary>Reads the upload.</summary>
    /// <exception cref="DocxInputException"><see cref="DocxInputError.Missing"/>, <see cref="DocxInputError.Empty"/> or <see cref="DocxInputError.TooLarge"/>.</exception>
    public static async Task<UploadedPlan> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null) throw InputFailures.Missing();
        if (file.Length == 0) throw InputFailures.Empty();
        if (file.Length > maxBytes) throw InputFailures.TooLarge(file.Length, maxBytes);
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
            await stream.ReadExactlyAsync(content, cancellationToken);
        return new UploadedPlan(CleanName(file.FileName), content);
    }

    /// <summary>A read-only stream over <see cref="Content"/>.</summary>
    public Stream OpenRead() => new MemoryStream(Content, writable: false);

    /// <summary>The download name of the fixed plan: <c>&lt;name&gt;-da-sua.docx</c>.</summary>
    public string FixedFileName => Path.GetFileNameWithoutExtension(FileName) + "-da-sua.docx";

    private static string CleanName(string? name)
    {
        // Some browsers send a full client path; keep the last segment whichever separator it uses.
        var last = (name ?? "").Replace('\\', '/').Split('/')[^1].Trim();
        return last.Length == 0 ? FallbackName : last.Normalize(NormalizationForm.FormC);
    }
}
