using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>psa-api.md A2/A5: POST, PUT, PATCH, DELETE on contacts and the communications sub-resource.</summary>
public class CwContactWriteTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwContactWriteTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private async Task<JsonObject> Contact(int id) => (await Cw.Json(await Cw.Get(_fixture, "company/contacts/" + id))).AsObject();

    private Task<HttpResponseMessage> Patch(int id, string operations) =>
        Cw.Send(_fixture, HttpMethod.Patch, "company/contacts/" + id, operations);

    [Fact] // psa-api.md A2 "Creating a contact": 201 with the full record, item ids, derived type name, communicationType, domain
    public async Task A2_POST_contact_is_201_with_the_full_record()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", """
            { "firstName": "Jane", "lastName": "Doe", "company": { "id": 250 },
              "communicationItems": [
                { "type": { "name": "Email" }, "value": "jane@Contoso.com", "defaultFlag": true, "communicationType": "Email" },
                { "type": { "id": 4, "name": "Mobile" }, "value": "555-0101", "defaultFlag": true, "communicationType": "Phone" } ] }
            """);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await Cw.Json(response)).AsObject();
        var id = (int)created["id"]!;
        Assert.Equal(1006, id);
        Assert.Equal(_fixture.Sim.BaseUrl + Cw.Api + "company/contacts/1006", response.Headers.Location!.ToString());
        Assert.Equal("""{"id":250,"identifier":"Contoso","name":"Contoso Ltd","_info":{"company_href":"BASEcompany/companies/250"}}""".Replace("BASE", _fixture.Sim.BaseUrl + Cw.Api),
            created["company"]!.ToJsonString());
        Assert.False((bool)created["inactiveFlag"]!);
        Assert.NotNull(created["_info"]!["lastUpdated"]);

        var items = created["communicationItems"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.True((int)i!["id"]! > 0));
        Assert.NotEqual((int)items[0]!["id"]!, (int)items[1]!["id"]!);
        Assert.Equal("""{"id":1,"name":"Email"}""", items[0]!["type"]!.ToJsonString());
        Assert.Equal("Email", (string)items[0]!["communicationType"]!);
        Assert.Equal("@Contoso.com", (string)items[0]!["domain"]!);
        Assert.Equal("Phone", (string)items[1]!["communicationType"]!);
        Assert.False(items[1]!.AsObject().ContainsKey("domain"));

        Assert.Equal(created.ToJsonString(), (await Contact(id)).ToJsonString());
    }

    [Fact] // psa-api.md A2: references accept {identifier}; ids stay ascending after a delete
    public async Task A2_POST_names_the_company_by_identifier_and_ids_keep_ascending()
    {
        await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1005?transferContactId=1001");

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", """{ "firstName": "Kim", "company": { "identifier": "fabrikam" } }""");

        var created = await Cw.Json(response);
        Assert.Equal(1006, (int)created["id"]!);
        Assert.Equal(251, (int)created["company"]!["id"]!);
    }

    [Theory] // psa-api.md A2/A6: unknown company or type, missing firstName -> 400 InvalidObject with errors[]
    [InlineData("""{ "firstName": "X", "company": { "id": 999 } }""", "company")]
    [InlineData("""{ "firstName": "X", "communicationItems": [ { "type": { "name": "Carrier Pigeon" }, "value": "x" } ] }""", "communicationItems")]
    [InlineData("""{ "lastName": "NoFirst" }""", "firstName")]
    public async Task A2_an_invalid_contact_is_400_InvalidObject(string body, string field)
    {
        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Cw.Json(response);
        Assert.Equal("InvalidObject", (string)error["code"]!);
        Assert.Equal("contact object is invalid", (string)error["message"]!);
        var entry = Assert.Single(error["errors"]!.AsArray())!;
        Assert.Equal(field, (string)entry["field"]!);
        Assert.Equal("contact", (string)entry["resource"]!);
        Assert.Equal(5, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count")))["count"]!);
    }

    [Theory] // psa-api.md A2 "Creating a contact": type by id, else by description ignoring case
    [InlineData("""{ "id": 4 }""", 4, "Mobile", "Phone")]
    [InlineData("""{ "name": "MOBILE" }""", 4, "Mobile", "Phone")]
    [InlineData("""{ "id": 999, "name": "fax" }""", 5, "Fax", "Fax")]
    public async Task A2_item_types_resolve_by_id_then_description(string type, int id, string name, string kind)
    {
        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts",
            """{ "firstName": "T", "communicationItems": [ { "type": """ + type + """, "value": "555" } ] }""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = (await Cw.Json(response))["communicationItems"]![0]!;
        Assert.Equal(id, (int)item["type"]!["id"]!);
        Assert.Equal(name, (string)item["type"]!["name"]!);
        Assert.Equal(kind, (string)item["communicationType"]!);
    }

    [Fact] // psa-api.md A2: PUT is a full replace; fields left out become null/defaults; item ids sent back are kept
    public async Task A2_PUT_replaces_the_whole_contact()
    {
        var before = await Contact(1001);
        var emailId = (int)before["communicationItems"]![0]!["id"]!;

        var response = await Cw.Send(_fixture, HttpMethod.Put, "company/contacts/1001", """
            { "id": 777, "firstName": "Annie", "lastName": "Lee", "company": { "id": 251 },
              "communicationItems": [ { "id": EMAIL_ID, "type": { "id": 1 }, "value": "annie@fabrikam.com" } ] }
            """.Replace("EMAIL_ID", emailId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await Contact(1001);
        Assert.Equal(1001, (int)after["id"]!);
        Assert.Equal("Annie", (string)after["firstName"]!);
        Assert.Null(after["title"]);
        Assert.Equal(251, (int)after["company"]!["id"]!);
        var item = Assert.Single(after["communicationItems"]!.AsArray())!;
        Assert.Equal(emailId, (int)item["id"]!);
        Assert.Equal("@fabrikam.com", (string)item["domain"]!);
        Assert.Equal((string)before["_info"]!["dateEntered"]!, (string)after["_info"]!["dateEntered"]!);
    }

    [Fact] // psa-api.md A5: replace, add and remove; bare and '/'-prefixed paths; 200 with the updated record
    public async Task A5_PATCH_replace_add_remove_with_bare_or_slash_paths()
    {
        var response = await Patch(1001, """
            [ { "op": "replace", "path": "firstName", "value": "Anna" },
              { "op": "add", "path": "/nickName", "value": "Annie" },
              { "op": "remove", "path": "title" },
              { "op": "replace", "path": "/inactiveFlag", "value": true } ]
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patched = (await Cw.Json(response)).AsObject();
        Assert.Equal("Anna", (string)patched["firstName"]!);
        Assert.Equal("Annie", (string)patched["nickName"]!);
        Assert.False(patched.ContainsKey("title"));
        Assert.True((bool)patched["inactiveFlag"]!);
        Assert.Equal(patched.ToJsonString(), (await Contact(1001)).ToJsonString());
    }

    [Fact] // psa-api.md A5: replacing a whole object reference works ({"identifier": ...})
    public async Task A5_PATCH_replaces_the_company_object()
    {
        var patched = await Cw.Json(await Patch(1001, """[ { "op": "replace", "path": "company", "value": { "identifier": "Fabrikam" } } ]"""));

        Assert.Equal("""{"id":251,"identifier":"Fabrikam","name":"Fabrikam Inc","_info":{"company_href":"BASEcompany/companies/251"}}""".Replace("BASE", _fixture.Sim.BaseUrl + Cw.Api),
            patched["company"]!.ToJsonString());
    }

    [Fact] // psa-api.md A5: "path":"company/identifier" gives a "false 200": success, nothing changed
    public async Task A5_PATCH_into_a_sub_path_is_a_false_200()
    {
        var before = (await Contact(1001)).ToJsonString();

        var response = await Patch(1001, """[ { "op": "replace", "path": "company/identifier", "value": "Fabrikam" } ]""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, (await Cw.Json(response)).ToJsonString());
        Assert.Equal(before, (await Contact(1001)).ToJsonString());
    }

    [Theory] // psa-api.md A5: body must be an array; op add/replace/remove; paths are case-sensitive field names (guess: 400)
    [InlineData("""{ "op": "replace", "path": "firstName", "value": "X" }""", "BadRequest")]
    [InlineData("""[ { "op": "move", "path": "firstName", "value": "X" } ]""", "BadRequest")]
    [InlineData("""[ { "op": "replace", "path": "FirstName", "value": "X" } ]""", "InvalidObject")]
    [InlineData("""[ { "op": "replace", "path": "company", "value": { "id": 999 } } ]""", "InvalidObject")]
    public async Task A5_a_bad_PATCH_is_400_and_changes_nothing(string body, string code)
    {
        var before = (await Contact(1001)).ToJsonString();

        var response = await Patch(1001, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (string)(await Cw.Json(response))["code"]!);
        Assert.Equal(before, (await Contact(1001)).ToJsonString());
    }

    [Fact] // psa-api.md A2: DELETE is 204; the contact is gone (404 after)
    public async Task A2_DELETE_is_204_and_the_contact_is_gone()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1002?transferContactId=1001");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Cw.Get(_fixture, "company/contacts/1002")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1002?transferContactId=1001")).StatusCode);
    }

    [Fact] // psa-api.md A2 "ContactCommunication": list, count, GET one, POST, PATCH, DELETE on /communications
    public async Task A2_communications_sub_resource()
    {
        var list = (await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications"))).AsArray();
        Assert.Equal(2, list.Count);
        Assert.All(list, c => Assert.Equal(1001, (int)c!["contactId"]!));
        Assert.NotNull(list[0]!["_info"]!["contactMobileGuid"]);
        Assert.Equal(2, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications/count")))["count"]!);

        var post = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts/1001/communications", """{ "type": { "name": "Direct" }, "value": "555-0177", "extension": "9" }""");
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var created = await Cw.Json(post);
        var commId = (int)created["id"]!;
        Assert.Equal("Phone", (string)created["communicationType"]!);
        Assert.Equal(3, (await Contact(1001))["communicationItems"]!.AsArray().Count);

        var one = await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications/" + commId));
        Assert.Equal("555-0177", (string)one["value"]!);

        var patch = await Cw.Send(_fixture, HttpMethod.Patch, "company/contacts/1001/communications/" + list[0]!["id"],
            """[ { "op": "replace", "path": "value", "value": "ann@fabrikam.com" } ]""");
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("@fabrikam.com", (string)(await Cw.Json(patch))["domain"]!);
        Assert.Equal("ann@fabrikam.com", (string)(await Contact(1001))["communicationItems"]![0]!["value"]!);

        var filtered = (await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications?conditions=" + Cw.Q("communicationType = 'Phone'")))).AsArray();
        Assert.Equal(2, filtered.Count);

        Assert.Equal(HttpStatusCode.NoContent, (await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1001/communications/" + commId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Cw.Get(_fixture, "company/contacts/1001/communications/" + commId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Cw.Get(_fixture, "company/contacts/9999/communications")).StatusCode);
    }

    [Fact] // psa-api.md A7: companies POST (to seed through the API), GET one, 201 with the record; duplicate identifier
    public async Task A7_companies_POST_and_GET()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/companies", """{ "identifier": "Northwind", "name": "Northwind Traders" }""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Cw.Json(response);
        Assert.Equal(252, (int)created["id"]!);
        Assert.Equal("Active", (string)created["status"]!["name"]!);
        Assert.Equal("Northwind Traders", (string)(await Cw.Json(await Cw.Get(_fixture, "company/companies/252")))["name"]!);

        var duplicate = await Cw.Send(_fixture, HttpMethod.Post, "company/companies", """{ "identifier": "northwind", "name": "Again" }""");
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("ObjectExists", (string)(await Cw.Json(duplicate))["errors"]![0]!["code"]!);
    }
}
