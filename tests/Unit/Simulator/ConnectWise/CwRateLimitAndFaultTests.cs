using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>A simulator with a per-minute budget of 3 ConnectWise API requests.</summary>
public class RateLimitedSimulatorFixture : SimulatorFixture
{
    protected override PsaSimulatorOptions Options() => new() { ConnectWise = { RequestsPerMinute = 3 } };
}

/// <summary>psa-api.md A6 "Rate limiting": the configured per-minute budget.</summary>
public class CwRateLimitTests : IClassFixture<RateLimitedSimulatorFixture>
{
    private readonly RateLimitedSimulatorFixture _fixture;

    public CwRateLimitTests(RateLimitedSimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    [Fact] // psa-api.md A6: 429 + Retry-After (seconds) + {"error":"ConnectWiseAPI","message":"Too many requests. Please try again in N seconds."}
    public async Task A6_the_request_over_the_budget_is_429_with_Retry_After_and_its_own_body()
    {
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await Cw.Get(_fixture, "company/contacts/count")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _fixture.Http.GetAsync("login/companyinfo/qpsa")).StatusCode); // not an API call

        var response = await Cw.Get(_fixture, "company/contacts");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        var body = (await Cw.Json(response)).AsObject();
        Assert.Equal(new[] { "error", "message" }, body.Select(p => p.Key).ToArray());
        Assert.Equal("ConnectWiseAPI", (string)body["error"]!);
        Assert.Equal("Too many requests. Please try again in " + seconds + " seconds.", (string)body["message"]!);

        _fixture.Sim.Reset(); // Reset empties the window
        Assert.Equal(HttpStatusCode.OK, (await Cw.Get(_fixture, "company/contacts")).StatusCode);
    }
}

/// <summary>Faults injected through /_sim/faults, worded as ConnectWise words them; commit then drop.</summary>
public class CwFaultTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwFaultTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private async Task SetFaults(string json) =>
        Assert.Equal(HttpStatusCode.OK, (await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody(json))).StatusCode);

    [Fact] // psa-api.md A6: an injected 429 carries Retry-After and the rate limiter's body
    public async Task A6_an_injected_429_uses_the_ConnectWise_429_body()
    {
        await SetFaults("""{ "failNextStatus": 429, "failNextCount": 1, "retryAfterSeconds": 7 }""");

        var response = await Cw.Get(_fixture, "company/contacts");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(7, (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        var body = await Cw.Json(response);
        Assert.Equal("ConnectWiseAPI", (string)body["error"]!);
        Assert.Equal("Too many requests. Please try again in 7 seconds.", (string)body["message"]!);
        Assert.Equal(HttpStatusCode.OK, (await Cw.Get(_fixture, "company/contacts")).StatusCode);
    }

    [Fact] // psa-api.md A6: other injected statuses use {"code":"ConnectWiseApi","message":...,"errors":null}
    public async Task A6_an_injected_503_uses_the_ConnectWiseApi_body()
    {
        await SetFaults("""{ "failNextStatus": 503, "failNextCount": 1 }""");

        var response = await Cw.Get(_fixture, "company/contacts");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = (await Cw.Json(response)).AsObject();
        Assert.Equal("ConnectWiseApi", (string)body["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]));
        Assert.True(body.ContainsKey("errors"));
        Assert.Null(body["errors"]);
    }

    [Fact] // README faults "commitThenDrop": the contact is stored, the client sees a dropped connection, exactly one exists
    public async Task Commit_then_drop_stores_exactly_one_contact()
    {
        await SetFaults("""{ "commitThenDrop": true }""");

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Cw.Send(_fixture, HttpMethod.Post, "company/contacts", """{ "firstName": "Dropped", "lastName": "Once", "company": { "id": 250 } }"""));

        var count = await Cw.Json(await Cw.Get(_fixture, "company/contacts/count?conditions=" + Cw.Q("lastName = 'Once' and firstName = 'Dropped'")));
        Assert.Equal(1, (int)count["count"]!);
    }
}
