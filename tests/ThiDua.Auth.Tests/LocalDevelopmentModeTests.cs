using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThiDua.Auth.Tests;

/// <summary>The anonymous local-development mode: on in Development, refused in every other environment.</summary>
public class LocalDevelopmentModeTests
{
    private static WebApplicationFactory<Program> Service(string environment, string? mode) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Database:DataFolder", Path.Combine(Path.GetTempPath(), "thidua-auth-local-" + Guid.NewGuid().ToString("N")));
            if (mode is not null) b.UseSetting("Authentication:Mode", mode);
        });

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("production")]
    [InlineData("Test")]
    public void LocalDevelopment_outside_Development_refuses_to_start_with_a_clear_message(string environment)
    {
        using var service = Service(environment, "LocalDevelopment");
        var error = Assert.Throws<InvalidOperationException>(() => service.CreateClient());
        Assert.Contains("LocalDevelopment", error.Message);
        Assert.Contains(environment, error.Message);
    }

    [Fact]
    public void Production_without_an_Entra_registration_refuses_to_start()
    {
        using var service = Service("Production", null);
        var error = Assert.Throws<InvalidOperationException>(() => service.CreateClient());
        Assert.Contains("AzureAd:ClientId", error.Message);
    }

    [Fact]
    public void An_unknown_mode_refuses_to_start()
    {
        using var service = Service("Development", "Anonymous");
        Assert.Throws<InvalidOperationException>(() => service.CreateClient());
    }

    [Fact]
    public async Task Development_defaults_to_local_development_and_needs_no_token()
    {
        using var service = Service("Development", null);
        using var client = service.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/plans")).StatusCode);
        var me = await client.GetStringAsync("/api/me");
        Assert.Contains("\"localDevelopment\":true", me);
    }
}
