using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>
/// Paths no route serves (stress56b finding 1): every one answers with a JSON body and a JSON Content-Type in the
/// shape of the PSA the path belongs to (psa-api.md A6 {code, message, errors}; B4 the Web API {"Message"}), and a
/// plain JSON 404 elsewhere; never the empty body a client that reads error bodies crashes on.
/// </summary>
public class UnservedPathTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public UnservedPathTests(SimulatorFixture fixture) => _fixture = fixture;

    private async Task<(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Raw)> Send(HttpMethod method, string path)
    {
        var response = await _fixture.Http.SendAsync(new HttpRequestMessage(method, path));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(text.Length == 0, method + " " + path + " answered " + (int)response.StatusCode + " with an empty body.");
        return (response.StatusCode, Assert.IsType<JsonObject>(JsonNode.Parse(text)), response);
    }

    [Theory] // a wrong API version, a missing apis/3.0, company info without an id, another codebase's look
    [InlineData("v4_6_release/apis/2.0/company/contacts")]
    [InlineData("v4_6_release/company/companies")]
    [InlineData("login/companyinfo")]
    [InlineData("v2025_1/nothing")]
    public async Task A6_connectwise_looking_paths_get_the_connectwise_404_body(string path)
    {
        var (status, body, raw) = await Send(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string?)body["code"]);
        Assert.Contains(path, (string?)body["message"]);
        Assert.True(body.ContainsKey("errors"));
        Assert.Null(body["errors"]);
        Assert.True(raw.Headers.Contains("api-current-version"));
    }

    [Fact]
    public async Task A6_a_wrong_method_on_company_info_gets_a_connectwise_405_body()
    {
        var (status, body, _) = await Send(HttpMethod.Post, "login/companyinfo/qpsa");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("MethodNotAllowed", (string?)body["code"]);
        Assert.Contains("POST", (string?)body["message"]);
    }

    [Theory]
    [InlineData("atservicesrest/v2.0/Contacts/query")]
    [InlineData("atservicesrest")]
    public async Task B4_autotask_paths_get_the_web_api_404_body(string path)
    {
        var (status, body, _) = await Send(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.StartsWith("No HTTP resource was found that matches the request URI", (string?)body["Message"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nothing")]
    [InlineData("_sim/nothing")]
    public async Task Other_paths_get_a_plain_json_404_naming_what_is_served(string path)
    {
        var (status, body, _) = await Send(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string?)body["code"]);
        Assert.Contains("/atservicesrest/", (string?)body["message"]);
    }
}
