using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDua.Service.Tests.Cli;

namespace ThiDua.Service.Tests.Api;

/// <summary>
/// The one submission route, <c>POST /api/plans/submit</c>: a form with the .docx and, when the officer reviewed it, the
/// extraction as JSON (what the generated clients send), or the extraction as a JSON body (scripts), as the OpenAPI
/// document describes it and as it behaves, each test on a database of its own.
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

    /// <summary>The reviewed extraction as the generated clients send it: the JSON in the <c>extraction</c> field, the .docx as <c>file</c>.</summary>
    private static MultipartFormDataContent ReviewedForm(JsonObject body, byte[]? docx)
    {
        var form = new MultipartFormDataContent();
        var extraction = body.DeepClone().AsObject();
        extraction.Remove("docx");
        form.Add(new StringContent(extraction.ToJsonString()), "extraction");
        if (docx is not null) form.Add(new ByteArrayContent(docx), "file", TriYen);
        return form;
    }

    [Fact]
    public async Task The_document_gives_submit_one_form_every_generated_client_can_send()
    {
        using var client = Client();
        var content = await RequestBodyAsync(client, "/api/plans/submit");

        Assert.Equal(["multipart/form-data"], content.AsObject().Select(c => c.Key));
        var form = content["multipart/form-data"]!["schema"]!;
        Assert.Equal("object", form["type"]!.GetValue<string>());
        Assert.Null(form["required"]);
        Assert.Equal(["extraction", "file", "unitId"], form["properties"]!.AsObject().Select(p => p.Key).Order());
        // Every field optional and nullable: NSwag's clients throw for a non-nullable optional field left out.
        foreach (var (name, field) in form["properties"]!.AsObject())
            Assert.True(field!["type"]!.AsArray().Any(t => t!.GetValue<string>() == "null"), name);
        Assert.Equal("binary", form["properties"]!["file"]!["format"]!.GetValue<string>());
        Assert.Equal("application/json", form["properties"]!["extraction"]!["contentMediaType"]!.GetValue<string>());
        // The JSON body (the field's content, and the whole body as application/json) is the SubmissionRequest schema.
        Assert.Equal("#/components/schemas/SubmissionRequest", form["properties"]!["extraction"]!["contentSchema"]!["$ref"]!.GetValue<string>());
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        Assert.NotNull(document["components"]!["schemas"]!["SubmissionRequest"]);
        Assert.Null(document["paths"]!["/api/plans/submit/reviewed"]);
    }

    [Fact]
    public async Task A_reviewed_extraction_is_stored_with_its_corrections_and_file_and_the_json_body_is_the_same_content()
    {
        using var client = Client();
        var docx = await File.ReadAllBytesAsync(Corpus.File(TriYen));
        var body = Reviewed(await ExtractAsync(client, docx), docx);
        var production = body["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == "nong-nghiep.san-luong-lua")!;
        production["value"] = 5400;
        production["valueAsWritten"] = "5.400";

        var stored = await client.PostAsync("/api/plans/submit", ReviewedForm(body, docx));
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

        // The same extraction as a JSON body (the .docx in base64) is the same content: nothing new is stored.
        var again = await PostJsonAsync(client, "/api/plans/submit", body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var unchanged = (await again.Content.ReadFromJsonAsync<JsonObject>(Web))!;
        Assert.Equal(("unchanged", result["versionId"]!.GetValue<int>()), (unchanged["outcome"]!.GetValue<string>(), unchanged["versionId"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Submit_still_takes_the_docx_form_the_cli_sends()
    {
        using var client = Client();
        var response = await client.PostAsync("/api/plans/submit", Upload.Form(await File.ReadAllBytesAsync(Corpus.File(TriYen)), TriYen));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>(Web))!;
        Assert.Equal("stored", result["outcome"]!.GetValue<string>());
        Assert.True(result["kpiCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_form_without_a_file_or_an_extraction_or_a_body_of_another_kind_gets_its_problem()
    {
        using var client = Client();
        var empty = new MultipartFormDataContent { { new StringContent("7"), "unitId" } };
        await ProblemAssert.IsProblem(await client.PostAsync("/api/plans/submit", empty), 400, "Missing");
        await ProblemAssert.IsProblem(await client.PostAsync("/api/plans/submit", new StringContent("x", Encoding.UTF8, "text/plain")), 415, "UnsupportedMediaType");
        await ProblemAssert.IsProblem(await client.PostAsync("/api/plans/submit/reviewed", new StringContent("{}", Encoding.UTF8, "application/json")), 404, "NotFound");
    }

    [Fact]
    public async Task A_reviewed_form_attaches_only_a_docx_that_passes_the_package_guard()
    {
        using var client = Client();
        var docx = await File.ReadAllBytesAsync(Corpus.File(TriYen));
        var body = Reviewed(await ExtractAsync(client, docx), null);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

        await ProblemAssert.IsProblem(await client.PostAsync("/api/plans/submit", ReviewedForm(body, png)), 415, "NotDocx");
        var withoutFile = await client.PostAsync("/api/plans/submit", ReviewedForm(body, null));
        Assert.True(withoutFile.StatusCode == HttpStatusCode.Created, await withoutFile.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"file\": \"a.docx\", \"plan\": ", "InvalidJson")]
    [InlineData("{\"file\": \"a.docx\", \"kpis\": []}", "InvalidJson")]
    [InlineData("{\"plan\": {\"issuer\": \"UBND XÃ TRÍ YÊN\", \"year\": 2024}, \"kpis\": [], \"docx\": \"không phải base64\"}", "InvalidJson")]
    [InlineData("{\"plan\": {\"issuer\": \"UBND XÃ TRÍ YÊN\"}, \"kpis\": []}", "SubmissionRejected")]
    [InlineData("{\"plan\": {\"issuer\": \"UBND XÃ TRÍ YÊN\", \"year\": 2024}, \"kpis\": [{\"label\": \"Sản lượng\", \"comparator\": \"≈\", \"value\": 1}]}", "SubmissionRejected")]
    public async Task Bad_json_as_the_body_or_the_extraction_field_gets_its_problem(string json, string error)
    {
        using var client = Client();
        var response = await client.PostAsync("/api/plans/submit", new StringContent(json, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(response, error == "InvalidJson" ? 400 : 422, error);

        var form = new MultipartFormDataContent { { new StringContent(json), "extraction" } };
        await ProblemAssert.IsProblem(await client.PostAsync("/api/plans/submit", form), error == "InvalidJson" ? 400 : 422, error);
    }
}
