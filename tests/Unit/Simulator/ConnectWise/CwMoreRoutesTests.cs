using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>
/// Routes psa-api.md lists [C: CW-OAS] beyond the module's own calls: A2 company/contacts/default, A3 the
/// communicationTypes /info variants and usages/list, A7 PUT/PATCH company/companies/{id}; and the 404 a route
/// the simulator does not model gets, worded apart from a missing record.
/// </summary>
public class CwMoreRoutesTests : IClassFixture<SimulatorFixture>
{
    /// <summary>
    /// 250 names 1002 as its defaultContact although 1001 carries defaultFlag (the reference wins); 251 has no
    /// reference and 1004 flagged; 252 names a contact of another company and flags nobody.
    /// </summary>
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 250, "identifier": "Contoso", "name": "Contoso Ltd", "website": "contoso.com", "phoneNumber": "555-0100", "defaultContact": { "id": 1002, "name": "Bob Ray" } },
          { "id": 251, "identifier": "Fabrikam", "name": "Fabrikam Inc" },
          { "id": 252, "identifier": "Empty", "name": "Empty Co", "defaultContact": { "id": 1001 } }
        ],
        "communicationTypes": [
          { "id": 1, "description": "Email", "emailFlag": true, "defaultFlag": true, "exchangeXref": "Email1" },
          { "id": 2, "description": "Direct", "phoneFlag": true },
          { "id": 4, "description": "Mobile", "phoneFlag": true }
        ],
        "contacts": [
          { "id": 1001, "firstName": "Ann", "lastName": "Lee", "company": { "id": 250 }, "defaultFlag": true,
            "communicationItems": [ { "type": { "id": 1 }, "value": "ann@contoso.com" } ] },
          { "id": 1002, "firstName": "Bob", "lastName": "Ray", "company": { "id": 250 },
            "communicationItems": [ { "type": { "id": 1 }, "value": "bob@contoso.com" }, { "type": { "id": 4 }, "value": "555-0102" } ] },
          { "id": 1003, "firstName": "Cy", "lastName": "Fox", "company": { "id": 251 } },
          { "id": 1004, "firstName": "Di", "lastName": "Fox", "company": { "id": 251 }, "defaultFlag": true },
          { "id": 1005, "firstName": "Ed", "lastName": "Fox", "company": { "id": 251 }, "defaultFlag": true },
          { "id": 1006, "firstName": "Flo", "lastName": "Day", "company": { "id": 252 } }
        ]
      }
    }
    """;

    private static readonly string[] InfoKeys = { "id", "description", "phoneFlag", "faxFlag", "emailFlag", "defaultFlag", "_info" };

    private readonly SimulatorFixture _fixture;

    public CwMoreRoutesTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Seed);
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> Call(HttpMethod method, string path, string? json = null)
    {
        var response = await Cw.Send(_fixture, method, path, json);
        return (response.StatusCode, await SimulatorFixture.ReadJson(response));
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> Get(string path) => Call(HttpMethod.Get, path);

    // ---------------------------------------------------------------- A2 company/contacts/default

    [Theory] // the company's defaultContact reference first, else its contact with defaultFlag (lowest id)
    [InlineData(250, 1002)]
    [InlineData(251, 1004)]
    public async Task A2_default_contact_of_a_company(int companyId, int expected)
    {
        var (status, body) = await Get("company/contacts/default?companyId=" + companyId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, (int)body!["id"]!);
        Assert.Equal(companyId, (int)body["company"]!["id"]!);
        Assert.NotNull(body["communicationItems"]);
    }

    [Fact]
    public async Task A2_default_contact_takes_fields()
    {
        var (_, body) = await Get("company/contacts/default?companyId=250&fields=id,firstName");
        Assert.Equal("""{"id":1002,"firstName":"Bob"}""", body!.ToJsonString());
    }

    [Fact] // a company without one (its reference names another company's contact, nobody flagged): 404 in the real error shape
    public async Task A2_default_contact_missing_is_404_naming_the_company()
    {
        var (status, body) = await Get("company/contacts/default?companyId=252");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string)body!["code"]!);
        Assert.Contains("252", (string)body["message"]!);
        Assert.Contains("has no default contact", (string)body["message"]!);
        Assert.DoesNotContain("not modelled", (string)body["message"]!);
        Assert.True(body.AsObject().ContainsKey("errors"));

        var (unknownStatus, unknown) = await Get("company/contacts/default?companyId=999");
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Equal("Company with id 999 was not found.", (string)unknown!["message"]!);
    }

    [Theory]
    [InlineData("company/contacts/default")]
    [InlineData("company/contacts/default?companyId=abc")]
    public async Task A2_default_contact_without_a_company_id_is_400(string path)
    {
        var (status, body) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("companyId", (string)body!["message"]!);
    }

    [Fact]
    public async Task A2_default_contact_answers_GET_only() =>
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Call(HttpMethod.Post, "company/contacts/default?companyId=250", "{}")).Status);

    // ---------------------------------------------------------------- A3 communicationTypes info and usages/list

    [Fact] // CommunicationTypeInfo {id, description, phoneFlag, faxFlag, emailFlag, defaultFlag, _info}
    public async Task A3_info_list_is_the_smaller_record()
    {
        var (status, body) = await Get("company/communicationTypes/info");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body!.AsArray();
        Assert.Equal(new[] { 1, 2, 4 }, rows.Select(r => (int)r!["id"]!).ToArray());
        Assert.All(rows, r => Assert.Equal(InfoKeys, r!.AsObject().Select(p => p.Key).ToArray()));
        Assert.Equal("Email", (string)rows[0]!["description"]!);
        Assert.True((bool)rows[0]!["defaultFlag"]!);
    }

    [Fact] // list parameters work; conditions see only the info fields
    public async Task A3_info_list_takes_conditions_paging_and_fields()
    {
        Assert.Equal(new[] { 2, 4 }, await Cw.Ids(_fixture, "company/communicationTypes/info?conditions=" + Cw.Q("phoneFlag = true")));
        Assert.Equal(new[] { 4 }, await Cw.Ids(_fixture, "company/communicationTypes/info?pageSize=2&page=2"));
        var (_, projected) = await Get("company/communicationTypes/info?fields=id,description&pageSize=1");
        Assert.Equal("""[{"id":1,"description":"Email"}]""", projected!.ToJsonString());

        var (status, error) = await Get("company/communicationTypes/info?conditions=" + Cw.Q("exchangeXref = 'Email1'"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ApiFindCondition", (string)error!["code"]!);
    }

    [Fact]
    public async Task A3_info_count_and_one_info()
    {
        Assert.Equal("""{"count":3}""", (await Get("company/communicationTypes/info/count")).Body!.ToJsonString());
        Assert.Equal("""{"count":1}""", (await Get("company/communicationTypes/info/count?conditions=" + Cw.Q("emailFlag = true"))).Body!.ToJsonString());

        var (status, one) = await Get("company/communicationTypes/4/info");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(InfoKeys, one!.AsObject().Select(p => p.Key).ToArray());
        Assert.Equal("Mobile", (string)one["description"]!);

        var (missing, body) = await Get("company/communicationTypes/99/info");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("Communication Type with id 99 was not found.", (string)body!["message"]!);
    }

    [Fact] // usages/list: the same entries as usages, as a list (paging past the end gives [])
    public async Task A3_usages_list_is_usages_as_a_list()
    {
        var usages = (await Get("company/communicationTypes/1/usages")).Body!.ToJsonString();
        var (status, list) = await Get("company/communicationTypes/1/usages/list");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(usages, list!.ToJsonString());
        Assert.Equal(2, (int)list[0]!["count"]!);
        Assert.Equal("[]", (await Get("company/communicationTypes/1/usages/list?page=2")).Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.NotFound, (await Get("company/communicationTypes/99/usages/list")).Status);
    }

    [Theory]
    [InlineData("company/communicationTypes/info")]
    [InlineData("company/communicationTypes/1/info")]
    [InlineData("company/communicationTypes/1/usages/list")]
    public async Task A3_info_and_usages_answer_GET_only(string path) =>
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Call(HttpMethod.Post, path, "{}")).Status);

    // ---------------------------------------------------------------- A7 PUT/PATCH company/companies/{id}

    [Fact] // PUT replaces the writable fields: left-out ones go; id, _info.dateEntered and defaults stay the server's
    public async Task A7_PUT_company_replaces_the_writable_fields()
    {
        var before = (await Get("company/companies/250")).Body!;
        var (status, put) = await Call(HttpMethod.Put, "company/companies/250", """{ "id": 7, "identifier": "Contoso", "name": "Contoso Group", "phoneNumber": "555-0199" }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(250, (int)put!["id"]!);
        Assert.Equal("Contoso Group", (string)put["name"]!);
        Assert.Equal("555-0199", (string)put["phoneNumber"]!);
        Assert.False(put.AsObject().ContainsKey("website"));
        Assert.Equal("Active", (string)put["status"]!["name"]!);
        Assert.Equal((string)before["_info"]!["dateEntered"]!, (string)put["_info"]!["dateEntered"]!);
        Assert.Equal(put.ToJsonString(), (await Get("company/companies/250")).Body!.ToJsonString());
        // contacts carry a reference {id, identifier, name}: the new name shows there
        Assert.Equal("Contoso Group", (string)(await Get("company/contacts/1001")).Body!["company"]!["name"]!);
    }

    [Fact]
    public async Task A7_PUT_company_is_validated_and_needs_a_known_id()
    {
        var (status, error) = await Call(HttpMethod.Put, "company/companies/250", """{ "name": "No Identifier" }""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidObject", (string)error!["code"]!);
        Assert.Equal("identifier", (string)error["errors"]![0]!["field"]!);
        Assert.Equal("Contoso Ltd", (string)(await Get("company/companies/250")).Body!["name"]!);

        Assert.Equal(HttpStatusCode.NotFound, (await Call(HttpMethod.Put, "company/companies/999", """{ "identifier": "X", "name": "X" }""")).Status);
    }

    [Fact] // PATCH is JSON Patch as on contacts (A5): changed fields only, validated like a PUT
    public async Task A7_PATCH_company_changes_the_named_fields()
    {
        var (status, patched) = await Call(HttpMethod.Patch, "company/companies/251",
            """[{ "op": "replace", "path": "/name", "value": "Fabrikam Group" }, { "op": "add", "path": "website", "value": "fabrikam.com" }]""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Fabrikam Group", (string)patched!["name"]!);
        Assert.Equal("fabrikam.com", (string)patched["website"]!);
        Assert.Equal("Fabrikam", (string)patched["identifier"]!);
        Assert.Equal("Fabrikam Group", (string)(await Get("company/contacts/1003")).Body!["company"]!["name"]!);

        var (duplicate, error) = await Call(HttpMethod.Patch, "company/companies/251", """[{ "op": "replace", "path": "identifier", "value": "contoso" }]""");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate);
        Assert.Equal("ObjectExists", (string)error!["errors"]![0]!["code"]!);

        Assert.Equal(HttpStatusCode.BadRequest, (await Call(HttpMethod.Patch, "company/companies/251", """{ "name": "x" }""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Call(HttpMethod.Patch, "company/companies/999", "[]")).Status);
    }

    // ---------------------------------------------------------------- routes not modelled

    [Theory]
    [InlineData("GET", "company/configurations")]
    [InlineData("GET", "company/contacts/1001/notes")]
    [InlineData("DELETE", "company/companies/250")]
    [InlineData("POST", "company/companies/250/merge")]
    [InlineData("GET", "company/communicationTypes/info/extra")]
    public async Task A6_a_route_not_modelled_is_404_saying_so(string method, string path)
    {
        var (status, body) = await Call(new HttpMethod(method), path, method == "GET" || method == "DELETE" ? null : "{}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", (string)body!["code"]!);
        Assert.Equal(method + " " + path + " is not modelled by the PSA simulator (see the route table in tools/PsaSimulator/README.md).", (string)body["message"]!);
    }

    [Fact] // a missing record is a different 404
    public async Task A6_a_missing_record_is_not_called_unmodelled()
    {
        var (status, body) = await Get("company/contacts/9999");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Contact with id 9999 was not found.", (string)body!["message"]!);
        Assert.Equal(HttpStatusCode.OK, (await Get("company/companies/250")).Status);
    }
}
