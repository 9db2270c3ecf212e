using System.Text.Json;
using WireMock.Logging;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Request = WireMock.RequestBuilders.Request;

namespace ThiDua.Auth.Tests.StandIns;

/// <summary>One item of the stand-in's folder: its name as the library lists it, its bytes, and the size the listing reports
/// (the bytes' length unless told otherwise, to list a file smaller than it is).</summary>
/// <param name="Name">The file name, any characters a library allows (<c>#</c>, <c>%</c>, <c>+</c>, spaces, Vietnamese letters).</param>
/// <param name="Content">What a download gives.</param>
/// <param name="ListedSize">The <c>size</c> the listing gives, or null for <paramref name="Content"/>'s length.</param>
public sealed record StandInFile(string Name, byte[] Content, long? ListedSize = null)
{
    /// <summary>The files at <paramref name="paths"/>, named as on disk.</summary>
    public static IReadOnlyList<StandInFile> From(IEnumerable<string> paths) => paths.Select(p => new StandInFile(Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
}

/// <summary>
/// A Microsoft Graph stand-in (WireMock.Net on 127.0.0.1) serving one SharePoint site, <see cref="SiteUrl"/>, whose default
/// document library has one folder (<see cref="Folder"/> unless told otherwise) holding the given files and a text file (which
/// an import skips). As strict as Graph where an import can go wrong: the folder is addressed by path (<c>root:/a/b:</c>) and
/// found only when the path, read as RFC 3986 reads it (percent-decoding, <c>+</c> a plus), names it exactly — a <c>#</c> left
/// unencoded ends the path, a <c>%</c> unencoded decodes to something else, both then answer 404 <c>itemNotFound</c> as Graph does;
/// a malformed percent-escape answers 400 (WireMock gives the path as Kestrel decoded it, so a name that itself holds an escape
/// such as <c>%25</c> cannot be told apart here; <c>ImportTests</c> checks that address as sent). Anything else answers Graph's 404 <c>itemNotFound</c> error; a request without a
/// bearer token it accepts answers Graph's 401 <c>InvalidAuthenticationToken</c>. Linked into the test projects that import.
/// </summary>
public sealed class GraphLibraryStandIn : IDisposable
{
    /// <summary>The site's address.</summary>
    public const string SiteUrl = "https://ubnd.sharepoint.com/sites/noivu";

    /// <summary>The folder of the plans.</summary>
    public const string Folder = "Kế hoạch 2024";

    private const string Children = "/v1.0/drives/drive-1/items/folder-1/children";
    private const string FolderPrefix = "/v1.0/drives/drive-1/root:/";
    private readonly WireMockServer graph = WireMockServer.Start();
    private readonly IReadOnlyList<StandInFile> files;

    /// <summary>Serves the files at <paramref name="paths"/> in <see cref="Folder"/>; see the other constructor.</summary>
    public GraphLibraryStandIn(IReadOnlyList<string> paths, bool twoPagesThrottled = false, Func<string, bool>? acceptToken = null, TimeSpan? downloadDelay = null)
        : this(StandInFile.From(paths), Folder, twoPagesThrottled, acceptToken, downloadDelay)
    {
    }

    /// <summary>
    /// Serves <paramref name="files"/> in <paramref name="folder"/> (a path under the library's root, <c>/</c> between
    /// names), in the given order. With <paramref name="twoPagesThrottled"/> the folder lists them over two pages
    /// (<c>@odata.nextLink</c>), the second page answering 429 with <c>Retry-After: 1</c> once and ending with a sub-folder an
    /// import does not enter. Only bearer tokens <paramref name="acceptToken"/> takes are served (default:
    /// <see cref="StandInGraphCredentials.Token"/>); each download takes <paramref name="downloadDelay"/>.
    /// </summary>
    public GraphLibraryStandIn(IReadOnlyList<StandInFile> files, string folder, bool twoPagesThrottled = false, Func<string, bool>? acceptToken = null, TimeSpan? downloadDelay = null)
    {
        this.files = files;
        acceptToken ??= token => token == StandInGraphCredentials.Token;
        graph.Given(Request.Create().UsingAnyMethod()).AtPriority(100)
            .RespondWith(Json(new { error = new { code = "itemNotFound", message = "The resource could not be found." } }, 404));
        graph.Given(Request.Create().UsingAnyMethod().WithUrl(url => MalformedEscape(url))).AtPriority(0)
            .RespondWith(Json(new { error = new { code = "invalidRequest", message = "Invalid request: malformed URL." } }, 400));
        graph.Given(Request.Create().UsingAnyMethod().WithHeader(headers => !Authorized(headers, acceptToken))).AtPriority(0)
            .RespondWith(Json(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty or invalid." } }, 401));
        Serve("/v1.0/sites/ubnd.sharepoint.com:/sites/noivu", new { id = "site-1" });
        Serve("/v1.0/sites/site-1/drive", new { id = "drive-1" });
        graph.Given(Request.Create().UsingGet().WithUrl(url => PathOf(url) == FolderPrefix + folder.Trim('/') + ":")).AtPriority(2)
            .RespondWith(Json(new { id = "folder-1", name = folder.Split('/')[^1], folder = new { childCount = files.Count + 1 } }, 200));
        var notes = new { id = "notes", name = "ghi-chu.txt", file = new { mimeType = "text/plain" }, size = 12 };
        if (twoPagesThrottled)
        {
            var half = files.Count / 2;
            graph.Given(Request.Create().WithPath(Children).WithParam("page", "2").UsingGet())
                .AtPriority(1).InScenario("throttle").WillSetStateTo("served")
                .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithHeader("Content-Type", "application/json")
                    .WithBody(JsonSerializer.Serialize(new { error = new { code = "TooManyRequests", message = "Chậm lại" } })));
            graph.Given(Request.Create().WithPath(Children).WithParam("page", "2").UsingGet())
                .AtPriority(1).InScenario("throttle").WhenStateIs("served")
                .RespondWith(Json(new
                {
                    value = Enumerable.Range(half, files.Count - half).Select(Item).Append(notes)
                        .Append(new { id = "sub", name = "Lưu trữ.docx", folder = new { childCount = 2 } }),
                }, 200));
            graph.Given(Request.Create().WithPath(Children).UsingGet()).AtPriority(10)
                .RespondWith(Json(new Dictionary<string, object>
                {
                    ["value"] = Enumerable.Range(0, half).Select(Item).ToArray(),
                    ["@odata.nextLink"] = $"{BaseUrl}/drives/drive-1/items/folder-1/children?page=2",
                }, 200));
        }
        else
        {
            Serve(Children, new { value = Enumerable.Range(0, files.Count).Select(Item).Append(notes) });
        }
        for (var i = 0; i < files.Count; i++)
        {
            var download = Response.Create().WithHeader("Content-Type", "application/octet-stream").WithBody(files[i].Content);
            if (downloadDelay is { } delay) download = download.WithDelay(delay);
            graph.Given(Request.Create().WithPath($"/v1.0/drives/drive-1/items/item-{i}/content").UsingGet()).AtPriority(2).RespondWith(download);
        }
    }

    /// <summary>
    /// Makes the GET requests whose decoded path ends with <paramref name="pathEnd"/> answer <paramref name="failures"/> first, one
    /// each in order (a Graph error body, with <c>Retry-After</c> in seconds when given), then as usual.
    /// </summary>
    public void FailFirst(string pathEnd, params (int Status, int? RetryAfter)[] failures)
    {
        var scenario = "fail " + pathEnd;
        for (var i = 0; i < failures.Length; i++)
        {
            var (status, retryAfter) = failures[i];
            var request = graph.Given(Request.Create().UsingGet().WithUrl(url => PathOf(url).EndsWith(pathEnd, StringComparison.Ordinal)))
                .AtPriority(1).InScenario(scenario);
            if (i > 0) request = request.WhenStateIs($"failed {i}");
            var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody(JsonSerializer.Serialize(new { error = new { code = status == 429 ? "TooManyRequests" : "serviceNotAvailable", message = "Tạm thời không phục vụ." } }));
            if (retryAfter is { } seconds) response = response.WithHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.WillSetStateTo($"failed {i + 1}").RespondWith(response);
        }
    }

    /// <summary>
    /// The path of a request as a server reads it: WireMock gives the URL with most escapes undone (but <c>%23</c>, <c>%25</c>
    /// and the like kept), so it is decoded once more by RFC 3986 — never as a form, where <c>+</c> would be a space.
    /// </summary>
    private static string PathOf(string url)
    {
        var path = new Uri(url, UriKind.Absolute).GetComponents(UriComponents.Path, UriFormat.UriEscaped);
        return "/" + Uri.UnescapeDataString(path);
    }

    private static bool MalformedEscape(string url)
    {
        var path = url.Split('?', 2)[0];
        for (var i = path.IndexOf('%'); i >= 0; i = path.IndexOf('%', i + 1))
            if (i + 2 >= path.Length || !Uri.IsHexDigit(path[i + 1]) || !Uri.IsHexDigit(path[i + 2])) return true;
        return false;
    }

    private static bool Authorized(IDictionary<string, string[]> headers, Func<string, bool> acceptToken) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value is [var value]
        && value.StartsWith("Bearer ", StringComparison.Ordinal) && acceptToken(value["Bearer ".Length..]);

    /// <summary>The Graph endpoint (<c>Graph:BaseUrl</c>).</summary>
    public string BaseUrl => graph.Urls[0] + "/v1.0";

    /// <summary>Every request served so far, with its response.</summary>
    public IEnumerable<ILogEntry> Requests => graph.LogEntries;

    /// <summary>The requests served so far, one line each (URL, status, body), for assertion messages.</summary>
    public string Log => string.Join("\n", Requests.Select(e => $"{e.RequestMessage.Url} {e.ResponseMessage.StatusCode} {e.ResponseMessage.BodyData?.BodyAsString}"));

    private object Item(int i) => new
    {
        id = $"item-{i}", name = files[i].Name, size = files[i].ListedSize ?? files[i].Content.LongLength,
        file = new { mimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    private void Serve(string path, object body) => graph.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(2).RespondWith(Json(body, 200));

    private static IResponseBuilder Json(object body, int status) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    /// <inheritdoc />
    public void Dispose() => graph.Stop();
}
