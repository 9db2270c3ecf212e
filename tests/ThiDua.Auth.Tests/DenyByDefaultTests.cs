using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Auth.Tests;

/// <summary>
/// Deny by default, in Entra ID mode against the stand-in identity provider: every operation the service maps answers an
/// anonymous caller 401, except the three that are public by name; a refused token is told nothing about why.
/// </summary>
public class DenyByDefaultTests(SecuredApiFixture fixture) : IClassFixture<SecuredApiFixture>
{
    /// <summary>The operations open to anyone: how the pane signs in, the liveness probe, the dashboard page's address.</summary>
    private static readonly HashSet<string> Anonymous = ["GET /api/pane/config", "GET /health", "GET /dashboard"];

    [Fact]
    public async Task Every_mapped_operation_but_the_named_ones_is_401_without_a_token()
    {
        var operations = fixture.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct().ToList();
        Assert.True(operations.Count >= 25, string.Join("\n", operations));
        Assert.Contains(operations, o => o is { Method: "POST", Pattern: "/api/sections/{id}/render" });

        using var anonymous = fixture.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var (method, pattern) in operations)
        {
            var name = $"{method} {Concrete(pattern)}";
            using var request = new HttpRequestMessage(new HttpMethod(method), Concrete(pattern));
            if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await anonymous.SendAsync(request);
            var expected = Anonymous.Contains($"{method} {pattern}") ? response.StatusCode != HttpStatusCode.Unauthorized : response.StatusCode == HttpStatusCode.Unauthorized;
            if (!expected) failures.Add($"{name} → {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/api/khong-co")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/swagger/index.html")]
    public async Task An_address_no_operation_names_is_401_too(string path)
    {
        using var anonymous = fixture.As(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_refused_token_gets_a_bare_bearer_challenge_and_a_vietnamese_problem()
    {
        var expired = fixture.Oidc.Token(SecuredApiFixture.Admin, d =>
        {
            d.IssuedAt = DateTime.UtcNow.AddHours(-3);
            d.NotBefore = DateTime.UtcNow.AddHours(-3);
            d.Expires = DateTime.UtcNow.AddHours(-2);
        });
        using var client = fixture.Api.ClientWith(expired);
        var response = await client.GetAsync("/api/plans");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Cần đăng nhập", body);
        Assert.DoesNotContain("expired", body, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A request path for a route pattern: integer ids 1, GUIDs a new one, other parameters a word.</summary>
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:(\w+))?\}", m => m.Groups[3].Value switch
        {
            "int" => "1",
            "guid" => Guid.NewGuid().ToString(),
            _ => m.Groups[1].Value == "documentName" ? "v1" : "x",
        });
}
