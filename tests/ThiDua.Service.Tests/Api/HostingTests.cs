using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Service.Tests.Api;

/// <summary>The OpenAPI document, the API reference UI (NSwag), the health endpoint and the hosted pane.</summary>
public class HostingTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Openapi_document_describes_the_plan_endpoints_in_vietnamese()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(200, (int)response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("kế hoạch thi đua", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");
        foreach (var (path, operationId) in new[] { ("/api/plans/check", "CheckPlan"), ("/api/plans/fix", "FixPlan"), ("/api/plans/extract", "ExtractPlan") })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.Equal(operationId, post.GetProperty("operationId").GetString());
            Assert.Contains("kế hoạch", post.GetProperty("description").GetString());
            Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
            var responses = post.GetProperty("responses");
            foreach (var status in new[] { "200", "400", "413", "415", "422" }) Assert.True(responses.TryGetProperty(status, out _), $"{path} {status}");
            Assert.True(responses.GetProperty("422").GetProperty("content").TryGetProperty("application/problem+json", out _));
        }
        Assert.True(paths.GetProperty("/api/plans/fix").GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content")
            .TryGetProperty("application/vnd.openxmlformats-officedocument.wordprocessingml.document", out _));
        Assert.Equal("Kiểm tra thể thức kế hoạch", paths.GetProperty("/api/plans/check").GetProperty("post").GetProperty("summary").GetString());
        var severity = document.GetProperty("components").GetProperty("schemas").GetProperty("Severity");
        Assert.Equal(["info", "warning", "error"], severity.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Api_reference_ui_of_nswag_is_served_and_points_at_the_document()
    {
        using var client = factory.CreateClient();
        var page = await client.GetAsync("/swagger/index.html");
        Assert.Equal(200, (int)page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("swagger-ui", html);
        Assert.Contains("/openapi/v1.json", html);
        Assert.Equal(200, (int)(await client.GetAsync("/swagger")).StatusCode);
    }

    [Fact]
    public async Task Outside_Development_the_document_and_the_ui_are_off_unless_enabled()
    {
        using var staging = factory.WithWebHostBuilder(b => b.UseEnvironment("Staging").UseSetting("Authentication:Mode", "EntraId")
            .UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/").UseSetting("AzureAd:TenantId", Guid.NewGuid().ToString())
            .UseSetting("AzureAd:ClientId", Guid.NewGuid().ToString()));
        Assert.False(ThiDua.Service.Infrastructure.ApiDocument.Enabled(staging.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            staging.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>()));
        using var client = staging.CreateClient();
        // Off, the addresses name nothing: an anonymous caller meets the sign-in like everywhere else.
        Assert.Equal(401, (int)(await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(401, (int)(await client.GetAsync("/swagger/index.html")).StatusCode);
        using var enabled = staging.WithWebHostBuilder(b => b.UseSetting("ApiReference:Enabled", "true"));
        using var member = enabled.CreateClient();
        Assert.Equal(401, (int)(await member.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_answers_healthy()
    {
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task Built_pane_is_served_from_the_configured_root()
    {
        var root = Directory.CreateTempSubdirectory("thidua-pane-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "taskpane.html"), "<!doctype html><title>Kiểm tra kế hoạch</title>");
            Directory.CreateDirectory(Path.Combine(root.FullName, "assets"));
            await File.WriteAllTextAsync(Path.Combine(root.FullName, "assets", "pane.js"), "console.log('pane')");
            using var withPane = factory.WithWebHostBuilder(b => b.UseSetting("Pane:Root", root.FullName));
            using var client = withPane.CreateClient();

            var home = await client.GetAsync("/");
            Assert.Equal(200, (int)home.StatusCode);
            Assert.Contains("Kiểm tra kế hoạch", await home.Content.ReadAsStringAsync());
            Assert.Equal("no-cache", home.Headers.CacheControl?.ToString());
            var script = await client.GetAsync("/assets/pane.js");
            Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (int)(await client.GetAsync("/commands.html")).StatusCode);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
