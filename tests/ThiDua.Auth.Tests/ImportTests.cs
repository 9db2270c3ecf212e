using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Docx.Tests.Package.Samples;
using ThiDua.Service.Features.Imports;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace ThiDua.Auth.Tests;

/// <summary>
/// <c>POST /api/imports</c> against a Graph stand-in (WireMock.Net) serving a SharePoint document library that holds the
/// corpus plans over two pages, the second page answering 429 with <c>Retry-After</c> once.
/// </summary>
public sealed class ImportTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private WireMockServer graph = null!;
    private OidcStandIn oidc = null!;
    private SecuredApiFactory api = null!;
    private string[] files = [];

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync();
        graph = WireMockServer.Start();
        var v1 = graph.Urls[0] + "/v1.0";
        files = Directory.GetFiles(CorpusPaths.Folder, "*.docx").Order(StringComparer.Ordinal).ToArray();
        Json("/v1.0/sites/ubnd.sharepoint.com:/sites/noivu", new { id = "site-1" });
        Json("/v1.0/sites/site-1/drive", new { id = "drive-1" });
        Json("/v1.0/drives/drive-1/root:/Kế hoạch 2024:", new { id = "folder-1" });
        object Item(int i) => new { id = $"item-{i}", name = Path.GetFileName(files[i]), file = new { mimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } };
        var half = files.Length / 2;
        graph.Given(Request.Create().WithPath("/v1.0/drives/drive-1/items/folder-1/children").WithParam("page", "2").UsingGet())
            .AtPriority(1).InScenario("throttle").WillSetStateTo("served")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithHeader("Content-Type", "application/json")
                .WithBody(JsonSerializer.Serialize(new { error = new { code = "TooManyRequests", message = "Chậm lại" } })));
        graph.Given(Request.Create().WithPath("/v1.0/drives/drive-1/items/folder-1/children").WithParam("page", "2").UsingGet())
            .AtPriority(1).InScenario("throttle").WhenStateIs("served")
            .RespondWith(JsonResponse(new
            {
                value = Enumerable.Range(half, files.Length - half).Select(Item)
                    .Append(new { id = "notes", name = "ghi-chu.txt", file = new { mimeType = "text/plain" } })
                    .Append(new { id = "sub", name = "Lưu trữ.docx", folder = new { childCount = 2 } } as object),
            }));
        graph.Given(Request.Create().WithPath("/v1.0/drives/drive-1/items/folder-1/children").UsingGet())
            .AtPriority(10)
            .RespondWith(JsonResponse(new Dictionary<string, object>
            {
                ["value"] = Enumerable.Range(0, half).Select(Item).ToArray(),
                ["@odata.nextLink"] = $"{v1}/drives/drive-1/items/folder-1/children?page=2",
            }));
        for (var i = 0; i < files.Length; i++)
            graph.Given(Request.Create().WithPath($"/v1.0/drives/drive-1/items/item-{i}/content").UsingGet())
                .RespondWith(Response.Create().WithHeader("Content-Type", "application/octet-stream").WithBody(File.ReadAllBytes(files[i])));

        api = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        api.Settings["Graph:BaseUrl"] = v1;
        api.TestServices = services => services.AddSingleton<IGraphCredentials, StandInCredentials>();
    }

    private void Json(string path, object body) => graph.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(JsonResponse(body));

    private static IResponseBuilder JsonResponse(object body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));

    private async Task<JsonElement> ImportAsync(HttpClient client)
    {
        var started = await client.PostAsJsonAsync("/api/imports", new { siteUrl = "https://ubnd.sharepoint.com/sites/noivu", folderPath = "Kế hoạch 2024" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var view = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement;
            var status = view.GetProperty("status").GetString();
            if (status is "completed" or "failed" or "Completed" or "Failed") return view;
            await Task.Delay(100);
        }
        throw new TimeoutException("import did not finish");
    }

    [Fact]
    public async Task Import_stores_every_plan_once_reports_each_file_and_a_second_import_stores_nothing()
    {
        using var client = api.ClientWith(oidc.Token(Admin));
        var first = await ImportAsync(client);
        Assert.True(first.GetProperty("status").GetString() == "completed", first + string.Join("\n", graph.LogEntries.Select(e => $"{e.RequestMessage.Url} {e.ResponseMessage.StatusCode} {e.ResponseMessage.BodyData?.BodyAsString}")));
        var reports = first.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Select(Path.GetFileName), reports.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal(files.Length, first.GetProperty("found").GetInt32());
        Assert.Contains(graph.LogEntries, e => e.ResponseMessage.StatusCode is 429);
        var stored = reports.Where(r => r.GetProperty("outcome").GetString() is "stored" or "superseded").ToList();
        Assert.True(stored.Count >= 4, string.Join("\n", reports.Select(r => r.ToString())));
        var plansAfterFirst = JsonDocument.Parse(await client.GetStringAsync("/api/plans")).RootElement.GetProperty("total").GetInt32();
        Assert.True(plansAfterFirst >= 4);

        var second = await ImportAsync(client);
        var again = second.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(files.Length, again.Count);
        Assert.DoesNotContain(again, r => r.GetProperty("outcome").GetString() is "stored" or "superseded");
        foreach (var name in stored.Select(r => r.GetProperty("file").GetString()))
            Assert.Equal("unchanged", again.Single(r => r.GetProperty("file").GetString() == name).GetProperty("outcome").GetString());
        Assert.Equal(plansAfterFirst, JsonDocument.Parse(await client.GetStringAsync("/api/plans")).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_request_without_a_source_is_400_and_an_unknown_import_is_404()
    {
        using var client = api.ClientWith(oidc.Token(Admin));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/imports", new { folderPath = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/imports", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/imports/{Guid.NewGuid()}")).StatusCode);
        using var anonymous = api.ClientWith(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/imports", new { oneDrive = true })).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        graph.Stop();
        await oidc.DisposeAsync();
    }

    /// <summary>The Graph stand-in does not check tokens; on-behalf-of exchange needs Entra ID itself.</summary>
    private sealed class StandInCredentials : IGraphCredentials
    {
        public TokenCredential For(System.Security.Claims.ClaimsPrincipal user) => new Static();

        private sealed class Static : TokenCredential
        {
            public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
                new("graph-stand-in-token", DateTimeOffset.UtcNow.AddHours(1));

            public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
                ValueTask.FromResult(GetToken(requestContext, cancellationToken));
        }
    }
}
