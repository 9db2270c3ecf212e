using System.ComponentModel.DataAnnotations;

namespace ThiDua.Service.Features.Imports;

/// <summary>
/// The body of <c>POST /api/imports</c>: where the plans lie in Microsoft 365 — a SharePoint site (by URL or Graph id) and a
/// folder of its default document library, or (<see cref="OneDrive"/>) a folder of the signed-in user's OneDrive.
/// </summary>
/// <param name="SiteUrl">The SharePoint site's address, e.g. <c>https://ubnd.sharepoint.com/sites/noivu</c>.</param>
/// <param name="SiteId">The site's Graph id (<c>host,site-guid,web-guid</c>), instead of <see cref="SiteUrl"/>.</param>
/// <param name="FolderPath">The folder inside the library or OneDrive, e.g. <c>Kế hoạch/2024</c>; empty for the root.</param>
/// <param name="OneDrive">True to import from the user's OneDrive rather than a site.</param>
public sealed record ImportRequest(string? SiteUrl, string? SiteId, string? FolderPath, bool OneDrive = false) : IValidatableObject
{
    /// <summary>Checked by the service's validation (<c>AddValidation</c>) before the handler runs: <see cref="Invalid"/>'s reason, as a 400 problem.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (Invalid() is { } reason) yield return new ValidationResult(reason);
    }

    /// <summary>The longest <see cref="SiteUrl"/> and <see cref="FolderPath"/> accepted, in characters.</summary>
    public const int MaxLength = 1024;

    /// <summary>
    /// Why the request cannot be imported (one Vietnamese sentence), or null: exactly one source (an https site address, a
    /// site id, or OneDrive); no address or path longer than <see cref="MaxLength"/>; a folder path of plain names — no
    /// <c>.</c> or <c>..</c> segment, no control character, none of <c>\ : * ? " &lt; &gt; |</c> that SharePoint refuses in a name.
    /// </summary>
    public string? Invalid()
    {
        var hasSite = !string.IsNullOrWhiteSpace(SiteId)
                      || (Uri.TryCreate(SiteUrl, UriKind.Absolute, out var site) && site.Scheme == Uri.UriSchemeHttps);
        if (OneDrive == hasSite)
            return "Chọn đúng một nguồn: trang SharePoint (siteUrl dạng https://… hoặc siteId) hoặc OneDrive (oneDrive=true).";
        if (SiteUrl?.Length > MaxLength || SiteId?.Length > 256 || FolderPath?.Length > MaxLength)
            return $"Địa chỉ trang hoặc đường dẫn thư mục quá dài (tối đa {MaxLength} ký tự).";
        if (!string.IsNullOrWhiteSpace(SiteId) && SiteId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is ',' or '-' or '.')))
            return "siteId chỉ gồm chữ, số, dấu gạch ngang, dấu chấm và dấu phẩy (dạng host,site-guid,web-guid).";
        foreach (var segment in Segments(FolderPath))
            if (segment is "." or ".." || segment.Any(c => char.IsControl(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))
                return $"Tên thư mục \"{segment}\" không hợp lệ: đường dẫn chỉ gồm tên các thư mục, cách nhau bằng dấu /.";
        return null;
    }

    /// <summary>The folder path's names, in order, trimmed (empty segments dropped): <c>/Kế hoạch//2024/</c> → <c>Kế hoạch</c>, <c>2024</c>.</summary>
    public static IReadOnlyList<string> Segments(string? folderPath) =>
        (folderPath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Normalize()).ToList();
}
