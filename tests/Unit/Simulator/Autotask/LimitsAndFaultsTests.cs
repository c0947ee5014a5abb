using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>API limits (psa-api.md B4 "API limits") and the injected faults the Autotask side words itself.</summary>
public class LimitsAndFaultsTests : IClassFixture<SimulatorFixture>
{
    private const string AllContacts = """{"filter":[{"op":"gte","field":"id","value":0}]}""";

    private readonly SimulatorFixture _fixture;

    public LimitsAndFaultsTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.SeedContacts(3);
    }

    [Fact]
    public async Task B1_B4_threshold_information_counts_this_hours_requests_including_itself()
    {
        await _fixture.Get("Companies/0");
        await _fixture.Get("Contacts/1");

        var response = await _fixture.Get("ThresholdInformation");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(new[] { "externalRequestThreshold", "requestThresholdTimeframe", "currentTimeframeRequestCount" }, response.Json.Select(p => p.Key));
        Assert.Equal(_fixture.Sim.Options.Autotask.HourlyRequestBudget, (int)response.Json["externalRequestThreshold"]!);
        Assert.Equal(60, (int)response.Json["requestThresholdTimeframe"]!);
        Assert.Equal(3, (int)response.Json["currentTimeframeRequestCount"]!);
    }

    [Fact]
    public async Task B4_thread_cap_three_requests_per_integration_code_and_endpoint_in_flight()
    {
        await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("""{ "latencyMs": 500 }"""));

        var six = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _fixture.Post("Contacts/query", AllContacts)));

        Assert.Equal(3, six.Count(r => r.Status == HttpStatusCode.OK));
        var refused = six.Where(r => r.Status != HttpStatusCode.OK).ToArray();
        Assert.Equal(3, refused.Length);
        Assert.All(refused, r =>
        {
            Assert.Equal((HttpStatusCode)_fixture.Sim.Options.Autotask.ThreadLimitStatus, r.Status);
            Assert.Contains("Itgenatr005", Assert.Single(r.Errors));
        });
        var log = (await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/requests")))!;
        Assert.True((int)log["peakConcurrency"]!["Contacts"]! >= 4);

        // Once those are done, three at once are within the cap.
        await Task.Delay(100);
        var three = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _fixture.Post("Contacts/query", AllContacts)));
        Assert.All(three, r => Assert.Equal(HttpStatusCode.OK, r.Status));
    }

    [Fact]
    public async Task B4_an_injected_429_has_retry_after_and_an_errors_body()
    {
        await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("""{ "failNextStatus": 429, "failNextCount": 1, "retryAfterSeconds": 7 }"""));

        var limited = await _fixture.Get("Companies/0");
        var after = await _fixture.Get("Companies/0");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), limited.Raw.Headers.RetryAfter?.Delta);
        Assert.Single(limited.Errors);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task B4_other_injected_failures_use_the_real_generic_error_text(int status)
    {
        await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("{ \"failNextStatus\": " + status + ", \"failNextCount\": 1 }"));

        var response = await _fixture.Get("Companies/0");

        Assert.Equal((HttpStatusCode)status, response.Status);
        Assert.StartsWith("An unexpected error has occurred. If the problem persists, please contact Autotask Support", Assert.Single(response.Errors));
    }

    [Fact]
    public async Task B3_commit_then_drop_stores_the_contact_but_the_client_sees_a_connection_error()
    {
        await _fixture.Http.PostAsync("_sim/faults", SimulatorFixture.JsonBody("""{ "commitThenDrop": true }"""));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            _fixture.Post("Companies/174/Contacts", """{ "firstName": "Dropped", "lastName": "Create", "isActive": 1 }"""));

        var found = await _fixture.Query("Contacts", """[{"op":"eq","field":"firstName","value":"Dropped"}]""");
        Assert.Single(found["items"]!.AsArray());
        Assert.Equal(174, (long)found["items"]![0]!["companyID"]!);
    }
}

/// <summary>A simulator whose hourly budget is 5 requests.</summary>
public sealed class SmallBudgetFixture : SimulatorFixture
{
    protected override PsaSimulatorOptions Options()
    {
        var options = new PsaSimulatorOptions();
        options.Autotask.HourlyRequestBudget = 5;
        return options;
    }
}

/// <summary>The hourly request threshold (psa-api.md B4 "API limits", checklist E6).</summary>
public class HourlyBudgetTests : IClassFixture<SmallBudgetFixture>
{
    private readonly SmallBudgetFixture _fixture;

    public HourlyBudgetTests(SmallBudgetFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
    }

    [Fact]
    public async Task B4_once_the_hourly_budget_is_spent_requests_get_429_retry_after_and_errors()
    {
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await _fixture.Get("Companies/0")).Status);

        var refused = await _fixture.Get("Companies/0");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        var retryAfter = refused.Raw.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value.TotalSeconds, 3500, 3600);
        Assert.Contains("threshold", Assert.Single(refused.Errors));
        // ThresholdInformation is not exempt either.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _fixture.Get("ThresholdInformation")).Status);
    }

    [Fact]
    public async Task B4_zone_lookups_and_refused_logins_do_not_spend_the_budget()
    {
        var user = Uri.EscapeDataString(_fixture.Sim.Options.Autotask.UserName);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _fixture.Send(HttpMethod.Get, "atservicesrest/v1.0/zoneInformation?user=" + user, auth: false)).Status);
            Assert.Equal(HttpStatusCode.InternalServerError, (await _fixture.Send(HttpMethod.Get, "Companies/0", auth: false)).Status);
        }

        var threshold = await _fixture.Get("ThresholdInformation");

        Assert.Equal(HttpStatusCode.OK, threshold.Status);
        Assert.Equal(1, (int)threshold.Json["currentTimeframeRequestCount"]!);
        Assert.Equal(5, (int)threshold.Json["externalRequestThreshold"]!);
    }

    [Fact]
    public async Task B4_reset_empties_the_hourly_window()
    {
        for (var i = 0; i < 5; i++) await _fixture.Get("Companies/0");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _fixture.Get("Companies/0")).Status);

        await _fixture.Http.PostAsync("_sim/reset", null);

        Assert.Equal(HttpStatusCode.OK, (await _fixture.Get("Companies/0")).Status);
    }
}
