using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using ThiDua.Docx.Tests.Package.Samples;
using Xunit.Abstractions;

namespace ThiDua.Service.Tests.Hostile;

/// <summary>
/// Request attacks on the real server, one by one: each gets its 4xx problem well within a time bound, and the service
/// answers its liveness probe and checks a real plan afterwards. The time bound here only catches a hang or work that grows
/// with the attack; how fast each is answered is written to the test output (status and milliseconds per attack).
/// </summary>
public sealed class HostileRequestTests(HostileService service, ITestOutputHelper output) : IClassFixture<HostileService>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    /// <summary>An attack: who sends it, what, and the statuses that are a right answer.</summary>
    private sealed record Attack(string? As, Func<HostileService, HttpRequestMessage> Request, params int[] Expected);

    private static HttpRequestMessage Post(string path, HttpContent content) => new(HttpMethod.Post, path) { Content = content };
    private static HttpRequestMessage Put(string path, HttpContent content) => new(HttpMethod.Put, path) { Content = content };
    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static readonly Dictionary<string, Attack> Attacks = new()
    {
        // Cut off, oversized, malformed.
        ["multipart cut off inside the file, /api/plans/submit"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.TruncatedForm(SamplePackages.ValidDocx(200))), 400),
        ["multipart cut off inside a file, /api/plans/submit/batch"] = new(HostileService.Officer, _ => Post("api/plans/submit/batch", HostileBodies.TruncatedForm(SamplePackages.ValidDocx(200))), 400),
        ["multipart cut off inside the file, /api/plans/check"] = new(HostileService.Officer, _ => Post("api/plans/check", HostileBodies.TruncatedForm(SamplePackages.ValidDocx(200))), 400),
        ["multipart cut off inside the file, /api/plans/tag"] = new(HostileService.Officer, _ => Post("api/plans/tag", HostileBodies.TruncatedForm(SamplePackages.ValidDocx(200))), 400),
        ["multipart without a boundary"] = new(HostileService.Officer, _ => Post("api/plans/submit", new StringContent("--x\r\n", Encoding.ASCII, "multipart/form-data")), 400),
        ["JSON submission declaring 80 MB (sent whole)"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.StreamedSubmission(270_000, declareLength: true)), 413),
        ["JSON submission declaring 80 MB (Expect: 100-continue)"] = new(HostileService.Officer, _ =>
        {
            var request = Post("api/plans/submit", HostileBodies.StreamedSubmission(270_000, declareLength: true));
            request.Headers.ExpectContinue = true;
            return request;
        }, 413),
        ["JSON submission of 2,001 chỉ tiêu"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Submission(2_001)), 422),
        ["30 MB form on /api/plans/check"] = new(HostileService.Officer, _ => Post("api/plans/check", Form(new byte[30 * 1024 * 1024])), 413),
        ["2 MB JSON on /api/units"] = new(HostileService.Admin, _ => Post("api/units", HostileBodies.Json($"{{\"name\":\"{new string('a', 2 * 1024 * 1024)}\"}}")), 413),
        ["JSON cut off: {"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Json("{\"plan\":")), 400),
        ["JSON array instead of an object"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Json("[1,2,3]")), 400),
        ["JSON nested 100,000 deep in a submission"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Nested(100_000, "x")), 400),
        ["JSON nested 100,000 deep in a unit profile"] = new(HostileService.Admin, _ => Post("api/units", HostileBodies.Nested(100_000, "name")), 400),
        ["JSON nested 100,000 deep in a new plan"] = new(HostileService.Officer, _ => Post("api/plans/new", HostileBodies.Nested(100_000, "targets")), 400),
        ["bytes that are not UTF-8 as JSON"] = new(HostileService.Officer, _ => Post("api/plans/submit", Bytes([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], "application/json")), 400),
        ["unitId 1e400"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Json($"{{\"plan\":{HostileBodies.PlanJson},\"unitId\":1e400}}")), 400),
        ["attached file not base64"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Json($"{{\"plan\":{HostileBodies.PlanJson},\"docx\":\"không phải base64\"}}")), 400),
        ["a PNG as the attached .docx"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Submission(1, Convert.ToBase64String(HostileBodies.Png))), 415),
        ["a .docm as the attached .docx"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Submission(1, Convert.ToBase64String(SamplePackages.Docm()))), 415),
        ["a zip bomb as the attached .docx"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Submission(1, Convert.ToBase64String(SamplePackages.ZipBomb(201L * 1024 * 1024)))), 422),
        ["an attached .docx over the file limit (21 MB)"] = new(HostileService.Officer, _ => Post("api/plans/submit", HostileBodies.Submission(1, Convert.ToBase64String(new byte[21 * 1024 * 1024]))), 413),
        ["a URL of 100,000 characters"] = new(HostileService.Officer, _ => Get("api/plans?year=" + new string('9', 100_000)), 414, 400),
        // Path names.
        ["an encoded ../ in the path"] = new(HostileService.Officer, _ => Get("api/plans/..%2F..%2F..%2Fetc%2Fpasswd"), 404, 400),
        // Forged claims, look-alikes, other units.
        ["no token on /api/plans/tag"] = new(null, _ => Post("api/plans/tag", Form(SamplePackages.ValidDocx())), 401),
        ["a token signed with alg none"] = new(null, _ =>
        {
            var request = Get("api/plans");
            request.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJvaWQiOiJ4IiwidGlkIjoieSIsInNjcCI6ImFjY2Vzc19hc191c2VyIn0.");
            return request;
        }, 401),
        ["a stranger's token claiming thidua/role Admin"] = new("forged-admin", _ => Get("api/units"), 403),
        ["a token with the administrator's UPN but another object id"] = new("lookalike-admin", _ => Get("api/units"), 403),
        ["another unit's id on a submission"] = new(HostileService.Officer, s => Post("api/plans/submit", HostileBodies.Json($"{{\"plan\":{HostileBodies.PlanJson},\"unitId\":{s.TienPhong}}}")), 403),
        ["another unit's id on a new plan"] = new(HostileService.Officer, s => Post("api/plans/new", JsonContent.Create(new { unitId = s.TienPhong, year = 2025, subject = "x" })), 403),
        ["another unit's profile"] = new(HostileService.Officer, s => Get($"api/units/{s.TienPhong}"), 403),
        ["an officer moving their unit to another district"] = new(HostileService.Officer, s => Put($"api/units/{s.TriYen}", JsonContent.Create(new { name = "Ủy ban nhân dân xã Trí Yên", district = "Đắk Hà" })), 403),
    };

    public static TheoryData<string> Names => new(Attacks.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_attack_gets_its_4xx_in_bounded_time_and_the_service_lives_on(string name)
    {
        var attack = Attacks[name];
        using var client = attack.As switch
        {
            null => service.As(null),
            "forged-admin" => service.As(HostileService.Stranger, d => d.Claims["thidua/role"] = "Admin"),
            "lookalike-admin" => service.As(HostileService.Admin, d => d.Claims["oid"] = Guid.NewGuid().ToString()),
            var upn => service.As(upn),
        };
        using var request = attack.Request(service);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        output.WriteLine($"{name} → {(int)response.StatusCode} in {clock.ElapsedMilliseconds} ms");

        Assert.True(attack.Expected.Contains((int)response.StatusCode), $"{name}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
        Assert.True(clock.Elapsed < Bound, $"{name}: {clock.ElapsedMilliseconds} ms");
        if (body.Length > 0)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("Exception", body);
        }
        await AssertAliveAsync();
    }

    [Theory]
    [InlineData("api/plans/submit")]
    public async Task A_chunked_submission_of_two_million_chi_tieu_is_refused_at_the_limit_while_it_is_still_being_sent(string path)
    {
        // 600 MB written as it goes, the answer read as it comes (as curl does): the service stops at chỉ tiêu 2,001.
        var (status, elapsed, sent) = await RawHttp.PostChunkedAsync(service.Address, path, service.Oidc.Token(HostileService.Officer),
            HostileBodies.StreamedSubmission(2_000_000, declareLength: false));
        output.WriteLine($"chunked 2,000,000 chỉ tiêu on {path} → {status} in {elapsed.TotalMilliseconds:0} ms after {sent / (1024 * 1024)} MB");
        Assert.Equal(422, status);
        Assert.True(sent < 100L * 1024 * 1024, $"{sent} bytes were taken before the answer");
        Assert.True(elapsed < Bound, $"{elapsed}");
        await AssertAliveAsync();
    }

    [Fact]
    public async Task A_client_that_stops_sending_midway_leaves_the_service_alive()
    {
        using (var socket = new System.Net.Sockets.TcpClient())
        {
            await socket.ConnectAsync(service.Address.Host, service.Address.Port);
            var stream = socket.GetStream();
            var head = $"POST /api/plans/submit HTTP/1.1\r\nHost: {service.Address.Authority}\r\nContent-Type: application/json\r\n" +
                       $"Authorization: Bearer {service.Oidc.Token(HostileService.Officer)}\r\nContent-Length: 10000000\r\n\r\n{{\"plan\":{HostileBodies.PlanJson},\"kpis\":[";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
            await stream.FlushAsync();
        }
        await AssertAliveAsync();
    }

    private async Task AssertAliveAsync()
    {
        using var client = service.As(HostileService.Officer);
        using var health = await client.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var check = await client.PostAsync("api/plans/check", Form(File.ReadAllBytes(Corpus.File("tri-yen-2024.docx"))));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
    }

    private static MultipartFormDataContent Form(byte[] bytes) => Api.Upload.Form(bytes);

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(contentType);
        return content;
    }
}
