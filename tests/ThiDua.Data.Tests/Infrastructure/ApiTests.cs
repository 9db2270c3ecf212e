using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThiDua.Data.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP tests: the real service (<c>WebApplicationFactory&lt;Program&gt;</c>) on the test's own database of kind
/// <typeparamref name="TDatabase"/>.
/// </summary>
public abstract class ApiTests<TDatabase> : DatabaseTests<TDatabase>, IAsyncLifetime where TDatabase : TestDatabase, new()
{
    /// <summary>The API's JSON conventions (camelCase, enums as camelCase strings).</summary>
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private WebApplicationFactory<Program>? factory;

    /// <summary>A client of the service.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <inheritdoc />
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Database:Provider", Database.Options.Provider);
            host.UseSetting("Database:ConnectionString", Database.Options.ConnectionString);
            host.UseSetting("Database:DataFolder", Database.Options.DataFolder);
            host.UseSetting("Engine:WarmUp", "false"); // a host per test: the warm-up is measured by tests/bench/warm-start.sh
        });
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <inheritdoc />
    async Task IAsyncLifetime.DisposeAsync()
    {
        Client?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        await DisposeAsync();
    }

    /// <summary>POSTs <paramref name="file"/> (a corpus .docx or any bytes) to <c>/api/plans/submit</c> as multipart.</summary>
    protected Task<HttpResponseMessage> SubmitFileAsync(byte[] file, string name, int? unitId = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        if (unitId is { } id) form.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "unitId");
        return Client.PostAsync("/api/plans/submit", form);
    }

    /// <summary>Reads a JSON response body.</summary>
    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;
}
