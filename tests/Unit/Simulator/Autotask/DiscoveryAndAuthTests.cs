using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>Zone and version discovery (psa-api.md B1) and header authentication (B2).</summary>
public class DiscoveryAndAuthTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public DiscoveryAndAuthTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task B1_version_information_needs_no_auth_and_names_v1_0()
    {
        var response = await _fixture.Send(HttpMethod.Get, "atservicesrest/versioninformation", auth: false);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(new[] { "v1.0" }, response.Json["apiVersions"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public async Task B1_zone_information_needs_no_auth_is_camelCase_and_points_back_at_the_simulator()
    {
        var user = Uri.EscapeDataString(_fixture.Sim.Options.Autotask.UserName);
        var response = await _fixture.Send(HttpMethod.Get, "atservicesrest/v1.0/zoneInformation?user=" + user, auth: false);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var zone = response.Json;
        Assert.Equal(new[] { "zoneName", "url", "webUrl", "ci" }, zone.Select(p => p.Key));
        Assert.Equal(_fixture.Sim.AutotaskZoneUrl.ToString(), (string)zone["url"]!);
        Assert.EndsWith("/atservicesrest/", (string)zone["url"]!);
        Assert.True((int)zone["ci"]! > 0);
    }

    [Fact]
    public async Task B1_routes_match_without_case_and_the_zone_url_works_as_a_base()
    {
        var user = Uri.EscapeDataString(_fixture.Sim.Options.Autotask.UserName);
        var zone = await _fixture.Send(HttpMethod.Get, "ATServicesRest/V1.0/ZoneInformation?user=" + user, auth: false);
        Assert.Equal(HttpStatusCode.OK, zone.Status);

        // A client builds ${url}V1.0/... (AT-APIGRATE).
        var owner = await _fixture.Get((string)zone.Json["url"]! + "V1.0/Companies/0");
        Assert.Equal(HttpStatusCode.OK, owner.Status);
        var lower = await _fixture.Get("atservicesrest/v1.0/companies/0");
        Assert.Equal(HttpStatusCode.OK, lower.Status);
    }

    [Fact]
    public async Task B1_zone_information_for_an_unknown_user_is_500_zone_could_not_be_determined()
    {
        var response = await _fixture.Send(HttpMethod.Get, "atservicesrest/v1.0/zoneInformation?user=nobody%40example.com", auth: false);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(new[] { "Zone information could not be determined" }, response.Errors);
    }

    [Fact]
    public async Task B2_an_unknown_user_name_is_500_with_errors()
    {
        var request = Request(userName: "someone.else@qpsa.test");
        var response = await Send(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Single(response.Errors);
    }

    [Fact]
    public async Task B2_the_right_user_with_a_wrong_secret_is_401()
    {
        var response = await Send(Request(secret: "wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Authorization has been denied for this request.", (string)response.Json["Message"]!);
    }

    [Fact]
    public async Task B2_a_valid_login_with_a_wrong_integration_code_is_500_with_errors()
    {
        var response = await Send(Request(code: "NOT-OURS"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("Integration Code", Assert.Single(response.Errors));
    }

    [Theory]
    [InlineData("UserName", HttpStatusCode.InternalServerError)]
    [InlineData("Secret", HttpStatusCode.Unauthorized)]
    [InlineData("ApiIntegrationCode", HttpStatusCode.InternalServerError)]
    public async Task B2_a_missing_header_counts_as_a_wrong_value(string header, HttpStatusCode expected)
    {
        var request = Request();
        request.Headers.Remove(header);

        var response = await Send(request);

        Assert.Equal(expected, response.Status);
    }

    [Fact]
    public async Task B2_header_names_are_case_insensitive()
    {
        var options = _fixture.Sim.Options.Autotask;
        var request = new HttpRequestMessage(HttpMethod.Get, AutotaskApi.Base + "Companies/0");
        request.Headers.Add("ApiIntegrationcode", options.IntegrationCode);
        request.Headers.Add("username", options.UserName);
        request.Headers.Add("SECRET", options.Secret);

        var response = await Send(request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, (long)response.Json["item"]!["id"]!);
    }

    [Fact]
    public async Task B2_every_api_call_except_zone_and_version_needs_auth()
    {
        var response = await _fixture.Send(HttpMethod.Get, "Companies/0", auth: false);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Single(response.Errors);
    }

    private HttpRequestMessage Request(string? userName = null, string? secret = null, string? code = null)
    {
        var options = _fixture.Sim.Options.Autotask;
        var request = new HttpRequestMessage(HttpMethod.Get, AutotaskApi.Base + "Companies/0");
        request.Headers.Add("ApiIntegrationCode", code ?? options.IntegrationCode);
        request.Headers.Add("UserName", userName ?? options.UserName);
        request.Headers.Add("Secret", secret ?? options.Secret);
        return request;
    }

    private async Task<ApiResponse> Send(HttpRequestMessage request)
    {
        var response = await _fixture.Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await SimulatorFixture.ReadJson(response), response);
    }
}
