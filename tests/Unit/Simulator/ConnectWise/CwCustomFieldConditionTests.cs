using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>
/// psa-api.md A4 customFieldConditions (`caption="TomNumber" AND value != null`, "as above": the conditions grammar)
/// on contacts and companies (stress56b finding 2: it was ignored, so a filter on a custom field returned every record).
/// A record matches when one of its customFields satisfies the whole expression.
/// </summary>
public class CwCustomFieldConditionTests : IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    {
      "connectWise": {
        "companies": [
          { "id": 250, "identifier": "Contoso", "name": "Contoso Ltd",
            "customFields": [ { "id": 7, "caption": "Tier", "type": "Text", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": "Gold" } ] },
          { "id": 251, "identifier": "Fabrikam", "name": "Fabrikam Inc" }
        ],
        "contacts": [
          { "id": 1001, "firstName": "Ann", "company": { "id": 250 },
            "customFields": [
              { "id": 5, "caption": "TomNumber", "type": "Number", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": 12 },
              { "id": 6, "caption": "CloudPlus", "type": "Checkbox", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": true } ] },
          { "id": 1002, "firstName": "Bob", "company": { "id": 250 },
            "customFields": [
              { "id": 5, "caption": "TomNumber", "type": "Number", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": null },
              { "id": 6, "caption": "CloudPlus", "type": "Checkbox", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": false },
              { "id": 8, "caption": "Badge", "type": "Text", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": "12" } ] },
          { "id": 1003, "firstName": "Cy", "company": { "id": 251 },
            "customFields": [ { "id": 5, "caption": "TomNumber", "type": "Number", "entryMethod": "EntryField", "numberOfDecimals": 0, "value": 3 } ] },
          { "id": 1004, "firstName": "Di", "company": { "id": 251 } }
        ]
      }
    }
    """;

    private readonly SimulatorFixture _fixture;

    public CwCustomFieldConditionTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Seed);
    }

    private Task<int[]> Contacts(string customFieldConditions, string extra = "") =>
        Cw.Ids(_fixture, "company/contacts?customFieldConditions=" + Cw.Q(customFieldConditions) + extra);

    [Theory]
    [InlineData("caption=\"TomNumber\" AND value != null", new[] { 1001, 1003 })]
    [InlineData("caption='tomnumber' and value = null", new[] { 1002 })]
    [InlineData("caption=\"TomNumber\" AND value > 5", new[] { 1001 })]
    [InlineData("caption=\"CloudPlus\" AND value = true", new[] { 1001 })]
    [InlineData("caption=\"Badge\" AND value = \"12\"", new[] { 1002 })]
    [InlineData("caption like 'Cloud*'", new[] { 1001, 1002 })]
    [InlineData("id = 8 OR caption = 'NoSuchCaption'", new[] { 1002 })]
    [InlineData("caption=\"NoSuchCaption\" AND value != null", new int[0])]
    public async Task A4_custom_field_conditions_filter_contacts(string customFieldConditions, int[] expected) =>
        Assert.Equal(expected, await Contacts(customFieldConditions));

    [Fact] // one custom field must satisfy the whole expression: on 1002 Badge is "12" and TomNumber is null, never one field both
    public async Task A4_one_custom_field_satisfies_the_whole_expression() =>
        Assert.Empty(await Contacts("caption = 'Badge' AND value = null"));

    [Fact]
    public async Task A4_custom_field_conditions_combine_with_conditions_and_count()
    {
        Assert.Equal(new[] { 1003 }, await Contacts("caption = 'TomNumber' AND value != null", "&conditions=" + Cw.Q("company/id = 251")));

        var contacts = await Cw.Json(await Cw.Get(_fixture, "company/contacts/count?customFieldConditions=" + Cw.Q("caption=\"NoSuchCaption\" AND value != null")));
        Assert.Equal(0, (int)contacts["count"]!);
        var companies = await Cw.Json(await Cw.Get(_fixture, "company/companies/count?customFieldConditions=" + Cw.Q("caption=\"NoSuchCaption\" AND value != null")));
        Assert.Equal(0, (int)companies["count"]!);
        Assert.Equal(new[] { 250 }, await Cw.Ids(_fixture, "company/companies?customFieldConditions=" + Cw.Q("caption='Tier' and value='gold'")));
    }

    [Theory] // a malformed expression or an unknown name is 400 ApiFindCondition, as a bad conditions= is
    [InlineData("company/contacts?customFieldConditions=", "garbage((", null)]
    [InlineData("company/contacts/count?customFieldConditions=", "garbage((", null)]
    [InlineData("company/companies?customFieldConditions=", "caption = ", null)]
    [InlineData("company/contacts?customFieldConditions=", "label = 'x'", "label is not a recognized name.")]
    [InlineData("company/contacts?customFieldConditions=", "caption = TomNumber", null)]
    public async Task A4_a_malformed_custom_field_condition_is_400_ApiFindCondition(string path, string expression, string? message)
    {
        var response = await Cw.Get(_fixture, path + Cw.Q(expression));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Cw.Json(response);
        Assert.Equal("ApiFindCondition", (string?)body["code"]);
        if (message != null) Assert.Equal(message, (string?)body["message"]);
    }
}
