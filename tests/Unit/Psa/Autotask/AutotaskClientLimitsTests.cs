using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Tests.Infrastructure;
using QuickpassPsa.Tests.Simulator;
using QuickpassPsa.Tests.Simulator.Autotask;

namespace QuickpassPsa.Tests.Psa.Autotask;

/// <summary>The thread cap of three per endpoint (psa-api.md B4), 429 storms and runs of 503s, cancellation.</summary>
public class AutotaskClientLimitsTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public AutotaskClientLimitsTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.SeedContacts(1200);
        _fixture.Sim.Requests.Clear();
    }

    [Fact]
    public async Task Parallel_callers_never_have_more_than_three_requests_in_flight_per_endpoint()
    {
        using var client = _fixture.Client();
        await client.ValidateAsync(CancellationToken.None); // zone known before the crowd arrives
        await _fixture.SetFaults("""{ "latencyMs": 40 }""");

        var calls = new List<Task<int>>();
        for (var i = 0; i < 10; i++)
        {
            calls.Add(i % 2 == 0
                ? client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None).ContinueWith(t => t.Result.Count)
                : client.GetCompanyAsync("174", CancellationToken.None).ContinueWith(t => t.Result == null ? -1 : 1));
        }
        var results = await Task.WhenAll(calls);

        Assert.Equal(new[] { 1200, 1, 1200, 1, 1200, 1, 1200, 1, 1200, 1 }, results);
        var peak = await _fixture.PeakConcurrency();
        Assert.InRange((int)peak["Contacts"]!, 2, 3); // they did overlap, and never beyond the cap
        Assert.InRange((int)peak["Companies"]!, 1, 3);
        Assert.DoesNotContain(_fixture.Log(), e => e.Fault == "ThreadLimit" || e.Status != 200);
        Assert.Equal(15, _fixture.ContactQueryRequests());
    }

    [Fact]
    public async Task A_429_storm_is_ridden_out_and_each_wait_is_announced()
    {
        var log = new ClientLog();
        var clock = TestClock.Immediate();
        using var client = _fixture.Client(log, clock: clock);
        await client.ValidateAsync(CancellationToken.None);
        await _fixture.SetFaults("""{ "failNextStatus": 429, "failNextCount": 3, "retryAfterSeconds": 20 }""");

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        Assert.Equal(1200, contacts.Count);
        var waits = log.Verbose.Where(l => l.Contains("waiting")).ToList();
        Assert.Equal(3, waits.Count);
        Assert.All(waits, w => Assert.Contains("HTTP 429", w));
        Assert.All(waits, w => Assert.Contains("waiting 20.0 s (Retry-After)", w));
        Assert.Equal(new[] { TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20) }, clock.Waits);
        Assert.Equal(3, _fixture.Log().Count(e => e.Status == 429));
    }

    [Fact]
    public async Task A_run_of_503s_is_ridden_out()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log);
        await client.ValidateAsync(CancellationToken.None);
        await _fixture.SetFaults("""{ "failNextStatus": 503, "failNextCount": 4 }""");

        var company = await client.GetCompanyAsync("174", CancellationToken.None);
        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        Assert.Equal("Contoso Ltd", company!.Name);
        Assert.Equal(1200, contacts.Count);
        var waits = log.Verbose.Where(l => l.Contains("waiting")).ToList();
        Assert.Equal(4, waits.Count);
        Assert.All(waits, w => Assert.Contains("HTTP 503", w));
    }

    [Fact]
    public async Task Too_many_503s_end_in_an_error_naming_the_status()
    {
        using var client = _fixture.Client(maxAttempts: 3);
        await client.ValidateAsync(CancellationToken.None);
        await _fixture.SetFaults("""{ "failNextStatus": 503, "failNextCount": 3 }""");

        var ex = await Assert.ThrowsAsync<PsaApiException>(() => client.GetCompanyAsync("174", CancellationToken.None));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(3, _fixture.Log().Count(e => e.Status == 503));
    }

    [Fact]
    public async Task Cancellation_is_honoured_while_requests_wait_for_a_thread_slot()
    {
        using var client = _fixture.Client();
        await client.ValidateAsync(CancellationToken.None);
        await _fixture.SetFaults("""{ "latencyMs": 400 }""");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        var calls = Enumerable.Range(0, 6).Select(_ => client.GetCompanyAsync("174", cts.Token)).ToArray();

        foreach (var call in calls) await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await Task.Delay(500);
        Assert.True(_fixture.Count("GET", "/Companies/174") <= 3);
    }

    // The real API's wording (psa-api.md B4): it names the "API tracking identifier" the threads are counted by.
    private const string ThreadLimitBody =
        """{"errors":["Thread Threshold Exceeded: The Autotask API thread threshold of 3 threads has been exceeded for this API tracking identifier and object endpoint. (Itgenatr005)"]}""";

    /// <summary>Answers the first <paramref name="times"/> contact queries with the thread-limit 500 (another program holds the threads); the rest go to the simulator.</summary>
    private sealed class ThreadsTaken(int times) : DelegatingHandler(new HttpClientHandler())
    {
        private int _left = times;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/Contacts/query", StringComparison.OrdinalIgnoreCase) && Interlocked.Decrement(ref _left) >= 0)
            {
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.InternalServerError)
                {
                    Content = new StringContent(ThreadLimitBody, System.Text.Encoding.UTF8, "application/json"),
                });
            }
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task A_thread_limit_answer_is_waited_out_and_retried()
    {
        var log = new ClientLog();
        using var client = _fixture.Client(log, handler: new ThreadsTaken(2));

        var contacts = await client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None);

        Assert.Equal(1200, contacts.Count);
        Assert.Equal(2, log.Verbose.Count(l => l.Contains("HTTP 500") && l.Contains("waiting")));
    }

    [Fact]
    public async Task A_thread_limit_that_outlasts_the_retries_says_to_try_again_not_to_check_the_integration_code()
    {
        using var client = _fixture.Client(handler: new ThreadsTaken(100), maxAttempts: 2);

        var error = await Assert.ThrowsAsync<PsaApiException>(() => client.GetContactsAsync(new ContactQuery { CompanyId = "174" }, null, CancellationToken.None));

        Assert.IsNotType<AutotaskCredentialException>(error);
        Assert.Equal("Itgenatr005", error.ErrorCode);
        Assert.Contains("Try again in a moment", error.Hint);
    }
}
