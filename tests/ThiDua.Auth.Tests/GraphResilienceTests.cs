using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Auth.Tests.StandIns;
using ThiDua.Service.Features.Imports;

namespace ThiDua.Auth.Tests;

/// <summary>
/// The service's Graph client under its resilience pipeline (Microsoft.Extensions.Http.Resilience), against a Graph stand-in that
/// throttles and fails as Graph does: 429 and 503 with <c>Retry-After</c>, 504 from the gateway, 503 for good.
/// </summary>
public sealed class GraphResilienceTests : IAsyncLifetime
{
    private const string Admin = "admin@thidua.test";
    private OidcStandIn oidc = null!;
    private string[] files = [];

    public async Task InitializeAsync()
    {
        oidc = await OidcStandIn.StartAsync();
        files = new[] { "dak-ha-2024.docx", "tien-dong-2024.docx", "tri-yen-2024-compliant.docx" }.Select(Corpus.File).ToArray();
    }

    private SecuredApiFactory Service(GraphLibraryStandIn graph, params (string Key, string Value)[] settings)
    {
        var factory = new SecuredApiFactory(oidc, [(Admin, "Admin", null, null)]);
        factory.Settings["Graph:BaseUrl"] = graph.BaseUrl;
        factory.Settings["Graph:Resilience:Retry:Delay"] = "00:00:00.200"; // backoff without Retry-After, kept short here
        foreach (var (key, value) in settings) factory.Settings[key] = value;
        factory.TestServices = services => services.AddSingleton<IGraphCredentials, StandInGraphCredentials>();
        return factory;
    }

    [Fact]
    public async Task An_import_through_429_and_503_with_Retry_After_and_a_504_completes_waiting_what_Graph_asked()
    {
        using var graph = new GraphLibraryStandIn(files);
        graph.FailFirst("/drive", (503, 1));
        graph.FailFirst($"root:/{GraphLibraryStandIn.Folder}:", (504, null));
        graph.FailFirst("/items/item-1/content", (429, 2), (503, null));
        await using var api = Service(graph);
        using var client = api.ClientWith(oidc.Token(Admin));

        var view = await ImportPolling.FinishedAsync(client, await ImportPolling.StartAsync(client));

        Assert.True(view.GetProperty("status").GetString() == "completed", view + "\n" + graph.Log);
        Assert.All(view.GetProperty("files").EnumerateArray(), r => Assert.Contains(r.GetProperty("outcome").GetString(), new[] { "stored", "superseded" }));
        var download = graph.Requests.Where(e => e.RequestMessage.Path.EndsWith("/items/item-1/content", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 503, 200], download.Select(e => Status(e)));
        Assert.True(download[1].RequestMessage.DateTime - download[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(1.9), "Retry-After: 2 not waited");
        var drive = graph.Requests.Where(e => e.RequestMessage.Path.EndsWith("/site-1/drive", StringComparison.Ordinal)).ToList();
        Assert.Equal([503, 200], drive.Select(e => Status(e))); // retried once, by one pipeline
        Assert.True(drive[1].RequestMessage.DateTime - drive[0].RequestMessage.DateTime >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 not waited");
    }

    [Fact]
    public async Task Graph_answering_503_for_good_fails_the_import_after_our_retries_and_then_the_circuit_opens()
    {
        using var graph = new GraphLibraryStandIn(files);
        graph.FailFirst("/site-1/drive", Enumerable.Repeat<(int, int?)>((503, null), 100).ToArray());
        await using var api = Service(graph,
            ("Graph:Resilience:Retry:MaxRetryAttempts", "2"),
            ("Graph:Resilience:CircuitBreaker:MinimumThroughput", "4"),
            ("Graph:Resilience:CircuitBreaker:BreakDuration", "00:01:00"));
        using var client = api.ClientWith(oidc.Token(Admin));

        var first = await ImportPolling.FinishedAsync(client, await ImportPolling.StartAsync(client));
        int Calls() => graph.Requests.Count(e => e.RequestMessage.Path.EndsWith("/site-1/drive", StringComparison.Ordinal));
        Assert.Equal("failed", first.GetProperty("status").GetString());
        Assert.Equal(3, Calls()); // one call and two retries: no second retry layer under ours (the SDK alone would make 4)
        Assert.Contains("hãy thử lại sau", first.GetProperty("error").GetString(), StringComparison.Ordinal);

        var second = await ImportPolling.FinishedAsync(client, await ImportPolling.StartAsync(client));
        Assert.Equal("failed", second.GetProperty("status").GetString());
        Assert.Contains("Microsoft 365", second.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, Calls()); // the circuit is open: Graph is left alone
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    /// <summary>The status a logged request was answered with (WireMock leaves it unset for a plain 200).</summary>
    private static int Status(WireMock.Logging.ILogEntry entry) => Convert.ToInt32(entry.ResponseMessage.StatusCode ?? 200, System.Globalization.CultureInfo.InvariantCulture);

    public async Task DisposeAsync() => await oidc.DisposeAsync();
}
