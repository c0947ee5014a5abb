using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>psa-api.md A1: codebase discovery, Basic auth, clientId, api-current-version.</summary>
public class CwLoginAndAuthTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwLoginAndAuthTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    [Fact] // psa-api.md A1 "Codebase discovery"
    public async Task A1_companyinfo_for_a_known_company_is_PascalCase_with_IsCloud_as_a_string()
    {
        var response = await _fixture.Http.GetAsync("login/companyinfo/QPSA");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await Cw.Json(response)).AsObject();
        Assert.Equal(new[] { "CompanyName", "Codebase", "VersionCode", "VersionNumber", "CompanyID", "IsCloud" }, body.Select(p => p.Key).ToArray());
        Assert.Equal("v4_6_release/", (string)body["Codebase"]!);
        Assert.Equal("qpsa", (string)body["CompanyID"]!);
        Assert.Equal(System.Text.Json.JsonValueKind.String, body["IsCloud"]!.GetValueKind());
        Assert.Equal("False", (string)body["IsCloud"]!);
    }

    [Fact] // psa-api.md A1: "For an unknown company id the body is JSON null"
    public async Task A1_companyinfo_for_an_unknown_company_is_a_json_null()
    {
        var response = await _fixture.Http.GetAsync("login/companyinfo/nosuchcompany");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("null", await response.Content.ReadAsStringAsync());
    }

    [Fact] // psa-api.md A1 "Authentication" + A1 "Versioning": api-current-version on every API answer
    public async Task A1_good_credentials_and_clientId_are_served_with_api_current_version()
    {
        var response = await Cw.Get(_fixture, "company/contacts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2025.8", response.Headers.GetValues("api-current-version").Single());
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Theory] // psa-api.md A1 "Authentication", E2: 401 {"code":"Unauthorized","message":...,"errors":null}
    [InlineData("qpsa", "qpsa-public", "wrong-private")]
    [InlineData("qpsa", "wrong-public", "qpsa-private")]
    [InlineData("othercompany", "qpsa-public", "qpsa-private")]
    public async Task A1_wrong_key_or_company_is_401_Unauthorized(string company, string publicKey, string privateKey)
    {
        var request = Cw.Request(HttpMethod.Get, "company/contacts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Cw.Basic(company, publicKey, privateKey));

        var response = await _fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = (await Cw.Json(response)).AsObject();
        Assert.Equal("Unauthorized", (string)body["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]));
        Assert.True(body.ContainsKey("errors"));
        Assert.Null(body["errors"]);
        Assert.True(response.Headers.Contains("api-current-version"));
    }

    [Fact] // psa-api.md A1: company ids are typed in any case at login
    public async Task A1_the_company_id_ignores_case()
    {
        var request = Cw.Request(HttpMethod.Get, "company/contacts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Cw.Basic("QPSA"));

        Assert.Equal(HttpStatusCode.OK, (await _fixture.Http.SendAsync(request)).StatusCode);
    }

    [Fact] // psa-api.md A1 "Authentication"
    public async Task A1_no_Authorization_header_is_401()
    {
        var response = await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "company/contacts", auth: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", (string)(await Cw.Json(response))["code"]!);
    }

    [Fact] // psa-api.md A1 "clientId header" (documented guess: 401 Unauthorized with its own message)
    public async Task A1_a_missing_clientId_is_401_naming_the_clientId()
    {
        var response = await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "company/contacts", clientId: false));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await Cw.Json(response);
        Assert.Equal("Unauthorized", (string)body["code"]!);
        Assert.Contains("clientId", (string)body["message"]!);
        Assert.Null(body["errors"]);
    }

    [Fact] // psa-api.md A1 "Hosts": v4_6_release/ routes to the current version; others are not served
    public async Task A1_an_unknown_codebase_is_404()
    {
        var response = await Cw.Get(_fixture, "/v1999_1/apis/3.0/company/contacts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (string)(await Cw.Json(response))["code"]!);
    }

    [Fact] // psa-api.md A6 "404 body for a missing id: not captured" (guess {code:NotFound,message,errors:null})
    public async Task A6_a_missing_id_is_404_NotFound()
    {
        var response = await Cw.Get(_fixture, "company/contacts/424242");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = (await Cw.Json(response)).AsObject();
        Assert.Equal("NotFound", (string)body["code"]!);
        Assert.Contains("424242", (string)body["message"]!);
        Assert.True(body.ContainsKey("errors"));
        Assert.Null(body["errors"]);
    }

    [Fact] // psa-api.md A1: /system/info field names
    public async Task A1_system_info_answers_version_and_isCloud()
    {
        var body = await Cw.Json(await Cw.Get(_fixture, "system/info"));

        Assert.Equal("v2025.8", (string)body["version"]!);
        Assert.False((bool)body["isCloud"]!);
    }
}

/// <summary>A simulator that answers companyinfo with a cloud codebase.</summary>
public class CloudCodebaseFixture : SimulatorFixture
{
    protected override PsaSimulatorOptions Options() => new() { ConnectWise = { Codebase = "v2025_1/", RequireClientId = false } };
}

/// <summary>psa-api.md A1/E2: a cloud codebase is served beside the v4_6_release/ alias; RequireClientId off.</summary>
public class CwCloudCodebaseTests : IClassFixture<CloudCodebaseFixture>
{
    private readonly CloudCodebaseFixture _fixture;

    public CwCloudCodebaseTests(CloudCodebaseFixture fixture) => _fixture = fixture;

    [Fact] // psa-api.md A1 "Cloud vs Premise": any codebase other than v4_6_release/ means cloud
    public async Task A1_companyinfo_reports_the_cloud_codebase_and_both_routes_work()
    {
        var info = await Cw.Json(await _fixture.Http.GetAsync("login/companyinfo/qpsa"));
        Assert.Equal("v2025_1/", (string)info["Codebase"]!);
        Assert.Equal("True", (string)info["IsCloud"]!);

        var cloud = await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "/v2025_1/apis/3.0/company/contacts/count", clientId: false));
        var alias = await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "company/contacts/count", clientId: false));

        Assert.Equal(HttpStatusCode.OK, cloud.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        Assert.Equal(0, (int)(await Cw.Json(cloud))["count"]!);
    }
}
