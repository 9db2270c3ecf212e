using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ThiDua.Auth.Tests.StandIns;

/// <summary>
/// The client side of an import in the tests: start one of the Graph stand-in's folder (<c>POST /api/imports</c>) and poll its
/// report (<c>GET /api/imports/{id}</c>). Linked into the test projects that import.
/// </summary>
public static class ImportPolling
{
    /// <summary>Starts an import of <paramref name="folder"/> (default <see cref="GraphLibraryStandIn.Folder"/>) of the stand-in's site; its address.</summary>
    public static async Task<string> StartAsync(HttpClient client, string folder = GraphLibraryStandIn.Folder)
    {
        var started = await client.PostAsJsonAsync("/api/imports", new { siteUrl = GraphLibraryStandIn.SiteUrl, folderPath = folder });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        return started.Headers.Location!.ToString();
    }

    /// <summary>Polls the import at <paramref name="location"/> until <paramref name="until"/> holds or it is finished (at most a minute).</summary>
    public static async Task<JsonElement> FinishedAsync(HttpClient client, string location, Func<JsonElement, bool>? until = null)
    {
        static bool Finished(JsonElement view) => view.GetProperty("status").GetString() is "completed" or "failed";
        until ??= Finished;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var view = JsonDocument.Parse(await client.GetStringAsync(location)).RootElement;
            if (until(view) || Finished(view)) return view;
            await Task.Delay(100);
        }
        throw new TimeoutException("import did not get there");
    }
}
