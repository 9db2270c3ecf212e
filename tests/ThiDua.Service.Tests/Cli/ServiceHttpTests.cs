using System.Net;
using System.Text;
using ThiDua.Cli.Service;
using Step = ThiDua.Service.Tests.Cli.ScriptedService.Step;

namespace ThiDua.Service.Tests.Cli;

/// <summary>
/// The CLI's HTTP client (<see cref="ServiceHttp"/>) against a real HTTP server scripted to throttle, fail, drop connections and
/// restart: how many calls reach it and how far apart. Waits are real and short (<c>Retry-After</c> of 0–2 s); the only timing
/// asserted is that no retry comes sooner than <c>Retry-After</c> asked (50 ms allowed for the two clocks' granularity).
/// </summary>
public sealed class ServiceHttpTests : IAsyncLifetime
{
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(50);
    private ScriptedService service = null!;
    private readonly List<HttpStatusCode?> retries = [];

    public async Task InitializeAsync() => service = await ScriptedService.StartAsync();

    public async Task DisposeAsync() => await service.DisposeAsync();

    private HttpClient Client(Action<HttpStatusCode?>? more = null) => ServiceHttp.Create(service.Address, "abc.def.ghi", status =>
    {
        lock (retries) retries.Add(status);
        more?.Invoke(status);
    });

    private static void AssertSpacedAtLeast(IReadOnlyList<ScriptedService.Arrival> calls, params double[] seconds)
    {
        for (var k = 0; k < seconds.Length; k++)
        {
            var gap = calls[k + 1].At - calls[k].At;
            Assert.True(gap >= TimeSpan.FromSeconds(seconds[k]) - ClockSlack, $"call {k + 2} came {gap.TotalMilliseconds:0} ms after call {k + 1}; Retry-After asked {seconds[k]} s");
        }
    }

    [Fact]
    public async Task A_read_answered_429_with_Retry_After_2_is_tried_again_no_sooner_and_then_succeeds()
    {
        service.On("GET", "/api/imports/1", new Step(429, "2"), new Step(200, Body: "{}"));
        using var http = Client();

        using var response = await http.GetAsync("api/imports/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = service.Calls("GET", "/api/imports/1");
        Assert.Equal(2, calls.Count);
        AssertSpacedAtLeast(calls, 2);
        Assert.Equal([HttpStatusCode.TooManyRequests], retries);
    }

    [Fact]
    public async Task A_read_failing_for_good_is_tried_exactly_ReadRetries_more_times_then_its_last_answer_is_returned()
    {
        service.On("GET", "/api/imports/1", new Step(503, "0"));
        using var http = Client();

        using var response = await http.GetAsync("api/imports/1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1 + ServiceHttp.ReadRetries, service.Calls("GET", "/api/imports/1").Count);
        Assert.Equal(ServiceHttp.ReadRetries, retries.Count);
    }

    [Fact]
    public async Task A_read_whose_connection_is_dropped_mid_request_and_a_504_are_tried_again()
    {
        service.On("GET", "/api/imports/1", Step.Drop, new Step(504, "0"), new Step(200, Body: "{}"));
        using var http = Client();

        using var response = await http.GetAsync("api/imports/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, service.Calls("GET", "/api/imports/1").Count);
        Assert.Equal([null, HttpStatusCode.GatewayTimeout], retries);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_longest_wait_is_not_waited_the_answer_is_returned()
    {
        service.On("GET", "/api/imports/1", new Step(503, "3600"), new Step(200, Body: "{}"));
        using var http = Client();

        using var response = await http.GetAsync("api/imports/1");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(service.Calls("GET", "/api/imports/1"));
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_send_refused_by_429_then_503_before_being_read_is_sent_again_whole_after_each_Retry_After()
    {
        service.On("POST", "/api/plans/submit/batch", new Step(429, "1"), new Step(503, "1"), new Step(200, Body: "{}"));
        using var http = Client();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(new string('x', 100_000))), "file", "kế hoạch.docx" } };

        using var response = await http.PostAsync("api/plans/submit/batch", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = service.Calls("POST", "/api/plans/submit/batch");
        Assert.Equal(3, calls.Count);
        AssertSpacedAtLeast(calls, 1, 1);
        Assert.All(calls, c => Assert.Equal(calls[0].Body, c.Body));
        Assert.Contains(new string('x', 100_000), calls[2].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_send_the_service_may_have_acted_on_is_not_sent_again(int status)
    {
        service.On("POST", "/api/imports", new Step(status, "0"), new Step(202, Body: "{}"));
        using var http = Client();

        using var response = await http.PostAsync("api/imports", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Single(service.Calls("POST", "/api/imports"));
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_send_whose_connection_is_dropped_after_sending_is_not_sent_again()
    {
        service.On("POST", "/api/imports", Step.Drop, new Step(202, Body: "{}"));
        using var http = Client();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync("api/imports", new StringContent("{}", Encoding.UTF8, "application/json")));

        Assert.Single(service.Calls("POST", "/api/imports"));
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_service_that_never_answered_is_not_waited_for()
    {
        await service.StopAsync();
        using var http = Client();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("api/imports/1"));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Empty(retries);
    }

    [Fact]
    public async Task A_service_that_answered_and_then_restarts_is_waited_for_reads_and_sends_alike()
    {
        service.On("GET", "/api/imports/1", new Step(200, Body: "{}"));
        service.On("POST", "/api/imports", new Step(202, Body: "{}"));
        Task? restart = null;
        // The service comes back when the client first finds it gone: no race with the client's waits.
        using var http = Client(status => restart ??= status is null ? service.RestartAsync() : null);
        (await http.GetAsync("api/imports/1")).Dispose();
        await service.StopAsync();

        using var read = await http.GetAsync("api/imports/1");
        await restart!;
        restart = null;
        await service.StopAsync();
        using var send = await http.PostAsync("api/imports", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, send.StatusCode);
        Assert.Equal(2, service.Calls("GET", "/api/imports/1").Count);
        Assert.Single(service.Calls("POST", "/api/imports"));
        Assert.Equal(2, retries.Count(r => r is null));
    }
}
