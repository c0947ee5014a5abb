using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>Queries (psa-api.md B3 "Query", "Query response shape"; B5 for companies).</summary>
public class QueryTests : IClassFixture<SimulatorFixture>
{
    // Seeded out of id order on purpose: results must still come back ordered by id.
    private const string Seed = """
    { "autotask": {
        "companies": [
          { "id": 175, "companyName": "Fabrikam", "isActive": false },
          { "id": 174, "companyName": "Contoso Ltd", "companyNumber": "CONTOSO", "companyType": 1, "isActive": true } ],
        "contacts": [
          { "id": 50, "companyID": 174, "firstName": "Eve", "lastName": "Adams", "emailAddress": null, "isActive": 1, "createDate": "2024-06-01T00:00:00Z" },
          { "id": 10, "companyID": 174, "firstName": "Ann", "lastName": "Lee", "emailAddress": "ann.lee@contoso.com", "mobilePhone": "+1 206 555 0100", "isActive": 1, "createDate": "2020-01-01T00:00:00Z" },
          { "id": 30, "companyID": 174, "firstName": "Carla", "lastName": "Gomez", "emailAddress": "CARLA@Contoso.com", "isActive": 1, "createDate": "2024-06-01T00:00:00Z",
            "userDefinedFields": [ { "name": "Department", "value": "Sales" } ] },
          { "id": 20, "companyID": 174, "firstName": "Bob", "lastName": "Smith", "emailAddress": "bob@contoso.com", "emailAddress2": "robert.smith@contoso.com",
            "mobilePhone": "", "isActive": 0, "createDate": "2024-06-01T00:00:00Z" },
          { "id": 40, "companyID": 175, "firstName": "Dan", "lastName": "Brown", "emailAddress": "dan@fabrikam.com", "mobilePhone": "+1 425 555 0199", "isActive": 1,
            "createDate": "2024-06-01T00:00:00Z", "userDefinedFields": [ { "name": "Department", "value": "IT" } ] } ] } }
    """;

    private readonly SimulatorFixture _fixture;

    public QueryTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.Seed(Seed);
    }

    // psa-api.md B3: every operator; nulls fail comparisons (SQL-like), empty strings do not "exist".
    [Theory]
    [InlineData("""{"op":"eq","field":"emailAddress","value":"bob@contoso.com"}""", new long[] { 20 })]
    [InlineData("""{"op":"eq","field":"emailAddress","value":"carla@contoso.COM"}""", new long[] { 30 })]
    [InlineData("""{"op":"noteq","field":"isActive","value":1}""", new long[] { 20 })]
    [InlineData("""{"op":"noteq","field":"emailAddress2","value":"x@y.com"}""", new long[] { 20 })]
    [InlineData("""{"op":"gt","field":"id","value":30}""", new long[] { 40, 50 })]
    [InlineData("""{"op":"gte","field":"id","value":30}""", new long[] { 30, 40, 50 })]
    [InlineData("""{"op":"lt","field":"id","value":30}""", new long[] { 10, 20 })]
    [InlineData("""{"op":"lte","field":"id","value":"30"}""", new long[] { 10, 20, 30 })]
    [InlineData("""{"op":"gt","field":"createDate","value":"2023-01-01T00:00:00Z"}""", new long[] { 20, 30, 40, 50 })]
    [InlineData("""{"op":"beginsWith","field":"lastName","value":"s"}""", new long[] { 20 })]
    [InlineData("""{"op":"endsWith","field":"emailAddress","value":"@CONTOSO.com"}""", new long[] { 10, 20, 30 })]
    [InlineData("""{"op":"contains","field":"firstName","value":"an"}""", new long[] { 10, 40 })]
    [InlineData("""{"op":"exist","field":"emailAddress2"}""", new long[] { 20 })]
    [InlineData("""{"op":"exist","field":"mobilePhone"}""", new long[] { 10, 40 })]
    [InlineData("""{"op":"notExist","field":"mobilePhone"}""", new long[] { 20, 30, 50 })]
    [InlineData("""{"op":"in","field":"lastName","value":["Lee","BROWN"]}""", new long[] { 10, 40 })]
    [InlineData("""{"op":"notIn","field":"companyID","value":[175]}""", new long[] { 10, 20, 30, 50 })]
    [InlineData("""{"op":"BeginsWith","field":"firstName","value":"c"}""", new long[] { 30 })]
    [InlineData("""{"op":"eq","field":"Department","udf":true,"value":"sales"}""", new long[] { 30 })]
    public async Task B3_each_filter_operator(string condition, long[] expected)
    {
        var result = await _fixture.Query("Contacts", "[" + condition + "]");

        Assert.Equal(expected, AutotaskApi.Ids(result));
    }

    [Fact]
    public async Task B3_nested_or_and_groups_with_top_level_items_anded()
    {
        var result = await _fixture.Query("Contacts", """
            [ { "op": "eq", "field": "companyID", "value": 174 },
              { "op": "or", "items": [
                  { "op": "eq", "field": "emailAddress",  "value": "robert.smith@contoso.com" },
                  { "op": "eq", "field": "emailAddress2", "value": "robert.smith@contoso.com" },
                  { "op": "and", "items": [ { "op": "eq", "field": "firstName", "value": "Ann" }, { "op": "eq", "field": "lastName", "value": "Lee" } ] },
                  { "op": "eq", "field": "firstName", "value": "Dan" } ] } ]
            """);

        // Dan matches the or-group but is in company 175.
        Assert.Equal(new long[] { 20, 10 }.OrderBy(i => i), AutotaskApi.Ids(result));
    }

    [Fact]
    public async Task B3_field_names_in_filters_are_case_insensitive_and_results_are_ordered_by_id()
    {
        var result = await _fixture.Query("Contacts", """[{"op":"gte","field":"ID","value":0},{"op":"eq","field":"COMPANYid","value":174}]""");

        Assert.Equal(new long[] { 10, 20, 30, 50 }, AutotaskApi.Ids(result));
        var item = result["items"]![0]!.AsObject();
        Assert.Equal("Ann", (string)item["firstName"]!);
        // Full items carry every field, nulls included, and isActive is an integer on contacts.
        Assert.True(item.ContainsKey("emailAddress3"));
        Assert.Null(item["emailAddress3"]);
        Assert.Equal(1, (int)item["isActive"]!);
        Assert.IsType<JsonArray>(item["userDefinedFields"]);
    }

    [Fact]
    public async Task B3_include_fields_cuts_items_to_those_fields_plus_id_and_udfs_whatever_their_case()
    {
        var result = await _fixture.Query("Contacts", """[{"op":"eq","field":"id","value":30}]""", """, "IncludeFields": ["FIRSTNAME", "emailaddress"]""");

        var item = Assert.Single(result["items"]!.AsArray())!.AsObject();
        Assert.Equal(new[] { "id", "firstName", "emailAddress", "userDefinedFields" }, item.Select(p => p.Key));
        Assert.Equal("Carla", (string)item["firstName"]!);
        Assert.Equal("Sales", (string)item["userDefinedFields"]![0]!["value"]!);
    }

    [Fact]
    public async Task B3_max_records_sets_the_page_size_and_requestCount()
    {
        var result = await _fixture.Query("Contacts", """[{"op":"gte","field":"id","value":0}]""", """, "MaxRecords": 2""");

        Assert.Equal(new long[] { 10, 20 }, AutotaskApi.Ids(result));
        var details = result["pageDetails"]!;
        Assert.Equal(2, (int)details["count"]!);
        Assert.Equal(2, (int)details["requestCount"]!);
        Assert.NotNull(details["nextPageUrl"]);

        var byDefault = await _fixture.Query("Contacts", """[{"op":"gte","field":"id","value":0}]""");
        Assert.Equal(500, (int)byDefault["pageDetails"]!["requestCount"]!);
        Assert.Equal(5, (int)byDefault["pageDetails"]!["count"]!);
        Assert.Null(byDefault["pageDetails"]!["nextPageUrl"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    [InlineData(-1)]
    public async Task B3_max_records_outside_1_to_500_is_refused_with_500(int maxRecords)
    {
        var response = await _fixture.Post("Contacts/query", """{"filter":[{"op":"gte","field":"id","value":0}],"maxRecords":""" + maxRecords + "}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("MaxRecords", Assert.Single(response.Errors));
    }

    [Fact]
    public async Task B3_count_by_get_with_search_and_by_post()
    {
        var filter = """{"filter":[{"op":"eq","field":"isActive","value":1}]}""";

        var byGet = await _fixture.Get("Contacts/query/count?search=" + Uri.EscapeDataString(filter));
        var byPost = await _fixture.Post("Contacts/query/count", filter);

        Assert.Equal(HttpStatusCode.OK, byGet.Status);
        Assert.Equal(4, (int)byGet.Json["queryCount"]!);
        Assert.Equal(4, (int)byPost.Json["queryCount"]!);
    }

    [Fact]
    public async Task B3_get_query_with_search_and_single_quoted_json_as_real_next_links_carry()
    {
        var search = "{'filter':[{'op':'exist','field':'IsActive'}]}";
        var response = await _fixture.Get("Companies/query?search=" + Uri.EscapeDataString(search));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(new long[] { 0, 174, 175 }, AutotaskApi.Ids(response.Json));
    }

    [Fact]
    public async Task B3_an_unknown_field_is_500_unable_to_find_it_in_the_entity()
    {
        var response = await _fixture.Post("Contacts/query", """{"filter":[{"op":"eq","field":"projectID","value":1}]}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Equal(new[] { "Unable to find projectID in the Contact Entity" }, response.Errors);

        var include = await _fixture.Post("Companies/query", """{"filter":[{"op":"gte","field":"id","value":0}],"IncludeFields":["nope"]}""");
        Assert.Equal(new[] { "Unable to find nope in the Company Entity" }, include.Errors);
    }

    [Fact]
    public async Task B3_an_unknown_operator_is_silently_ignored()
    {
        var result = await _fixture.Query("Contacts", """[{"op":"ne","field":"id","value":10}]""");

        Assert.Equal(new long[] { 10, 20, 30, 40, 50 }, AutotaskApi.Ids(result));
    }

    [Theory]
    [InlineData("""{"filter":[]}""")]
    [InlineData("""{"MaxRecords":10}""")]
    [InlineData("")]
    public async Task B3_an_empty_or_missing_filter_is_refused_with_500(string body)
    {
        var response = await _fixture.Post("Contacts/query", body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Single(response.Errors);
    }

    [Theory]
    [InlineData("true", new long[] { 0, 174 })]
    [InlineData("false", new long[] { 175 })]
    [InlineData("1", new long[] { 0, 174 })]
    [InlineData("\"true\"", new long[] { 0, 174 })]
    public async Task B5_company_isActive_is_boolean_and_eq_1_is_tolerated(string value, long[] expected)
    {
        var result = await _fixture.Query("Companies", """[{"op":"eq","field":"isActive","value":""" + value + "}]");

        Assert.Equal(expected, AutotaskApi.Ids(result));
        Assert.True(result["items"]![0]!["isActive"]!.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"yes\"")]
    [InlineData("2")]
    public async Task B3_booleans_must_be_true_or_false(string value)
    {
        var response = await _fixture.Post("Companies/query", """{"filter":[{"op":"eq","field":"isActive","value":""" + value + "}]}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("true or false", Assert.Single(response.Errors));
    }

    [Fact]
    public async Task B3_only_one_udf_per_query()
    {
        var response = await _fixture.Post("Contacts/query", """
            {"filter":[{"op":"eq","field":"Department","udf":true,"value":"IT"},{"op":"eq","field":"Region","udf":true,"value":"EU"}]}
            """);

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("one user-defined field", Assert.Single(response.Errors));
    }

    [Fact]
    public async Task B3_a_field_the_api_calls_not_queryable_is_refused()
    {
        var response = await _fixture.Post("Contacts/query", """{"filter":[{"op":"eq","field":"surveyOptOut","value":false}]}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("not queryable", Assert.Single(response.Errors));
    }

    [Fact]
    public async Task B3_get_by_id_returns_item_and_a_missing_id_is_404()
    {
        var found = await _fixture.Get("Contacts/30");
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal("Gomez", (string)found.Json["item"]!["lastName"]!);

        var missing = await _fixture.Get("Contacts/31");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.True(missing.Json.ContainsKey("item"));
        Assert.Null(missing.Json["item"]);
    }

    [Fact]
    public async Task B5_company_0_is_the_owner_company()
    {
        var response = await _fixture.Get("Companies/0");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, (long)response.Json["item"]!["id"]!);
        Assert.False(string.IsNullOrEmpty((string?)response.Json["item"]!["companyName"]));
    }

    [Fact]
    public async Task B3_query_dates_are_utc_and_items_carry_realistic_fields()
    {
        var item = (await _fixture.Get("Contacts/10")).Json["item"]!.AsObject();

        Assert.Equal("2020-01-01T00:00:00.000Z", (string)item["createDate"]!);
        Assert.EndsWith("Z", (string)item["lastModifiedDate"]!);
        Assert.Equal(174, (int)item["companyID"]!);
        Assert.False((bool)item["primaryContact"]!);
    }

    [Fact]
    public async Task B4_a_wrong_verb_on_a_query_is_405_with_the_web_api_message()
    {
        var response = await _fixture.Send(HttpMethod.Delete, "Contacts/query");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("The requested resource does not support http method 'DELETE'.", (string)response.Json["Message"]!);
    }
}
