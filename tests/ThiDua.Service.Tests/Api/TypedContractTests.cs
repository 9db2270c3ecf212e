using System.IO.Pipelines;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Service.Tests.Api;

/// <summary>
/// Every endpoint of the API states its requests and answers in types (issue 18 item 1): handlers take typed parameters
/// and bodies, never the raw request, a form or the service provider; the OpenAPI document gives integers as integers
/// and every 2xx answer a schema; JSON numbers are numbers.
/// </summary>
public partial class TypedContractTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    /// <summary>
    /// Handlers that may read the request themselves, each with the reason. Nothing else may take <see cref="HttpRequest"/>,
    /// <see cref="HttpContext"/>, a form collection, the body stream or <see cref="IServiceProvider"/>.
    /// </summary>
    private static readonly Dictionary<string, string> ReadsTheRequestItself = new()
    {
        // The profile document is checked against rule-profile.schema.json before it is read, and every problem is listed
        // with its JSON path (ranges, enums, additionalProperties, the decree's bounds); a bound RuleProfile parameter would
        // be System.Text.Json's: it stops at the first error and knows none of the schema's constraints. Read as text within
        // RuleProfileReader.MaxLength characters by the same reader the engine and the CLI use.
        ["RuleProfileEndpoints.Put"] = "JSON Schema validation listing every problem",
        // The pane's sign-in: answers with redirects and cookies, not an API body.
        ["PaneSignInEndpoints"] = "sign-in redirects",
        // Middleware, not a handler: reads an unread body to its end before a problem is answered.
        ["RequestDrain"] = "drains an unread body",
    };

    private static readonly Type[] RawRequestTypes =
        [typeof(HttpRequest), typeof(HttpContext), typeof(IFormCollection), typeof(Stream), typeof(PipeReader), typeof(IServiceProvider)];

    [Fact]
    public void No_handler_takes_the_raw_request_a_form_or_the_service_provider()
    {
        var handlers = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Select(e => (Route: e.RoutePattern.RawText!, Method: e.Metadata.GetMetadata<MethodInfo>()))
            .Where(h => h.Method is not null)
            .ToList();
        Assert.True(handlers.Count > 30, $"only {handlers.Count} API handlers found");

        var offenders = handlers
            .Where(h => h.Method!.GetParameters().Any(p => RawRequestTypes.Contains(p.ParameterType)))
            .Where(h => !ReadsTheRequestItself.ContainsKey($"{h.Method!.DeclaringType?.Name}.{h.Method.Name}")
                        && !ReadsTheRequestItself.ContainsKey(h.Method!.DeclaringType?.Name ?? ""))
            .Select(h => $"{h.Route}: {h.Method!.DeclaringType?.Name}.{h.Method.Name}({string.Join(", ", h.Method.GetParameters().Select(p => p.ParameterType.Name))})")
            .ToList();
        Assert.True(offenders.Count == 0, "handlers reading the request by hand:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void No_service_code_reads_a_body_or_a_query_by_hand()
    {
        var service = Path.Combine(RepositoryRoot(), "service", "ThiDua.Service");
        var offenders = Directory.EnumerateFiles(service, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(service, f), Line: i + 1, Text: line)))
            .Where(l => HandRead().IsMatch(l.Text))
            .Where(l => !ReadsTheRequestItself.Keys.Any(k => Path.GetFileNameWithoutExtension(l.File) == k.Split('.')[0]))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "bodies or queries read by hand:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_source_scan_finds_what_it_looks_for()
    {
        Assert.Matches(HandRead(), "var body = await request.ReadFromJsonAsync<ImportRequest>(cancellationToken);");
        Assert.Matches(HandRead(), "var year = context.Request.Query[\"year\"];");
        Assert.Matches(HandRead(), "var form = await request.ReadFormAsync(cancellationToken);");
        Assert.DoesNotMatch(HandRead(), "[AsParameters] KpiQuery query, UnitProfile profile");
    }

    [Fact]
    public async Task The_document_gives_integers_as_integers_and_every_success_a_schema()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        var numbersAsText = Nodes(document, "$").Where(n => n.Node is JsonObject o && o["type"] is JsonArray types
            && types.Any(t => t?.GetValue<string>() is "integer" or "number") && types.Any(t => t?.GetValue<string>() == "string"))
            .Select(n => n.Path).ToList();
        Assert.True(numbersAsText.Count == 0, "numbers that may be strings:" + Environment.NewLine + string.Join(Environment.NewLine, numbersAsText));

        var missing = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var responses = operation!["responses"]!.AsObject();
                var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (successes.Count == 0) missing.Add($"{method} {path}: no 2xx answer");
                foreach (var (status, response) in successes)
                    if (status != "204" && (response!["content"] is not JsonObject content || content.Any(c => c.Value?["schema"] is null)))
                        missing.Add($"{method} {path} {status}: no schema");
                if (operation["requestBody"]?["content"] is JsonObject body && body.Any(c => c.Value?["schema"] is null))
                    missing.Add($"{method} {path}: a request body without a schema");
            }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public async Task Exports_are_described_as_downloads()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        foreach (var path in new[] { "/api/kpis", "/api/kpis/summary", "/api/plans", "/api/plans/{id}", "/api/units", "/api/units/coverage" })
        {
            var content = document["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
            Assert.True(content.ContainsKey("application/json"), path);
            Assert.True(content.ContainsKey("text/csv; charset=utf-8"), path);
            Assert.Equal("binary", (string?)content["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]!["schema"]!["format"]);
        }
    }

    [Fact]
    public async Task A_JSON_number_sent_as_a_string_is_refused_naming_the_field()
    {
        using var client = factory.CreateClient();

        var asText = await client.PostAsync("/api/sections/previews", Json("""{"year": "2024", "subject": "thi đua"}"""));
        var problem = await ProblemAssert.IsProblem(asText, 400, "InvalidJson");
        Assert.Contains("year", problem.GetProperty("detail").GetString());

        var asNumber = await client.PostAsync("/api/sections/previews", Json("""{"year": 2024, "subject": "thi đua"}"""));
        Assert.Equal(System.Net.HttpStatusCode.OK, asNumber.StatusCode);
        Assert.Contains("2024", await asNumber.Content.ReadAsStringAsync());

        // Query values are text on the wire and still bind as integers.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/kpis?year=2024")).StatusCode);
    }

    [Fact]
    public async Task A_typed_body_that_fails_validation_is_a_Vietnamese_problem()
    {
        using var client = factory.CreateClient();
        var both = await client.PostAsJsonAsync("/api/imports", new { siteUrl = "https://ubnd.sharepoint.com/sites/noivu", oneDrive = true });
        var problem = await ProblemAssert.IsProblem(both, 400, "InvalidParameter");
        Assert.Contains("đúng một nguồn", problem.GetProperty("detail").GetString());

        await ProblemAssert.IsProblem(await client.PostAsync("/api/imports", Json("{")), 400, "InvalidJson");
        await ProblemAssert.IsProblem(await client.PostAsync("/api/units", new StringContent("name=x")), 415, "UnsupportedMediaType");
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static IEnumerable<(string Path, JsonNode? Node)> Nodes(JsonNode? node, string path)
    {
        yield return (path, node);
        if (node is JsonObject o)
            foreach (var (key, child) in o)
                foreach (var n in Nodes(child, $"{path}.{key}")) yield return n;
        else if (node is JsonArray a)
            for (var i = 0; i < a.Count; i++)
                foreach (var n in Nodes(a[i], $"{path}[{i}]")) yield return n;
    }

    /// <summary>A body or query read by hand: <c>ReadFromJsonAsync</c>, <c>ReadFormAsync</c>, <c>Request.Query</c>, <c>Request.Form</c>, <c>Request.Body</c>.</summary>
    [GeneratedRegex(@"ReadFromJsonAsync|ReadFormAsync|Request\.(Query|Form|Body)\b|request\.Body\b")]
    private static partial Regex HandRead();

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ThiDua.WordAddin.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("The repository root (ThiDua.WordAddin.sln) was not found above " + sourceFile);
    }
}
