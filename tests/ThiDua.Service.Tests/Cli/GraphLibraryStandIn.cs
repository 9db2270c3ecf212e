using System.Text.Json;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Request = WireMock.RequestBuilders.Request;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// A Microsoft Graph stand-in (WireMock.Net on 127.0.0.1) serving one SharePoint site, <see cref="SiteUrl"/>, whose default
/// document library has the folder <see cref="Folder"/> holding the given .docx files and a text file (which an import skips).
/// Anything else answers Graph's 404 <c>itemNotFound</c> error.
/// </summary>
public sealed class GraphLibraryStandIn : IDisposable
{
    /// <summary>The site's address.</summary>
    public const string SiteUrl = "https://ubnd.sharepoint.com/sites/noivu";

    /// <summary>The folder of the plans.</summary>
    public const string Folder = "Kế hoạch 2024";

    private readonly WireMockServer graph = WireMockServer.Start();

    /// <summary>Serves <paramref name="files"/> (full paths) in <see cref="Folder"/>, in the given order.</summary>
    public GraphLibraryStandIn(IReadOnlyList<string> files)
    {
        graph.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Json(new { error = new { code = "itemNotFound", message = "The resource could not be found." } }, 404));
        Serve("/v1.0/sites/ubnd.sharepoint.com:/sites/noivu", new { id = "site-1" });
        Serve("/v1.0/sites/site-1/drive", new { id = "drive-1" });
        Serve($"/v1.0/drives/drive-1/root:/{Folder}:", new { id = "folder-1" });
        Serve("/v1.0/drives/drive-1/items/folder-1/children", new
        {
            value = files.Select((path, i) => new
                {
                    id = $"item-{i}", name = Path.GetFileName(path),
                    file = new { mimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
                })
                .Append(new { id = "notes", name = "ghi-chu.txt", file = new { mimeType = "text/plain" } }),
        });
        for (var i = 0; i < files.Count; i++)
            graph.Given(Request.Create().WithPath($"/v1.0/drives/drive-1/items/item-{i}/content").UsingGet())
                .RespondWith(Response.Create().WithHeader("Content-Type", "application/octet-stream").WithBody(File.ReadAllBytes(files[i])));
    }

    /// <summary>The Graph endpoint (<c>Graph:BaseUrl</c>).</summary>
    public string BaseUrl => graph.Urls[0] + "/v1.0";

    private void Serve(string path, object body) => graph.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(1).RespondWith(Json(body, 200));

    private static IResponseBuilder Json(object body, int status) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    /// <inheritdoc />
    public void Dispose() => graph.Stop();
}
