namespace ThiDua.Service.Features.Imports;

/// <summary>
/// The body of <c>POST /api/imports</c>: where the plans lie in Microsoft 365 — a SharePoint site (by URL or Graph id) and a
/// folder of its default document library, or (<see cref="OneDrive"/>) a folder of the signed-in user's OneDrive.
/// </summary>
/// <param name="SiteUrl">The SharePoint site's address, e.g. <c>https://ubnd.sharepoint.com/sites/noivu</c>.</param>
/// <param name="SiteId">The site's Graph id (<c>host,site-guid,web-guid</c>), instead of <see cref="SiteUrl"/>.</param>
/// <param name="FolderPath">The folder inside the library or OneDrive, e.g. <c>Kế hoạch/2024</c>; empty for the root.</param>
/// <param name="OneDrive">True to import from the user's OneDrive rather than a site.</param>
public sealed record ImportRequest(string? SiteUrl, string? SiteId, string? FolderPath, bool OneDrive = false);
