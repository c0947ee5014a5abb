using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>psa-api.md B3/B4: the GET URL limit of about 2,048 characters, and one rule for a boolean on the integer isActive.</summary>
public class GetLengthAndBooleanTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public GetLengthAndBooleanTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.SeedContacts(2);
    }

    /// <summary>A GET query whose whole URL has exactly <paramref name="total"/> characters.</summary>
    private string SearchPath(int total)
    {
        string Path(string pad) => "Contacts/query?search=" + Uri.EscapeDataString("{\"filter\":[{\"op\":\"noteq\",\"field\":\"lastName\",\"value\":\"" + pad + "\"}]}");
        var fixedLength = (_fixture.Sim.BaseUrl + AutotaskApi.Base + Path(string.Empty)).Length;
        return Path(new string('x', total - fixedLength));
    }

    [Fact] // B3 "URLs over about 2048 chars must use POST"; B4 "GET URL length about 2,048 characters"
    public async Task B4_a_GET_query_over_2048_characters_is_414_and_the_same_filter_by_POST_works()
    {
        Assert.Equal(HttpStatusCode.OK, (await _fixture.Get(SearchPath(2048))).Status);

        var response = await _fixture.Get(SearchPath(2049));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.Status);
        var message = Assert.Single(response.Errors);
        Assert.Contains("POST", message, StringComparison.Ordinal);
        var filter = "[{\"op\":\"noteq\",\"field\":\"lastName\",\"value\":\"" + new string('x', 2000) + "\"}]";
        Assert.Equal(2, (await _fixture.Query("Contacts", filter))["items"]!.AsArray().Count);
    }

    [Fact] // the query side takes true for the integer isActive; so does a create, and it stores 1, with no false "required" error
    public async Task B3_isActive_true_is_1_in_a_create_as_in_a_query()
    {
        var response = await _fixture.Post("Companies/174/Contacts", """{ "firstName": "Jane", "lastName": "Doe", "isActive": true }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var item = (await _fixture.Get("Contacts/" + (long)response.Json["itemId"]!)).Json["item"]!;
        Assert.Equal(1, (int)item["isActive"]!);
        var found = await _fixture.Query("Contacts", """[{"op":"eq","field":"isActive","value":true},{"op":"eq","field":"firstName","value":"Jane"}]""");
        Assert.Single(found["items"]!.AsArray());
    }

    [Fact] // a value of the wrong type is reported once: not also as a missing required field
    public async Task B3_a_wrong_type_is_not_also_called_missing()
    {
        var response = await _fixture.Post("Companies/174/Contacts", """{ "firstName": "Jane", "lastName": "Doe", "isActive": "yes" }""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.StartsWith("Invalid value \"yes\" for Contact.isActive", error, StringComparison.Ordinal);
    }
}
