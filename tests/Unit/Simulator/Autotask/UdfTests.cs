using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>
/// User-defined fields (psa-api.md B3 "/entityInformation/userDefinedFields | metadata"; unknown field: 500
/// "Unable to find X in the Contact Entity"). The seed defines the UDFs: those its records carry, plus any listed
/// under autotask.userDefinedFields (stress56b finding 3: the metadata was empty, unknown UDF names were accepted).
/// </summary>
public class UdfTests : IClassFixture<SimulatorFixture>
{
    private const string Seed = """
    { "autotask": {
        "userDefinedFields": { "contacts": [ "Badge Number" ], "companies": [ { "name": "CustomerRanking" } ] },
        "companies": [
          { "id": 174, "companyName": "Contoso Ltd", "userDefinedFields": [ { "name": "Region", "value": "EU" } ] } ],
        "contacts": [
          { "id": 10, "companyID": 174, "firstName": "Ann", "lastName": "Lee", "userDefinedFields": [ { "name": "QuickpassID", "value": "qp-1" } ] },
          { "id": 20, "companyID": 174, "firstName": "Bob", "lastName": "Ray",
            "userDefinedFields": [ { "name": "quickpassid", "value": "qp-2" }, { "name": "Department", "value": "IT" } ] } ] } }
    """;

    private readonly SimulatorFixture _fixture;

    public UdfTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.Seed(Seed);
    }

    private async Task<string[]> UdfNames(string entity)
    {
        var response = await _fixture.Get(entity + "/entityInformation/userDefinedFields");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Json["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToArray();
    }

    [Fact]
    public async Task B3_user_defined_field_metadata_lists_the_udfs_the_seed_defines()
    {
        Assert.Equal(new[] { "Badge Number", "QuickpassID", "Department" }, await UdfNames("Contacts"));
        Assert.Equal(new[] { "CustomerRanking", "Region" }, await UdfNames("Companies"));

        var field = (await _fixture.Get("Contacts/entityInformation/userDefinedFields")).Json["fields"]![1]!.AsObject();
        Assert.Equal("string", (string?)field["dataType"]);
        Assert.False((bool)field["isRequired"]!);
        Assert.True((bool)field["isQueryable"]!);
        Assert.False((bool)field["isReadOnly"]!);
    }

    [Fact]
    public async Task B3_a_query_on_a_defined_udf_matches_and_on_an_unknown_one_is_the_unknown_field_500()
    {
        var found = await _fixture.Query("Contacts", """[{"op":"eq","field":"QUICKPASSID","udf":true,"value":"qp-2"}]""");
        Assert.Equal(new long[] { 20 }, AutotaskApi.Ids(found));

        var unknown = await _fixture.Post("Contacts/query", """{"filter":[{"op":"eq","field":"NoSuchUdf","udf":true,"value":"x"}]}""");
        Assert.Equal(HttpStatusCode.InternalServerError, unknown.Status);
        Assert.Equal("Unable to find NoSuchUdf in the Contact Entity", Assert.Single(unknown.Errors));

        var count = await _fixture.Post("Companies/query/count", """{"filter":[{"op":"eq","field":"QuickpassID","udf":true,"value":"x"}]}""");
        Assert.Equal(HttpStatusCode.InternalServerError, count.Status);
        Assert.Equal("Unable to find QuickpassID in the Company Entity", Assert.Single(count.Errors));
    }

    [Fact]
    public async Task B3_a_patch_setting_an_undefined_udf_is_refused_and_changes_nothing()
    {
        var response = await _fixture.Send(HttpMethod.Patch, "Companies/174/Contacts",
            """{"id":10,"firstName":"Anna","userDefinedFields":[{"name":"NoSuchUdf","value":"v"}]}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal("Unable to find NoSuchUdf in the Contact Entity", Assert.Single(response.Errors));
        var item = (await _fixture.Get("Contacts/10")).Json["item"]!;
        Assert.Equal("Ann", (string?)item["firstName"]);
        Assert.Equal(new[] { "QuickpassID" }, item["userDefinedFields"]!.AsArray().Select(u => (string)u!["name"]!));
    }

    [Fact]
    public async Task B3_writes_set_defined_udfs_under_their_defined_names()
    {
        var patch = await _fixture.Send(HttpMethod.Patch, "Companies/174/Contacts",
            """{"id":10,"userDefinedFields":[{"name":"badge number","value":"B-7"},{"name":"quickpassid","value":"qp-9"}]}""");
        Assert.Equal(HttpStatusCode.OK, patch.Status);
        var udfs = (await _fixture.Get("Contacts/10")).Json["item"]!["userDefinedFields"]!.AsArray();
        Assert.Equal(new[] { "QuickpassID=qp-9", "Badge Number=B-7" }, udfs.Select(u => (string)u!["name"]! + "=" + (string)u["value"]!));

        var create = await _fixture.Post("Companies/174/Contacts", """{"firstName":"Cy","lastName":"Fox","isActive":1,"userDefinedFields":[{"name":"Departement","value":"IT"}]}""");
        Assert.Equal(HttpStatusCode.InternalServerError, create.Status);
        Assert.Equal("Unable to find Departement in the Contact Entity", Assert.Single(create.Errors));

        var company = await _fixture.Send(HttpMethod.Patch, "Companies", """{"id":174,"userDefinedFields":[{"name":"CustomerRanking","value":"Golden"}]}""");
        Assert.Equal(HttpStatusCode.OK, company.Status);
        var companyUdfs = (await _fixture.Get("Companies/174")).Json["item"]!["userDefinedFields"]!.AsArray();
        Assert.Contains(companyUdfs, u => (string?)u!["name"] == "CustomerRanking" && (string?)u["value"] == "Golden");
    }

    [Fact]
    public async Task Reset_forgets_the_definitions()
    {
        _fixture.Sim.Reset();

        Assert.Empty(await UdfNames("Contacts"));
    }
}
