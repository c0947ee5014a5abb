using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>psa-api.md A3: the communication types setup table, its validation, usages and renames.</summary>
public class CwCommunicationTypeTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwCommunicationTypeTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private Task<HttpResponseMessage> Post(string json) => Cw.Send(_fixture, HttpMethod.Post, "company/communicationTypes", json);

    [Fact] // psa-api.md A3 "JSON shape": POST is 201 with every field (iphoneXref spelling) and _info
    public async Task A3_POST_a_valid_type_is_201()
    {
        var response = await Post("""{ "description": "Home Email", "emailFlag": true, "exchangeXref": "Email2" }""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var type = (await Cw.Json(response)).AsObject();
        Assert.Equal(7, (int)type["id"]!);
        Assert.Equal(new[] { "id", "description", "phoneFlag", "faxFlag", "emailFlag", "defaultFlag", "exchangeXref", "iphoneXref", "androidXref", "googleXref", "coreEntityCommunicationTypeId", "_info" },
            type.Select(p => p.Key).ToArray());
        Assert.True((bool)type["emailFlag"]!);
        Assert.False((bool)type["phoneFlag"]!);
        Assert.NotNull(type["_info"]!["dateEntered"]);
        Assert.Equal(6, (await Cw.Ids(_fixture, "company/communicationTypes?pageSize=1000")).Length);
    }

    [Theory] // psa-api.md A3: description REQUIRED; "At least one flag is required to be true -- phone, fax, or email"
    [InlineData("""{ "emailFlag": true }""", "MissingRequiredField", "description")]
    [InlineData("""{ "description": "  ", "phoneFlag": true }""", "MissingRequiredField", "description")]
    [InlineData("""{ "description": "Nothing", "phoneFlag": false, "faxFlag": false, "emailFlag": false }""", "InvalidField", "phoneFlag")]
    [InlineData("""{ "description": "EMAIL", "emailFlag": true }""", "ObjectExists", "description")]
    public async Task A3_an_invalid_type_is_400_InvalidObject(string body, string code, string field)
    {
        var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Cw.Json(response);
        Assert.Equal("InvalidObject", (string)error["code"]!);
        Assert.Equal("communicationType object is invalid", (string)error["message"]!);
        var entry = Assert.Single(error["errors"]!.AsArray())!;
        Assert.Equal(code, (string)entry["code"]!);
        Assert.Equal(field, (string)entry["field"]!);
        Assert.Equal("communicationType", (string)entry["resource"]!);
        Assert.False(string.IsNullOrEmpty((string?)entry["message"]));
    }

    [Fact] // psa-api.md A3: renaming to an existing description is ObjectExists too (documented guess)
    public async Task A3_renaming_onto_an_existing_description_is_ObjectExists()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Patch, "company/communicationTypes/4", """[ { "op": "replace", "path": "description", "value": "direct" } ]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ObjectExists", (string)(await Cw.Json(response))["errors"]![0]!["code"]!);
        Assert.Equal("Mobile", (string)(await Cw.Json(await Cw.Get(_fixture, "company/communicationTypes/4")))["description"]!);
    }

    [Fact] // psa-api.md A3 "Can the description be renamed?": a rename shows on every contact's items
    public async Task A3_a_rename_shows_on_every_contacts_items()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Patch, "company/communicationTypes/1", """[ { "op": "replace", "path": "description", "value": "E-mail" } ]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("E-mail", (string)(await Cw.Json(response))["description"]!);
        var ann = await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001"));
        Assert.Equal("E-mail", (string)ann["communicationItems"]![0]!["type"]!["name"]!);
        Assert.Equal(new[] { 1001, 1002, 1003, 1004 }, await Cw.Ids(_fixture, "company/contacts?childConditions=" + Cw.Q("communicationItems/type/name = 'e-mail'")));
        Assert.Empty(await Cw.Ids(_fixture, "company/contacts?childConditions=" + Cw.Q("communicationItems/type/name = 'Email'")));
    }

    [Fact] // psa-api.md A3/A2: items' communicationType follows the type's flags (PUT changes the flags)
    public async Task A3_a_flag_change_rederives_the_items_communicationType()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Put, "company/communicationTypes/4", """{ "description": "Mobile", "faxFlag": true }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = (await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001")))["communicationItems"]![1]!;
        Assert.Equal("Fax", (string)item["communicationType"]!);
    }

    [Fact] // psa-api.md A3: /usages returns [{type,count,id,description,hyperlink,typeKey}] counting items using the type
    public async Task A3_usages_count_contact_items_using_the_type()
    {
        var usages = (await Cw.Json(await Cw.Get(_fixture, "company/communicationTypes/1/usages"))).AsArray();

        var usage = Assert.Single(usages)!.AsObject();
        Assert.Equal(new[] { "type", "count", "id", "description", "hyperlink", "typeKey" }, usage.Select(p => p.Key).ToArray());
        Assert.Equal(4, (int)usage["count"]!);
        Assert.Equal(0, (int)(await Cw.Json(await Cw.Get(_fixture, "company/communicationTypes/6/usages")))[0]!["count"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await Cw.Get(_fixture, "company/communicationTypes/99/usages")).StatusCode);
    }

    [Fact] // psa-api.md A3: GET list/one, DELETE (unused: 204; in use: 409, a documented guess)
    public async Task A3_get_and_delete()
    {
        Assert.Equal(new[] { 1, 2, 4, 5, 6 }, await Cw.Ids(_fixture, "company/communicationTypes"));
        Assert.Equal("Fax", (string)(await Cw.Json(await Cw.Get(_fixture, "company/communicationTypes/5")))["description"]!);
        Assert.Equal(new[] { 1 }, await Cw.Ids(_fixture, "company/communicationTypes?conditions=" + Cw.Q("emailFlag = true")));

        Assert.Equal(HttpStatusCode.NoContent, (await Cw.Send(_fixture, HttpMethod.Delete, "company/communicationTypes/6")).StatusCode);
        var inUse = await Cw.Send(_fixture, HttpMethod.Delete, "company/communicationTypes/1");
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Equal(new[] { 1, 2, 4, 5 }, await Cw.Ids(_fixture, "company/communicationTypes"));
    }
}
