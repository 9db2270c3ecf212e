using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ThiDua.Service.Features.Imports;

/// <summary>The Graph address (<c>Graph:BaseUrl</c>, default <c>https://graph.microsoft.com/v1.0</c>) and the delegated scopes asked for.</summary>
public sealed class GraphOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Graph";

    /// <summary>The Graph endpoint.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The scopes requested on behalf of the user.</summary>
    public string[] Scopes { get; set; } = ["https://graph.microsoft.com/Files.Read.All", "https://graph.microsoft.com/Sites.Read.All"];
}

/// <summary>A .docx in a document library.</summary>
/// <param name="DriveId">The drive (library) id.</param>
/// <param name="ItemId">The item id.</param>
/// <param name="Name">The file name.</param>
public sealed record LibraryFile(string DriveId, string ItemId, string Name);

/// <summary>
/// Reads a SharePoint document library or OneDrive folder through the Microsoft Graph SDK: the folder's .docx files
/// (following <c>@odata.nextLink</c>) and their bytes. The SDK's retry handler waits out 429 and 503 responses as their
/// <c>Retry-After</c> says.
/// </summary>
public sealed class DocumentLibrary(GraphServiceClient graph, string baseUrl)
{
    /// <summary>A library reader for the user of <paramref name="credential"/>.</summary>
    public static DocumentLibrary Create(TokenCredential credential, IOptions<GraphOptions> options) =>
        new(new GraphServiceClient(credential, options.Value.Scopes, options.Value.BaseUrl), options.Value.BaseUrl.TrimEnd('/'));

    /// <summary>Every .docx directly inside the folder <paramref name="source"/> names, in the library's order.</summary>
    /// <exception cref="Microsoft.Graph.Models.ODataErrors.ODataError">Graph refused (not found, no permission…).</exception>
    public async IAsyncEnumerable<LibraryFile> ListDocxAsync(ImportRequest source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var driveId = await DriveIdAsync(source, cancellationToken);
        var folder = (source.FolderPath ?? "").Trim().Trim('/');
        var folderId = folder.Length == 0
            ? "root"
            : (await graph.Drives[driveId].Root.ItemWithPath(folder).GetAsync(cancellationToken: cancellationToken))?.Id
              ?? throw new InvalidOperationException($"Không tìm thấy thư mục {folder}.");
        var children = graph.Drives[driveId].Items[folderId].Children;
        var page = await children.GetAsync(cancellationToken: cancellationToken);
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
                if (item.File is not null && item.Id is not null && item.Name is { } name && name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                    yield return new LibraryFile(driveId, item.Id, name);
            page = page.OdataNextLink is { } next ? await children.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }
    }

    /// <summary>The bytes of <paramref name="file"/>.</summary>
    public async Task<byte[]> DownloadAsync(LibraryFile file, CancellationToken cancellationToken = default)
    {
        await using var content = await graph.Drives[file.DriveId].Items[file.ItemId].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Tệp {file.Name} không có nội dung.");
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    private async Task<string> DriveIdAsync(ImportRequest source, CancellationToken cancellationToken)
    {
        Drive? drive;
        if (source.OneDrive) drive = await graph.Me.Drive.GetAsync(cancellationToken: cancellationToken);
        else
        {
            var siteId = source.SiteId;
            if (string.IsNullOrWhiteSpace(siteId))
            {
                var url = new Uri(source.SiteUrl!);
                var site = await graph.Sites["root"].WithUrl($"{baseUrl}/sites/{url.Host}:{url.AbsolutePath.TrimEnd('/')}").GetAsync(cancellationToken: cancellationToken);
                siteId = site?.Id ?? throw new InvalidOperationException($"Không tìm thấy trang SharePoint {source.SiteUrl}.");
            }
            drive = await graph.Sites[siteId].Drive.GetAsync(cancellationToken: cancellationToken);
        }
        return drive?.Id ?? throw new InvalidOperationException("Không tìm thấy thư viện tài liệu.");
    }
}
