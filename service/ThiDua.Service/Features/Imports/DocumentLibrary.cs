using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Graph.Models;
using ThiDua.Docx.Package;
using ThiDua.Service.Infrastructure;

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
/// <param name="Size">Its size in bytes as the library reports it, or null.</param>
public sealed record LibraryFile(string DriveId, string ItemId, string Name, long? Size = null);

/// <summary>
/// Reads a SharePoint document library or OneDrive folder through the Microsoft Graph SDK: the folder's .docx files
/// (following <c>@odata.nextLink</c>) and their bytes, each download capped at <paramref name="maxBytes"/>. Its HTTP client is
/// <see cref="GraphHttp"/>'s: throttling (429, 503, 504 with <c>Retry-After</c>) and lost connections are retried there, under
/// a total timeout and a circuit breaker. The folder path is
/// sent segment by segment, each percent-encoded (Vietnamese letters, spaces, <c>#</c>, <c>%</c>), so no name can change
/// which item Graph addresses.
/// </summary>
public sealed class DocumentLibrary(GraphServiceClient graph, string baseUrl, long maxBytes)
{
    /// <summary>A library reader over <paramref name="http"/> (<see cref="GraphHttp.ClientName"/>) with the tokens of <paramref name="credential"/>; downloads beyond <paramref name="maxBytes"/> are refused.</summary>
    /// <remarks>
    /// The token goes to the configured Graph host only (the SDK's default list names the public clouds' Graph hosts alone, so a
    /// national cloud or a test's stand-in would get no token).
    /// </remarks>
    public static DocumentLibrary Create(HttpClient http, TokenCredential credential, IOptions<GraphOptions> options, long maxBytes)
    {
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var tokens = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], null, false, options.Value.Scopes);
        return new DocumentLibrary(new GraphServiceClient(http, tokens, baseUrl), baseUrl, maxBytes);
    }

    /// <summary>The Graph address of a folder by path under a drive's root: <c>…/drives/{id}/root:/K%E1%BA%BF%20ho%E1%BA%A1ch/2024:</c>.</summary>
    public static string FolderAddress(string baseUrl, string driveId, IReadOnlyList<string> segments) =>
        $"{baseUrl.TrimEnd('/')}/drives/{Uri.EscapeDataString(driveId)}/root:/{string.Join('/', segments.Select(Uri.EscapeDataString))}:";

    /// <summary>Every .docx directly inside the folder <paramref name="source"/> names, in the library's order, its name in NFC (as an officer reads it, whatever the writer that named it).</summary>
    /// <exception cref="Microsoft.Graph.Models.ODataErrors.ODataError">Graph refused (not found, no permission…).</exception>
    public async IAsyncEnumerable<LibraryFile> ListDocxAsync(ImportRequest source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var driveId = await DriveIdAsync(source, cancellationToken);
        var segments = ImportRequest.Segments(source.FolderPath);
        var folderId = segments.Count == 0
            ? "root"
            : (await graph.Drives[driveId].Root.WithUrl(FolderAddress(baseUrl, driveId, segments)).GetAsync(cancellationToken: cancellationToken))?.Id
              ?? throw new InvalidOperationException($"Không tìm thấy thư mục {string.Join('/', segments)}.");
        var children = graph.Drives[driveId].Items[folderId].Children;
        var page = await children.GetAsync(cancellationToken: cancellationToken);
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
                if (item.File is not null && item.Id is not null && item.Name is { } name && name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                    yield return new LibraryFile(driveId, item.Id, name.Normalize(), item.Size);
            page = page.OdataNextLink is { } next ? await children.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
        }
    }

    /// <summary>The bytes of <paramref name="file"/>, read at most to the limit.</summary>
    /// <exception cref="DocxInputException"><see cref="DocxInputError.TooLarge"/>: the listed size or the bytes received pass the limit (nothing more is read).</exception>
    public async Task<byte[]> DownloadAsync(LibraryFile file, CancellationToken cancellationToken = default)
    {
        if (file.Size > maxBytes) throw InputFailures.TooLarge(file.Size, maxBytes);
        await using var content = await graph.Drives[file.DriveId].Items[file.ItemId].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Tệp {file.Name} không có nội dung.");
        using var copy = new MemoryStream(file.Size is > 0 and var size ? (int)size : 0);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > maxBytes) throw InputFailures.TooLarge(null, maxBytes);
            copy.Write(buffer, 0, read);
        }
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
