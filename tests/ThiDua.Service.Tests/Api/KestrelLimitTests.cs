using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThiDua.Service.Tests.Api;

/// <summary>On the real server (Kestrel), a body far over the limit is answered with 413 problem details, not a connection reset.</summary>
public class KestrelLimitTests
{
    [Fact]
    public async Task Huge_body_gets_413_problem_details_from_kestrel()
    {
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(b => b.UseSetting("Upload:MaxBytes", (256 * 1024).ToString(CultureInfo.InvariantCulture)).UseSetting("urls", "http://127.0.0.1:0"));
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/api/plans/check", Upload.Form(new byte[8 * 1024 * 1024]));
        await ProblemAssert.IsProblem(response, 413, "TooLarge");
    }
}
