using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>Creating, updating and deleting contacts through their company (psa-api.md B3), companies at the root (B5).</summary>
public class WriteTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public WriteTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.SeedContacts(2);
    }

    [Fact]
    public async Task B3_create_under_the_parent_company_is_200_with_itemId_and_reads_back()
    {
        var response = await _fixture.Post("Companies/174/Contacts", """
            { "companyID": 174, "firstName": "Jane", "lastName": "Doe", "emailAddress": "jane@acme.com", "mobilePhone": "+15555550101", "isActive": 1 }
            """);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(new[] { "itemId" }, response.Json.Select(p => p.Key));
        var id = (long)response.Json["itemId"]!;
        var item = (await _fixture.Get("Contacts/" + id)).Json["item"]!;
        Assert.Equal("Jane", (string)item["firstName"]!);
        Assert.Equal(174, (long)item["companyID"]!);
        Assert.Equal(1, (int)item["isActive"]!);
        Assert.EndsWith("Z", (string)item["createDate"]!);
        Assert.Empty(item["userDefinedFields"]!.AsArray());
    }

    [Fact]
    public async Task B3_a_create_without_companyID_takes_it_from_the_url()
    {
        var response = await _fixture.Post("Companies/175/Contacts", """{ "firstName": "Jo", "lastName": "Park", "isActive": 0 }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var item = (await _fixture.Get("Companies/175/Contacts/" + (long)response.Json["itemId"]!)).Json["item"]!;
        Assert.Equal(175, (long)item["companyID"]!);
    }

    [Fact]
    public async Task B3_patch_changes_only_the_sent_fields_and_answers_itemId()
    {
        var response = await _fixture.Send(HttpMethod.Patch, "Companies/174/Contacts", """{ "id": 1, "isActive": 0, "emailAddress2": "first1@contoso.com" }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, (long)response.Json["itemId"]!);
        var item = (await _fixture.Get("Contacts/1")).Json["item"]!;
        Assert.Equal(0, (int)item["isActive"]!);
        Assert.Equal("first1@contoso.com", (string)item["emailAddress2"]!);
        Assert.Equal("user1@contoso.com", (string)item["emailAddress"]!);
        Assert.Equal("First1", (string)item["firstName"]!);
    }

    [Fact]
    public async Task B3_put_replaces_the_contact_and_fields_left_out_become_null()
    {
        var response = await _fixture.Send(HttpMethod.Put, "Companies/174/Contacts", """{ "id": 1, "firstName": "Ann", "lastName": "Lee", "isActive": 1 }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var item = (await _fixture.Get("Contacts/1")).Json["item"]!;
        Assert.Equal("Ann", (string)item["firstName"]!);
        Assert.Null(item["emailAddress"]);
        Assert.NotNull(item["createDate"]);
    }

    [Fact]
    public async Task B3_delete_under_the_parent_answers_itemId_and_the_contact_is_gone()
    {
        var response = await _fixture.Send(HttpMethod.Delete, "Companies/174/Contacts/2");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, (long)response.Json["itemId"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _fixture.Get("Contacts/2")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _fixture.Send(HttpMethod.Delete, "Companies/174/Contacts/2")).Status);
        // Under the wrong company it is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await _fixture.Send(HttpMethod.Delete, "Companies/175/Contacts/1")).Status);
    }

    [Fact]
    public async Task B3_child_get_returns_the_contact_only_under_its_company()
    {
        Assert.Equal("First1", (string)(await _fixture.Get("Companies/174/Contacts/1")).Json["item"]!["firstName"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _fixture.Get("Companies/175/Contacts/1")).Status);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task B3_root_create_and_update_of_contacts_is_405(string method)
    {
        var response = await _fixture.Send(new HttpMethod(method), "Contacts", """{ "companyID": 174, "firstName": "Jane", "lastName": "Doe", "isActive": 1 }""");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("The requested resource does not support http method '" + method + "'.", (string)response.Json["Message"]!);
        var all = await _fixture.Query("Contacts", """[{"op":"gte","field":"id","value":0}]""");
        Assert.Equal(2, all["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{ "lastName": "Doe", "isActive": 1 }""", "firstName")]
    [InlineData("""{ "firstName": "Jane", "isActive": 1 }""", "lastName")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Doe" }""", "isActive")]
    [InlineData("""{ "firstName": "", "lastName": "Doe", "isActive": 1 }""", "firstName")]
    [InlineData("""{ "firstName": "Abcdefghijklmnopqrstu", "lastName": "Doe", "isActive": 1 }""", "firstName")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Abcdefghijklmnopqrstu", "isActive": 1 }""", "lastName")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Doe", "isActive": 1, "emailAddress": "a-very-long-mailbox-name-for-testing@an-even-longer-domain.example.com" }""", "emailAddress")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Doe", "isActive": 1, "emailAddress3": "a-very-long-mailbox-name-for-testing@an-even-longer-domain.example.com" }""", "emailAddress3")]
    [InlineData("""{ "companyID": 175, "firstName": "Jane", "lastName": "Doe", "isActive": 1 }""", "companyID")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Doe", "isActive": "yes" }""", "isActive")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Doe", "isActive": 2 }""", "isActive")]
    [InlineData("""{ "firstName": "Jane", "lastName": "Doe", "isActive": 1, "namePrefix": 99 }""", "namePrefix")]
    public async Task B3_a_create_the_api_refuses_is_500_with_errors_naming_the_field(string body, string field)
    {
        var response = await _fixture.Post("Companies/174/Contacts", body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains(response.Errors, e => e.Contains(field, StringComparison.Ordinal));
        Assert.Equal(2, (await _fixture.Query("Contacts", """[{"op":"gte","field":"id","value":0}]"""))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task B3_every_failure_of_one_request_is_reported_together()
    {
        var response = await _fixture.Post("Companies/174/Contacts", """{ "firstName": "Abcdefghijklmnopqrstu", "emailAddress": "x" }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(3, response.Errors.Length);
    }

    [Fact]
    public async Task B3_a_create_under_an_unknown_company_is_500()
    {
        var response = await _fixture.Post("Companies/9999/Contacts", """{ "firstName": "Jane", "lastName": "Doe", "isActive": 1 }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Single(response.Errors);
    }

    [Theory]
    [InlineData("""{ "isActive": 0 }""", "id")]
    [InlineData("""{ "id": 777, "isActive": 0 }""", "777")]
    [InlineData("""{ "id": 1, "lastName": "Abcdefghijklmnopqrstu" }""", "lastName")]
    [InlineData("""{ "id": 1, "companyID": 175 }""", "companyID")]
    public async Task B3_a_patch_the_api_refuses_is_500_and_changes_nothing(string body, string mention)
    {
        var response = await _fixture.Send(HttpMethod.Patch, "Companies/174/Contacts", body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains(response.Errors, e => e.Contains(mention, StringComparison.Ordinal));
        var item = (await _fixture.Get("Contacts/1")).Json["item"]!;
        Assert.Equal("Last1", (string)item["lastName"]!);
        Assert.Equal(1, (int)item["isActive"]!);
    }

    [Fact]
    public async Task B3_a_patch_through_another_company_is_refused()
    {
        var response = await _fixture.Send(HttpMethod.Patch, "Companies/175/Contacts", """{ "id": 1, "isActive": 0 }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("does not belong", Assert.Single(response.Errors));
    }

    [Fact]
    public async Task B3_entity_information_fields_describe_what_validation_enforces()
    {
        var response = await _fixture.Get("Contacts/entityInformation/fields");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var fields = response.Json["fields"]!.AsArray().Select(f => f!.AsObject()).ToDictionary(f => (string)f["name"]!);
        var options = _fixture.Sim.Options.Autotask;
        Assert.Equal(new[] { "companyID", "firstName", "isActive", "lastName" }, fields.Values.Where(f => (bool)f["isRequired"]!).Select(f => (string)f["name"]!).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(options.FirstNameMaxLength, (int)fields["firstName"]["length"]!);
        Assert.Equal(options.LastNameMaxLength, (int)fields["lastName"]["length"]!);
        Assert.Equal(options.EmailMaxLength, (int)fields["emailAddress"]["length"]!);
        Assert.Equal(options.EmailMaxLength, (int)fields["emailAddress3"]["length"]!);
        Assert.Equal("integer", (string)fields["isActive"]["dataType"]!);
        Assert.Equal("string", (string)fields["firstName"]["dataType"]!);
        Assert.True((bool)fields["companyID"]["isReference"]!);
        Assert.Equal("Company", (string)fields["companyID"]["referenceEntityType"]!);
        Assert.True((bool)fields["id"]["isReadOnly"]!);
        Assert.False((bool)fields["surveyOptOut"]["isQueryable"]!);
        Assert.True((bool)fields["namePrefix"]["isPickList"]!);
        Assert.NotEmpty(fields["namePrefix"]["picklistValues"]!.AsArray());
        foreach (var key in new[] { "name", "dataType", "length", "isRequired", "isReadOnly", "isQueryable", "isReference", "referenceEntityType", "isPickList", "picklistValues", "picklistParentValueField", "isSupportedWebhookField" })
        {
            Assert.True(fields["firstName"].ContainsKey(key), key);
        }
    }

    [Fact]
    public async Task B5_companies_are_created_and_patched_at_the_root_and_isActive_is_boolean()
    {
        var created = await _fixture.Post("Companies", """{ "companyName": "Northwind", "isActive": 1 }""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var id = (long)created.Json["itemId"]!;
        var company = (await _fixture.Get("Companies/" + id)).Json["item"]!;
        Assert.True((bool)company["isActive"]!);
        Assert.Equal(1, (int)company["companyType"]!);

        var patched = await _fixture.Send(HttpMethod.Patch, "Companies", "{ \"id\": " + id + ", \"isActive\": false }");
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.False((bool)(await _fixture.Get("Companies/" + id)).Json["item"]!["isActive"]!);

        var invalid = await _fixture.Post("Companies", """{ "companyNumber": "X" }""");
        Assert.Equal(HttpStatusCode.InternalServerError, invalid.Status);
        Assert.Contains("companyName", Assert.Single(invalid.Errors));
    }
}
