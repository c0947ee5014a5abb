using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>
/// psa-api.md A4 "Escaping Characters", JSON bodies: \", \\ and \t are kept; "a newline or CR becomes a single
/// space" (CR LF together: one space); \b and \f are dropped (README, a guess). On every write: POST, PUT and
/// PATCH of contacts, companies, communication items and communication types.
/// </summary>
public class CwBodyTextTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwBodyTextTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private async Task<JsonObject> Ok(HttpMethod method, string path, string json, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Cw.Send(_fixture, method, path, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, method + " " + path + " -> " + (int)response.StatusCode + " " + body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<JsonObject> Read(string path) => (await Cw.Json(await Cw.Get(_fixture, path))).AsObject();

    [Fact]
    public async Task A4_POST_contact_turns_newlines_into_one_space_and_drops_backspace_and_formfeed()
    {
        var created = await Ok(HttpMethod.Post, "company/contacts",
            """{ "firstName": "Ann\nMarie", "lastName": "Lee\r\nSmith", "title": "Bs\bFf\f", "nickName": "A\r\rB\n\nC", "school": "Tab\there \"q\" back\\slash", "company": { "id": 250 } }""",
            HttpStatusCode.Created);

        foreach (var contact in new[] { created, await Read("company/contacts/" + created["id"]) })
        {
            Assert.Equal("Ann Marie", (string)contact["firstName"]!);
            Assert.Equal("Lee Smith", (string)contact["lastName"]!);
            Assert.Equal("BsFf", (string)contact["title"]!);
            Assert.Equal("A  B  C", (string)contact["nickName"]!);
            Assert.Equal("Tab\there \"q\" back\\slash", (string)contact["school"]!);
        }
    }

    [Fact]
    public async Task A4_PATCH_and_PUT_contact_clean_string_values()
    {
        var patched = await Ok(HttpMethod.Patch, "company/contacts/1001", """[{ "op": "replace", "path": "title", "value": "Line1\nLine2" }]""");
        Assert.Equal("Line1 Line2", (string)patched["title"]!);
        Assert.Equal("Line1 Line2", (string)(await Read("company/contacts/1001"))["title"]!);

        var put = await Ok(HttpMethod.Put, "company/contacts/1001", """{ "firstName": "Ann\r", "lastName": "\fLee", "company": { "id": 250 } }""");
        Assert.Equal("Ann ", (string)put["firstName"]!);
        Assert.Equal("Lee", (string)put["lastName"]!);
    }

    [Fact]
    public async Task A4_contact_communication_items_are_cleaned_in_every_write()
    {
        var created = await Ok(HttpMethod.Post, "company/contacts",
            """{ "firstName": "Jo", "company": { "id": 250 }, "communicationItems": [ { "type": { "id": 4 }, "value": "555\n0100", "extension": "1\r\n2" } ] }""",
            HttpStatusCode.Created);
        var item = created["communicationItems"]![0]!;
        Assert.Equal("555 0100", (string)item["value"]!);
        Assert.Equal("1 2", (string)item["extension"]!);

        var added = await Ok(HttpMethod.Post, "company/contacts/1001/communications", """{ "type": { "id": 2 }, "value": "555\b0199\r\n" }""", HttpStatusCode.Created);
        Assert.Equal("5550199 ", (string)added["value"]!);

        var patched = await Ok(HttpMethod.Patch, "company/contacts/1001/communications/" + added["id"], """[{ "op": "replace", "path": "value", "value": "555\n0200" }]""");
        Assert.Equal("555 0200", (string)patched["value"]!);

        var put = await Ok(HttpMethod.Put, "company/contacts/1001/communications/" + added["id"], """{ "type": { "id": 2 }, "value": "555\r0300" }""");
        Assert.Equal("555 0300", (string)put["value"]!);
    }

    [Fact]
    public async Task A4_companies_and_communication_types_are_cleaned_too()
    {
        var company = await Ok(HttpMethod.Post, "company/companies", """{ "identifier": "New\nCo", "name": "New\r\nCo Ltd\f" }""", HttpStatusCode.Created);
        Assert.Equal("New Co", (string)company["identifier"]!);
        Assert.Equal("New Co Ltd", (string)company["name"]!);
        var patched = await Ok(HttpMethod.Patch, "company/companies/" + company["id"], """[{ "op": "replace", "path": "website", "value": "a\nb" }]""");
        Assert.Equal("a b", (string)patched["website"]!);

        var type = await Ok(HttpMethod.Post, "company/communicationTypes", """{ "description": "Cell\r\nPhone", "phoneFlag": true, "exchangeXref": "x\by" }""", HttpStatusCode.Created);
        Assert.Equal("Cell Phone", (string)type["description"]!);
        Assert.Equal("xy", (string)type["exchangeXref"]!);
        var renamed = await Ok(HttpMethod.Patch, "company/communicationTypes/" + type["id"], """[{ "op": "replace", "path": "description", "value": "Car\nPhone" }]""");
        Assert.Equal("Car Phone", (string)renamed["description"]!);
    }
}
