using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDua.Docx.Tests.Package.Samples;
using ThiDua.Service.Tests.Cli;

namespace ThiDua.Service.Tests.Api;

/// <summary>
/// The two submission routes: <c>POST /api/plans/submit</c> (a .docx form or an extraction as JSON) and
/// <c>POST /api/plans/submit/reviewed</c> (JSON only, what the pane's generated client calls), as the OpenAPI document
/// describes them and as they behave, each test on a database of its own.
/// </summary>
public sealed class SubmissionRouteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private const string TriYen = "tri-yen-2024.docx";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly TempFolder data = new();
    private WebApplicationFactory<Program>? service;

    /// <summary>A client of the service on this test's own SQLite database.</summary>
    private HttpClient Client()
    {
        service ??= factory.WithWebHostBuilder(b => b.UseSetting("Database:DataFolder", data.Path));
        return service.CreateClient();
    }

    public void Dispose()
    {
        service?.Dispose();
        data.Dispose();
    }

    private static async Task<JsonNode> RequestBodyAsync(HttpClient client, string path)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        return document["paths"]![path]!["post"]!["requestBody"]!["content"]!;
    }

    /// <summary>The extraction of the corpus plan, as the pane holds it after <c>POST /api/plans/extract</c>.</summary>
    private static async Task<JsonObject> ExtractAsync(HttpClient client, byte[] docx)
    {
        var response = await client.PostAsync("/api/plans/extract", Upload.Form(docx, TriYen));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static JsonObject Reviewed(JsonObject report, byte[]? docx) => new()
    {
        ["file"] = report["file"]!.DeepClone(),
        ["plan"] = report["plan"]!.DeepClone(),
        ["kpis"] = report["kpis"]!.DeepClone(),
        ["docx"] = docx is null ? null : Convert.ToBase64String(docx),
    };

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, JsonNode body) =>
        client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    [Fact]
    public async Task The_document_gives_the_form_of_submit_its_own_fields_and_its_json_the_request_schema()
    {
        using var client = Client();
        var content = await RequestBodyAsync(client, "/api/plans/submit");

        Assert.Equal(["application/json", "multipart/form-data"], content.AsObject().Select(c => c.Key).Order());
        Assert.Equal("#/components/schemas/SubmissionRequest", content["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        var form = content["multipart/form-data"]!["schema"]!;
        Assert.Null(form["$ref"]);
        Assert.Equal("object", form["type"]!.GetValue<string>());
        Assert.Equal(["file"], form["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["file", "unitId"], form["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(("string", "binary"), (form["properties"]!["file"]!["type"]!.GetValue<string>(), form["properties"]!["file"]!["format"]!.GetValue<string>()));
        Assert.Equal(("integer", "int32"), (form["properties"]!["unitId"]!["type"]!.GetValue<string>(), form["properties"]!["unitId"]!["format"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_document_gives_the_reviewed_route_one_content_type_so_a_generated_client_can_call_it()
    {
        using var client = Client();
        var content = await RequestBodyAsync(client, "/api/plans/submit/reviewed");

        Assert.Equal(["application/json"], content.AsObject().Select(c => c.Key));
        Assert.Equal("#/components/schemas/SubmissionRequest", content["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reviewed_extraction_is_stored_with_its_corrections_and_file_and_either_route_knows_it_afterwards()
    {
        using var client = Client();
        var docx = await File.ReadAllBytesAsync(CorpusPaths.PathOf(TriYen));
        var body = Reviewed(await ExtractAsync(client, docx), docx);
        var production = body["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == "nong-nghiep.san-luong-lua")!;
        production["value"] = 5400;
        production["valueAsWritten"] = "5.400";

        var stored = await PostJsonAsync(client, "/api/plans/submit/reviewed", body);
        Assert.True(stored.StatusCode == HttpStatusCode.Created, await stored.Content.ReadAsStringAsync());
        var result = (await stored.Content.ReadFromJsonAsync<JsonObject>(Web))!;
        Assert.Equal(("stored", 1), (result["outcome"]!.GetValue<string>(), result["version"]!.GetValue<int>()));
        Assert.Equal(body["kpis"]!.AsArray().Count, result["kpiCount"]!.GetValue<int>());
        var planId = result["planId"]!.GetValue<int>();
        Assert.Equal($"/api/plans/{planId}", stored.Headers.Location?.OriginalString);

        var detail = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{planId}"))!;
        Assert.Equal(5400m, detail["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == "nong-nghiep.san-luong-lua")!["value"]!.GetValue<decimal>());
        Assert.Equal(docx, await client.GetByteArrayAsync($"/api/plans/{planId}/file"));
        var listed = JsonNode.Parse(await client.GetStringAsync("/api/plans?year=2024"))!;
        Assert.Contains(listed["items"]!.AsArray(), p => p!["id"]!.GetValue<int>() == planId);

        // The same JSON through the two-content-type route is the same content: nothing new is stored.
        var again = await PostJsonAsync(client, "/api/plans/submit", body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var unchanged = (await again.Content.ReadFromJsonAsync<JsonObject>(Web))!;
        Assert.Equal(("unchanged", result["versionId"]!.GetValue<int>()), (unchanged["outcome"]!.GetValue<string>(), unchanged["versionId"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Submit_still_takes_the_docx_form_the_cli_sends()
    {
        using var client = Client();
        var response = await client.PostAsync("/api/plans/submit", Upload.Form(await File.ReadAllBytesAsync(CorpusPaths.PathOf(TriYen)), TriYen));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>(Web))!;
        Assert.Equal("stored", result["outcome"]!.GetValue<string>());
        Assert.True(result["kpiCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task The_reviewed_route_refuses_a_form_with_a_415_problem()
    {
        using var client = Client();
        var response = await client.PostAsync("/api/plans/submit/reviewed", Upload.Form(SamplePackages.ValidDocx()));

        await ProblemAssert.IsProblem(response, 415, "UnsupportedMediaType");
    }

    [Theory]
    [InlineData("{\"file\": \"a.docx\", \"plan\": ", "InvalidJson")]
    [InlineData("{\"file\": \"a.docx\", \"kpis\": []}", "InvalidJson")]
    [InlineData("{\"plan\": {\"issuer\": \"UBND XÃ TRÍ YÊN\", \"year\": 2024}, \"kpis\": [], \"docx\": \"không phải base64\"}", "InvalidJson")]
    [InlineData("{\"plan\": {\"issuer\": \"UBND XÃ TRÍ YÊN\"}, \"kpis\": []}", "SubmissionRejected")]
    [InlineData("{\"plan\": {\"issuer\": \"UBND XÃ TRÍ YÊN\", \"year\": 2024}, \"kpis\": [{\"label\": \"Sản lượng\", \"comparator\": \"≈\", \"value\": 1}]}", "SubmissionRejected")]
    public async Task Bad_json_on_the_reviewed_route_gets_its_problem(string json, string error)
    {
        using var client = Client();
        var response = await client.PostAsync("/api/plans/submit/reviewed", new StringContent(json, Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblem(response, error == "InvalidJson" ? 400 : 422, error);
    }
}
