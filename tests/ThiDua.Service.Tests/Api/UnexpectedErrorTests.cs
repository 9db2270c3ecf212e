using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Service.Tests.Api;

/// <summary>A bug (not bad input) still answers problem details: 500, Vietnamese, no stack trace, no exception text.</summary>
public class UnexpectedErrorTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Secret = "connection string password=hunter2";

    [Fact]
    public async Task Unhandled_exception_is_a_500_problem_without_internals()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingEndpoint>()));
        using var client = failing.CreateClient();
        var response = await client.GetAsync("/test/boom");
        var problem = await ProblemAssert.IsProblem(response, 500, "ServerError");
        Assert.DoesNotContain("hunter2", problem.GetRawText());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    /// <summary>Adds, after the service's own pipeline, a request path that throws.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/boom", branch => branch.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}
