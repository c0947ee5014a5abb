using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using QuickpassPsa.Simulator;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>The seed document's ConnectWise section (README "Seed document"), Reset and the state counts.</summary>
public class CwSeedTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwSeedTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
    }

    [Fact] // README: derived fields are filled in (type.name, communicationType, domain, item ids); /_sim/state counts
    public async Task Seed_fills_in_derived_fields_and_state_counts_entities()
    {
        _fixture.Seed(Cw.StandardSeed);

        var bob = await Cw.Json(await Cw.Get(_fixture, "company/contacts/1002"));
        var email = bob["communicationItems"]![0]!;
        Assert.Equal("""{"id":1,"name":"Email"}""", email["type"]!.ToJsonString());
        Assert.Equal("Email", (string)email["communicationType"]!);
        Assert.Equal("@Outlook.com", (string)email["domain"]!);
        Assert.True((int)email["id"]! > 0);
        Assert.Equal(250, (int)bob["company"]!["id"]!);

        var state = await Cw.Json(await _fixture.Http.GetAsync("_sim/state"));
        Assert.Equal("""{"companies":2,"communicationTypes":5,"contacts":5,"communicationItems":8}""", state["ConnectWise"]!.ToJsonString());

        _fixture.Sim.Reset();
        state = await Cw.Json(await _fixture.Http.GetAsync("_sim/state"));
        Assert.Equal(0, (int)state["ConnectWise"]!["contacts"]!);
    }

    [Theory] // README: "A record that cannot be loaded ... stops the load with a message naming it"
    [InlineData("""{ "contacts": [ { "firstName": "Ann", "lastName": "Lee", "company": { "identifier": "Nowhere" } } ] }""", "connectWise.contacts[0] ('Ann Lee')")]
    [InlineData("""{ "communicationTypes": [ { "id": 1, "description": "Email", "emailFlag": true } ], "contacts": [ { "id": 5, "firstName": "Bo", "communicationItems": [ { "type": { "name": "Pager" }, "value": "1" } ] } ] }""", "connectWise.contacts[0] (id 5, 'Bo')")]
    [InlineData("""{ "communicationTypes": [ { "description": "NoFlags" } ] }""", "connectWise.communicationTypes[0] ('NoFlags')")]
    [InlineData("""{ "companies": [ { "id": 1, "identifier": "A", "name": "A" }, { "id": 1, "identifier": "B", "name": "B" } ] }""", "connectWise.companies[1] (id 1, 'B')")]
    public async Task Seed_an_unloadable_record_throws_SeedException_naming_it(string section, string label)
    {
        _fixture.Seed(Cw.StandardSeed);

        var error = Assert.Throws<SeedException>(() => _fixture.Sim.Seed(new JsonObject { ["connectWise"] = JsonNode.Parse(section) }));

        Assert.StartsWith(label, error.Message);
        Assert.Equal(5, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count")))["count"]!); // the old data stays
    }

    [Fact] // README: POST /_sim/seed answers 400 {error} for an unloadable record, and the old data stays
    public async Task Seed_over_http_refuses_a_bad_record_and_keeps_the_old_data()
    {
        _fixture.Seed(Cw.StandardSeed);

        var response = await _fixture.Http.PostAsync("_sim/seed", SimulatorFixture.JsonBody("""{ "connectWise": { "contacts": [ { "lastName": "NoFirstName" } ] } }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("connectWise.contacts[0]", (string)(await Cw.Json(response))["error"]!);
        Assert.Equal(5, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count")))["count"]!);
    }
}
