using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>
/// The field limits of specs/connectwise-models-subset.json and psa-api.md A2/A3/A7, bodies a real server cannot
/// read, the DELETE rule of the 2025 OAS, the GET URL limit (A4) and the _info links (A2), as a plain HTTP client sees them.
/// </summary>
public class CwLimitsTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwLimitsTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private static string Chars(int n) => new('x', n);

    private async Task<int> ContactCount() => (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count")))["count"]!;

    [Theory] // spec notes and A2 "Limits": too long or outside the enum -> 400 InvalidObject naming the field; nothing stored
    [InlineData("firstName", 31)]
    [InlineData("lastName", 31)]
    [InlineData("title", 101)]
    [InlineData("securityIdentifier", 185)]
    [InlineData("userDefinedField1", 51)]
    [InlineData("userDefinedField10", 51)]
    public async Task A2_a_contact_string_over_its_limit_is_400_InvalidObject(string field, int length)
    {
        var body = new JsonObject { ["firstName"] = "Jane", ["lastName"] = "Doe", ["company"] = new JsonObject { ["id"] = 250 } };
        body[field] = Chars(length);
        var before = await ContactCount();

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = (await Cw.Json(response)).AsObject();
        Assert.Equal("InvalidObject", (string)json["code"]!);
        Assert.Equal("contact object is invalid", (string)json["message"]!);
        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal("InvalidField", (string)error["code"]!);
        Assert.Equal("contact", (string)error["resource"]!);
        Assert.Equal(field, (string)error["field"]!);
        Assert.Contains((length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (string)error["message"]!, System.StringComparison.Ordinal);
        Assert.Equal(before, await ContactCount());
    }

    [Fact] // the limits themselves are allowed: 30/30/100/50
    public async Task A2_values_at_the_limit_are_stored()
    {
        var body = new JsonObject
        {
            ["firstName"] = Chars(30), ["lastName"] = Chars(30), ["title"] = Chars(100), ["userDefinedField1"] = Chars(50), ["gender"] = "female",
            ["communicationItems"] = new JsonArray(new JsonObject { ["type"] = new JsonObject { ["id"] = 2 }, ["value"] = Chars(250), ["extension"] = Chars(15) }),
        };

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", body.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Cw.Json(response);
        Assert.Equal("Female", (string)created["gender"]!); // stored in the spec's casing
        Assert.Equal(250, ((string)created["communicationItems"]![0]!["value"]!).Length);
    }

    [Fact] // every problem of one body in one answer, items included (value ≤250, extension ≤15)
    public async Task A2_every_limit_broken_in_one_body_is_reported_together()
    {
        var body = new JsonObject
        {
            ["firstName"] = Chars(31), ["lastName"] = Chars(31),
            ["communicationItems"] = new JsonArray(
                new JsonObject { ["type"] = new JsonObject { ["id"] = 1 }, ["value"] = Chars(240) + "@contoso.com" },
                new JsonObject { ["type"] = new JsonObject { ["id"] = 2 }, ["value"] = "555-0100", ["extension"] = Chars(16) }),
        };

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Cw.Json(response))["errors"]!.AsArray();
        Assert.Equal(new[] { "firstName", "lastName", "communicationItems", "communicationItems" }, errors.Select(e => (string)e!["field"]!).ToArray());
        Assert.Contains("communicationItems[0].value", (string)errors[2]!["message"]!, System.StringComparison.Ordinal);
        Assert.Contains("communicationItems[1].extension", (string)errors[3]!["message"]!, System.StringComparison.Ordinal);
    }

    [Theory] // spec: gender Literal["Female","Male"], presence Literal[...]
    [InlineData("gender", "Other")]
    [InlineData("presence", "Busy")]
    public async Task A2_an_enum_value_outside_the_spec_is_400(string field, string value)
    {
        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", new JsonObject { ["firstName"] = "Jane", [field] = value }.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string)(await Cw.Json(response))["errors"]![0]!["field"]!);
    }

    [Fact] // a PATCH is checked like a PUT: the limit holds there too, and the record is unchanged
    public async Task A5_a_PATCH_over_a_limit_is_400_and_changes_nothing()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Patch, "company/contacts/1001", """[ { "op": "replace", "path": "lastName", "value": "%" } ]""".Replace("%", Chars(31)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Lee", (string)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001")))["lastName"]!);
    }

    [Theory] // ContactCommunication: value "Max length: 250;", extension "Max length: 15;"
    [InlineData("value", 251)]
    [InlineData("extension", 16)]
    public async Task A2_a_communication_over_its_limit_is_400(string field, int length)
    {
        var body = new JsonObject { ["type"] = new JsonObject { ["id"] = 2 }, ["value"] = "555-0100" };
        body[field] = Chars(length);

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts/1001/communications", body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await Cw.Json(response);
        Assert.Equal("contactCommunication object is invalid", (string)json["message"]!);
        Assert.Equal(field, (string)json["errors"]![0]!["field"]!);
        Assert.Equal(2, (await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications"))).AsArray().Count);
    }

    [Theory] // ContactCommunication errors name the resource and field the caller posted, as the too-long value does (stress56b finding 7)
    [InlineData("POST", "company/contacts/1001/communications", """{ "type": { "id": 2 }, "value": "" }""", "MissingRequiredField", "value")]
    [InlineData("POST", "company/contacts/1001/communications", """{ "type": { "id": 2 } }""", "MissingRequiredField", "value")]
    [InlineData("POST", "company/contacts/1001/communications", """{ "type": { "id": 99 }, "value": "555-0100" }""", "InvalidField", "type")]
    [InlineData("POST", "company/contacts/1001/communications", """{ "type": { "name": "Telex" }, "value": "555-0100" }""", "InvalidField", "type")]
    [InlineData("POST", "company/contacts/1001/communications", """{ "value": "555-0100" }""", "MissingRequiredField", "type")]
    [InlineData("PUT", "company/contacts/1001/communications/ITEM", """{ "type": { "id": 99 }, "value": "555-0100" }""", "InvalidField", "type")]
    [InlineData("PATCH", "company/contacts/1001/communications/ITEM", """[ { "op": "replace", "path": "value", "value": "" } ]""", "MissingRequiredField", "value")]
    public async Task A2_a_communication_error_names_contactCommunication_and_its_field(string method, string path, string body, string code, string field)
    {
        var before = await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications"));
        var itemId = (int)before[0]!["id"]!;

        var response = await Cw.Send(_fixture, new HttpMethod(method), path.Replace("ITEM", itemId.ToString(System.Globalization.CultureInfo.InvariantCulture)), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await Cw.Json(response);
        Assert.Equal("InvalidObject", (string?)json["code"]);
        Assert.Equal("contactCommunication object is invalid", (string?)json["message"]);
        var error = Assert.Single(json["errors"]!.AsArray())!;
        Assert.Equal(code, (string?)error["code"]);
        Assert.Equal("contactCommunication", (string?)error["resource"]);
        Assert.Equal(field, (string?)error["field"]);
        Assert.DoesNotContain("communicationItems", (string?)error["message"], System.StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001/communications"))).ToJsonString());
    }

    [Theory] // CommunicationType: the xrefs "Max length: 50;", coreEntityCommunicationTypeId 36
    [InlineData("exchangeXref", 51)]
    [InlineData("iphoneXref", 51)]
    [InlineData("coreEntityCommunicationTypeId", 37)]
    public async Task A3_a_communication_type_field_over_its_limit_is_400(string field, int length)
    {
        var body = new JsonObject { ["description"] = "Pager 2", ["phoneFlag"] = true };
        body[field] = Chars(length);

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/communicationTypes", body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string)(await Cw.Json(response))["errors"]![0]!["field"]!);
    }

    [Theory] // Company: identifier 30, name 50, zip 12 (spec notes)
    [InlineData("identifier", 31)]
    [InlineData("name", 51)]
    [InlineData("zip", 13)]
    public async Task A7_a_company_field_over_its_limit_is_400(string field, int length)
    {
        var body = new JsonObject { ["identifier"] = "Northwind", ["name"] = "Northwind Traders" };
        body[field] = Chars(length);

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/companies", body.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (string)(await Cw.Json(response))["errors"]![0]!["field"]!);
    }

    [Fact] // a reference's id of the wrong kind names the reference, not the contact's own id
    public async Task A2_company_id_as_a_string_is_400_naming_company()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts", """{ "firstName": "Jane", "company": { "id": "250" } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Cw.Json(response))["errors"]![0]!;
        Assert.Equal("company", (string)error["field"]!);
        Assert.StartsWith("company/id ", (string)error["message"]!, System.StringComparison.Ordinal);
    }

    [Fact] // communicationItems must be an array: an object is 400, never a 201 that drops the email
    public async Task A2_communicationItems_as_an_object_is_400()
    {
        var before = await ContactCount();

        var response = await Cw.Send(_fixture, HttpMethod.Post, "company/contacts",
            """{ "firstName": "Jane", "communicationItems": { "type": { "id": 1 }, "value": "jane@contoso.com" } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("communicationItems", (string)(await Cw.Json(response))["errors"]![0]!["field"]!);
        Assert.Equal(before, await ContactCount());
    }

    [Fact] // A2: "In the 2025 OAS the query param transferContactId is required"
    public async Task A2_DELETE_without_transferContactId_is_400_and_keeps_the_contact()
    {
        var response = await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1002");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await Cw.Json(response);
        Assert.Contains("transferContactId", (string)json["message"]!, System.StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Cw.Get(_fixture, "company/contacts/1002")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1002?transferContactId=9999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1002?transferContactId=1002")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Cw.Send(_fixture, HttpMethod.Delete, "company/contacts/1002?transferContactId=1001")).StatusCode);
    }

    [Fact] // A4 "URL length: keep ≤ 2000 characters": 2000 is served, 2001 is 414 in the {code,message,errors} shape
    public async Task A4_a_GET_URL_over_2000_characters_is_414()
    {
        string Path(int total)
        {
            var prefix = "company/contacts?conditions=" + Cw.Q("lastName != \"");
            var suffix = Cw.Q("\"");
            var fixedLength = (_fixture.Sim.BaseUrl + Cw.Api + prefix + suffix).Length;
            return prefix + Chars(total - fixedLength) + suffix;
        }

        Assert.Equal(HttpStatusCode.OK, (await Cw.Get(_fixture, Path(2000))).StatusCode);
        var response = await Cw.Get(_fixture, Path(2001));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var json = (await Cw.Json(response)).AsObject();
        Assert.Equal(new[] { "code", "message", "errors" }, json.Select(p => p.Key).ToArray());
        Assert.Contains("2001", (string)json["message"]!, System.StringComparison.Ordinal);
    }

    [Fact] // A2 "Real responses also carry _info": the contact's links and company._info.company_href, on the host called
    public async Task A2_contact_info_carries_the_links_and_they_lead_somewhere()
    {
        var contact = await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001"));
        var api = _fixture.Sim.BaseUrl + Cw.Api;

        var info = contact["_info"]!.AsObject();
        foreach (var name in new[] { "lastUpdated", "updatedBy", "communications_href", "notes_href", "tracks_href", "portalSecurity_href", "activities_href",
                     "documents_href", "configurations_href", "tickets_href", "opportunities_href", "projects_href", "image_href" })
        {
            Assert.True(info.ContainsKey(name), name);
        }
        Assert.Equal(api + "company/contacts/1001/communications", (string)info["communications_href"]!);
        Assert.Equal(api + "company/companies/250", (string)contact["company"]!["_info"]!["company_href"]!);

        var communications = await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "/" + ((string)info["communications_href"]!).Substring(_fixture.Sim.BaseUrl.ToString().Length)));
        Assert.Equal(2, (await Cw.Json(communications)).AsArray().Count);

        // In lists too; and a fields projection that names only company/id gets no link.
        var list = await Cw.Json(await Cw.Get(_fixture, "company/contacts?pageSize=1"));
        Assert.Equal(api + "company/contacts/1001/notes", (string)list[0]!["_info"]!["notes_href"]!);
        var projected = await Cw.Json(await Cw.Get(_fixture, "company/contacts/1001?fields=id,company/id"));
        Assert.Equal("""{"id":1001,"company":{"id":250}}""", projected.ToJsonString());
    }

    [Theory] // A4/E5 fields= with nested a/b paths into _info, on contacts as on companies (stress56b finding 4)
    [InlineData("id,_info/lastUpdated", new[] { "lastUpdated" }, null)]
    [InlineData("_info/lastUpdated,_info/communications_href", new[] { "lastUpdated", "communications_href" }, null)]
    [InlineData("id,company/_info", null, new[] { "company_href" })]
    [InlineData("id,company/name,company/_info/company_href", null, new[] { "company_href" })]
    [InlineData("id,company/id", null, null)]
    public async Task A4_fields_projects_info_sub_paths_of_contacts(string fields, string[]? infoKeys, string[]? companyInfoKeys)
    {
        var api = _fixture.Sim.BaseUrl + Cw.Api;
        foreach (var path in new[] { "company/contacts/1001?fields=", "company/contacts?pageSize=1&fields=" })
        {
            var json = await Cw.Json(await Cw.Get(_fixture, path + Cw.Q(fields)));
            var contact = (json as JsonArray)?[0] ?? json;

            Assert.Equal(infoKeys, contact["_info"]?.AsObject().Select(p => p.Key).ToArray());
            Assert.Equal(companyInfoKeys, contact["company"]?["_info"]?.AsObject().Select(p => p.Key).ToArray());
            if (companyInfoKeys != null) Assert.Equal(api + "company/companies/250", (string?)contact["company"]!["_info"]!["company_href"]);
            if (infoKeys?.Contains("communications_href") == true) Assert.Equal(api + "company/contacts/1001/communications", (string?)contact["_info"]!["communications_href"]);
        }
        var company = await Cw.Json(await Cw.Get(_fixture, "company/companies/250?fields=" + Cw.Q("id,_info/lastUpdated")));
        Assert.Equal(new[] { "lastUpdated" }, company["_info"]!.AsObject().Select(p => p.Key).ToArray());
    }

    [Fact] // the two 404 texts: no doubled codebase, no empty path
    public async Task Not_found_messages_name_what_was_asked()
    {
        var codebase = await Cw.Json(await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "/v2019_1/apis/3.0/system/info")));
        Assert.Equal("The codebase 'v2019_1/' is not served here; use v4_6_release/.", (string)codebase["message"]!);

        var empty = await Cw.Json(await _fixture.Http.SendAsync(Cw.Request(HttpMethod.Get, "/v4_6_release/apis/3.0")));
        Assert.StartsWith("GET apis/3.0/ with no resource path is not modelled", (string)empty["message"]!, System.StringComparison.Ordinal);
    }
}

/// <summary>A simulator with ConnectWise's default per-minute budget (the test fixtures otherwise turn it off).</summary>
public class DefaultRateLimitFixture : SimulatorFixture
{
    protected override bool DefaultRateLimit => true;
}

/// <summary>psa-api.md A6: "If your integration currently sends over 1,000 requests per minute, it will likely experience rate limiting."</summary>
public class CwDefaultRateLimitTests : IClassFixture<DefaultRateLimitFixture>
{
    private readonly DefaultRateLimitFixture _fixture;

    public CwDefaultRateLimitTests(DefaultRateLimitFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    [Fact]
    public async Task A6_ordinary_traffic_over_1000_requests_a_minute_gets_429()
    {
        Assert.Equal(1000, new PsaSimulatorOptions().ConnectWise.RequestsPerMinute);
        for (var i = 0; i < 1000; i++)
        {
            var ok = await Cw.Get(_fixture, "system/info");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var response = await Cw.Get(_fixture, "system/info");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 60);
        Assert.Equal("""{"error":"ConnectWiseAPI","message":"Too many requests. Please try again in SECONDS seconds."}""".Replace("SECONDS", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (await Cw.Json(response)).ToJsonString());
    }
}
