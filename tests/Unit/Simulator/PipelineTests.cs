using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using QuickpassPsa.Simulator.Infrastructure;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>The simulator's shared plumbing: control endpoints, fault settings, endpoint keys for the thread cap.</summary>
public class PipelineTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public PipelineTests(SimulatorFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("/atservicesrest/v1.0/Contacts/query", "Contacts")]
    [InlineData("/atservicesrest/V1.0/Companies/12/Contacts", "Contacts")]
    [InlineData("/atservicesrest/v1.0/contacts/17", "Contacts")]
    [InlineData("/ATServicesRest/V1.0/Companies/query/next", "Companies")]
    [InlineData("/atservicesrest/v1.0/Contacts/entityInformation/fields", "Contacts")]
    [InlineData("/atservicesrest/v1.0/ThresholdInformation", "ThresholdInformation")]
    [InlineData("/atservicesrest/v1.0/zoneInformation", null)]
    [InlineData("/atservicesrest/versioninformation", null)]
    [InlineData("/v4_6_release/apis/3.0/company/contacts", null)]
    public void Autotask_requests_count_against_their_entity_endpoint(string path, string? endpoint)
    {
        Assert.Equal(endpoint, SimulatorPipeline.AutotaskEndpoint(new PathString(path)));
    }

    [Fact]
    public async Task Faults_round_trip_and_an_empty_document_clears_them()
    {
        var set = await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("""{ "rateLimitEveryNth": 3, "retryAfterSeconds": 2, "commitThenDrop": true }"""));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var current = (await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/faults")))!;
        Assert.Equal(3, (int)current["rateLimitEveryNth"]!);
        Assert.True((bool)current["commitThenDrop"]!);

        await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("{}"));
        current = (await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/faults")))!;
        Assert.Null(current["rateLimitEveryNth"]);
        Assert.False((bool)current["commitThenDrop"]!);

        var bad = await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("{ not json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_bad_seed_document_is_refused_with_400()
    {
        var response = await _fixture.Http.PostAsync("_sim/seed", SimulatorFixture.JsonBody("[1, 2]"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON object", (string)(await SimulatorFixture.ReadJson(response))!["error"]!);
    }

    [Fact]
    public async Task The_log_records_requests_and_reset_clears_it()
    {
        await _fixture.Http.PostAsync("_sim/reset", null);
        await _fixture.Http.GetAsync("no/such/route?x=1");

        var log = (await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/requests")))!["requests"]!.AsArray();
        var entry = Assert.Single(log)!;
        Assert.Equal("GET", (string)entry["method"]!);
        Assert.Equal("/no/such/route", (string)entry["path"]!);
        Assert.Equal("?x=1", (string)entry["query"]!);
        Assert.Equal(404, (int)entry["status"]!);
        Assert.Equal("None", (string)entry["psa"]!);

        await _fixture.Http.PostAsync("_sim/reset", null);
        Assert.Empty((await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/requests")))!["requests"]!.AsArray());
    }

    [Fact]
    public void The_fault_injector_fails_the_next_n_then_every_nth()
    {
        var injector = new FaultInjector();
        injector.Set(new FaultSettings { FailNextStatus = 503, FailNextCount = 2, RateLimitEveryNth = 4 });

        var statuses = Enumerable.Range(0, 8).Select(_ => injector.NextFailure()).ToArray();

        Assert.Equal(new int?[] { 503, 503, null, 429, null, null, null, 429 }, statuses);
    }

    [Fact]
    public void FailNextMethod_fails_only_requests_of_that_method_and_they_alone_use_up_the_count()
    {
        var injector = new FaultInjector();
        injector.Set(new FaultSettings { FailNextStatus = 403, FailNextCount = 1, FailNextMethod = "PATCH" });

        var statuses = new[] { "GET", "POST", "PATCH", "PATCH" }.Select(m => injector.NextFailure(m)).ToArray();

        Assert.Equal(new int?[] { null, null, 403, null }, statuses);
    }

    [Fact]
    public async Task A_429_without_Retry_After_is_sent_when_retryAfterSeconds_is_null()
    {
        // The header is optional on the real APIs (psa-api.md); a client's no-header path must be testable here.
        await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("""{ "failNextStatus": 429, "failNextCount": 1, "retryAfterSeconds": null }"""));
        try
        {
            var response = await _fixture.Http.GetAsync("v4_6_release/apis/3.0/system/info");

            Assert.Equal((HttpStatusCode)429, response.StatusCode);
            Assert.Null(response.Headers.RetryAfter);
        }
        finally
        {
            await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("{}"));
        }
    }
}
