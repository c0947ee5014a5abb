using System;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>The seed document's autotask section (tools/PsaSimulator/README.md "Seed document"; psa-api.md B3/B5 shapes).</summary>
public class SeedTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public SeedTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
    }

    [Fact]
    public async Task The_readme_example_loads_and_counts_show_in_sim_state()
    {
        _fixture.Seed("""
            { "autotask": {
                "companies": [ { "id": 174, "companyName": "Contoso Ltd", "companyNumber": "CONTOSO", "companyType": 1, "isActive": true } ],
                "contacts": [
                  { "id": 30001, "companyID": 174, "firstName": "Ann", "lastName": "Lee", "emailAddress": "ann.lee@contoso.com",
                    "emailAddress2": null, "emailAddress3": null, "mobilePhone": "+1 206 555 0100", "isActive": 1 },
                  { "companyID": 174, "firstName": "Bob", "lastName": "Smith" } ] } }
            """);

        var state = (await SimulatorFixture.ReadJson(await _fixture.Http.GetAsync("_sim/state")))!;
        Assert.Equal(2, (int)state["Autotask"]!["Companies"]!); // 174 and the owner company 0
        Assert.Equal(2, (int)state["Autotask"]!["Contacts"]!);
        var bob = await _fixture.Query("Contacts", """[{"op":"eq","field":"firstName","value":"Bob"}]""");
        var item = bob["items"]![0]!;
        Assert.True((long)item["id"]! > 30001);
        Assert.Equal(1, (int)item["isActive"]!);
        Assert.EndsWith("Z", (string)item["createDate"]!);
        Assert.EndsWith("Z", (string)item["lastModifiedDate"]!);
        Assert.Empty(item["userDefinedFields"]!.AsArray());
    }

    [Theory]
    [InlineData("""{ "autotask": { "contacts": [ { "id": 7, "companyID": 999, "firstName": "A", "lastName": "B", "isActive": 1 } ] } }""", "contacts[0] (id 7, B)", "999")]
    [InlineData("""{ "autotask": { "companies": [ { "id": 5 } ] } }""", "companies[0] (id 5)", "companyName")]
    [InlineData("""{ "autotask": { "companies": [ { "id": 5, "companyName": "X" }, { "id": 5, "companyName": "Y" } ] } }""", "companies[1]", "twice")]
    [InlineData("""{ "autotask": { "companies": [ { "id": 5, "companyName": "X" } ], "contacts": [ { "companyID": 5, "lastName": "Nofirst" } ] } }""", "contacts[0] (Nofirst)", "firstName")]
    [InlineData("""{ "autotask": { "companies": [ { "id": 5, "companyName": "X" } ], "contacts": [ { "companyID": 5, "firstName": "A", "lastName": "B", "isActive": "yes" } ] } }""", "contacts[0]", "isActive")]
    [InlineData("""{ "autotask": { "contacts": {} } }""", "autotask.contacts", "array")]
    public void A_record_that_cannot_be_loaded_throws_a_SeedException_naming_it(string document, string record, string reason)
    {
        var ex = Assert.Throws<SeedException>(() => _fixture.Seed(document));

        Assert.Contains(record, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_seed_over_http_is_400_and_leaves_the_data_as_it_was()
    {
        _fixture.SeedContacts(2);

        var response = await _fixture.Http.PostAsync("_sim/seed", SimulatorFixture.JsonBody("""{ "autotask": { "contacts": [ { "companyID": 1, "firstName": "A", "lastName": "B" } ] } }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("autotask.contacts[0]", (string)(await SimulatorFixture.ReadJson(response))!["error"]!);
        Assert.Equal(2, (await _fixture.Query("Contacts", """[{"op":"gte","field":"id","value":0}]"""))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Reset_leaves_only_the_owner_company()
    {
        _fixture.SeedContacts(3);

        _fixture.Sim.Reset();

        var companies = await _fixture.Query("Companies", """[{"op":"gte","field":"id","value":0}]""");
        Assert.Equal(new long[] { 0 }, AutotaskApi.Ids(companies));
        Assert.Empty(AutotaskApi.Ids(await _fixture.Query("Contacts", """[{"op":"gte","field":"id","value":0}]""")));
    }
}
