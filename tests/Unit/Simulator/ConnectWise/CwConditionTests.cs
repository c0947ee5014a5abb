using System.Linq;
using System.Net;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.ConnectWise;

/// <summary>psa-api.md A4: conditions and childConditions, against the standard seed.</summary>
public class CwConditionTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public CwConditionTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Sim.Reset();
        fixture.Seed(Cw.StandardSeed);
    }

    private Task<int[]> Where(string conditions) => Cw.Ids(_fixture, "company/contacts?conditions=" + Cw.Q(conditions));

    private Task<int[]> WhereChild(string childConditions) => Cw.Ids(_fixture, "company/contacts?childConditions=" + Cw.Q(childConditions));

    [Theory] // psa-api.md A4 operators =, !=, <, <=, >, >= (numbers bare)
    [InlineData("id = 1003", new[] { 1003 })]
    [InlineData("id != 1003", new[] { 1001, 1002, 1004, 1005 })]
    [InlineData("id < 1003", new[] { 1001, 1002 })]
    [InlineData("id <= 1003", new[] { 1001, 1002, 1003 })]
    [InlineData("id > 1003", new[] { 1004, 1005 })]
    [InlineData("id >= 1004", new[] { 1004, 1005 })]
    [InlineData("portalSecurityLevel>=5", new[] { 1002, 1004 })]
    [InlineData("portalSecurityLevel = 1.0", new[] { 1003, 1005 })]
    public async Task A4_comparison_operators_on_numbers(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: strings in double or single quotes; comparison ignores case (documented guess)
    [InlineData("lastName = \"Lee\"", new[] { 1001 })]
    [InlineData("lastName = 'Lee'", new[] { 1001 })]
    [InlineData("lastName = 'LEE'", new[] { 1001 })]
    [InlineData("lastName = \"O'Brien\"", new[] { 1002 })]
    [InlineData("title = 'Sales \"Lead\"'", new[] { 1002 })]
    [InlineData("lastName < \"M\"", new[] { 1004, 1001 })]
    [InlineData("lastName >= 'o'", new[] { 1002, 1003 })]
    public async Task A4_string_literals_take_either_quote(string conditions, int[] expected) =>
        Assert.Equal(expected.OrderBy(i => i), await Where(conditions));

    [Theory] // psa-api.md A4: "Summary Not Contains ..."; keywords ignore case; SQL nulls (1005 has no lastName)
    [InlineData("firstName contains \"an\"", new[] { 1001, 1004 })]
    [InlineData("firstName CONTAINS 'AN'", new[] { 1001, 1004 })]
    [InlineData("firstName not contains \"an\"", new[] { 1002, 1003, 1005 })]
    [InlineData("FirstName Not Contains 'an'", new[] { 1002, 1003, 1005 })]
    [InlineData("lastName != 'Lee'", new[] { 1002, 1003, 1004 })]
    [InlineData("lastName not contains 'e'", new[] { 1003, 1004 })]
    public async Task A4_contains_and_not_contains(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: like with * and % wildcards; like without a wildcard is an exact match
    [InlineData("lastName like 'L*'", new[] { 1001 })]
    [InlineData("lastName like \"%ee\"", new[] { 1001 })]
    [InlineData("lastName like 's*h'", new[] { 1003 })]
    [InlineData("lastName like 'lee'", new[] { 1001 })]
    [InlineData("lastName like 'Le'", new int[0])]
    [InlineData("lastName not like 'L*'", new[] { 1002, 1003, 1004 })]
    [InlineData("company/name LIKE 'fab*'", new[] { 1003, 1004 })]
    public async Task A4_like_wildcards_and_not_like(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: in (...) and not in
    [InlineData("id in (1001, 1003)", new[] { 1001, 1003 })]
    [InlineData("company/identifier in ('Fabrikam', \"nobody\")", new[] { 1003, 1004 })]
    [InlineData("id not in (1001,1003)", new[] { 1002, 1004, 1005 })]
    [InlineData("lastName in ('Lee', null)", new[] { 1001, 1005 })]
    public async Task A4_in_lists(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: "null values should be indicated by the keyword null"; value != null
    [InlineData("lastName = null", new[] { 1005 })]
    [InlineData("company/id = NULL", new[] { 1005 })]
    [InlineData("title != null", new[] { 1001, 1002 })]
    [InlineData("anniversary = null", new[] { 1003, 1004, 1005 })]
    public async Task A4_null(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: datetimes in square brackets; lastUpdated is the _info date
    [InlineData("anniversary > [2016-01-01T00:00:00Z]", new[] { 1002 })]
    [InlineData("anniversary <= [2015-06-01T00:00:00Z]", new[] { 1001 })]
    [InlineData("anniversary = [2019-03-15T00:00:00Z]", new[] { 1002 })]
    [InlineData("lastUpdated > [2000-01-01T00:00:00Z]", new[] { 1001, 1002, 1003, 1004, 1005 })]
    [InlineData("_info/lastUpdated < [2000-01-01T00:00:00Z]", new int[0])]
    public async Task A4_datetimes(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: booleans True/False, lower case accepted too
    [InlineData("inactiveFlag = true", new[] { 1002 })]
    [InlineData("inactiveFlag = TRUE", new[] { 1002 })]
    [InlineData("inactiveFlag = False", new[] { 1001, 1003, 1004, 1005 })]
    [InlineData("inactiveFlag != false", new[] { 1002 })]
    public async Task A4_booleans(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: a/b reference paths; field names ignore case
    [InlineData("company/id = 250", new[] { 1001, 1002 })]
    [InlineData("Company/Id = 251", new[] { 1003, 1004 })]
    [InlineData("company/name = \"contoso ltd\"", new[] { 1001, 1002 })]
    [InlineData("COMPANY/IDENTIFIER = 'Fabrikam'", new[] { 1003, 1004 })]
    public async Task A4_reference_paths(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Theory] // psa-api.md A4: AND / OR with parentheses; AND binds tighter than OR; prefix NOT on a group
    [InlineData("(company/id = 250 and inactiveFlag = false) or lastName = \"Smith\"", new[] { 1001, 1003 })]
    [InlineData("company/id = 250 and (inactiveFlag = false or lastName = \"Smith\")", new[] { 1001 })]
    [InlineData("lastName = 'Smith' OR company/id = 250 AND inactiveFlag = true", new[] { 1002, 1003 })]
    [InlineData("((id = 1001) Or (id = 1004)) And firstName contains 'a'", new[] { 1001, 1004 })]
    [InlineData("not (company/id = 250 or company/id = null)", new[] { 1003, 1004 })]
    public async Task A4_and_or_and_parentheses(string conditions, int[] expected) =>
        Assert.Equal(expected, await Where(conditions));

    [Fact] // psa-api.md A7: companies by name and status/name
    public async Task A7_company_conditions_on_name_and_status()
    {
        Assert.Equal(new[] { 250 }, await Cw.Ids(_fixture, "company/companies?conditions=" + Cw.Q("name=\"Contoso Ltd\"")));
        Assert.Equal(new[] { 251 }, await Cw.Ids(_fixture, "company/companies?conditions=" + Cw.Q("status/name = 'Inactive' and dateAcquired > [2015-01-01T00:00:00Z]")));
        Assert.Equal(new[] { 250, 251 }, await Cw.Ids(_fixture, "company/companies?conditions=" + Cw.Q("deletedFlag = false")));
    }

    [Theory] // psa-api.md A4 "Errors on bad conditions": 400 {"code":"ApiFindCondition","message":"x is not a recognized name."}
    [InlineData("invoiceDate = 1", "invoiceDate is not a recognized name.")]
    [InlineData("board/name = \"Integration\"", "board/name is not a recognized name.")]
    [InlineData("types/name = \"Primary\"", "types/name is not a recognized name.")]
    [InlineData("company = 250", "company is not a recognized name.")]
    [InlineData("company/bogus = 1", "company/bogus is not a recognized name.")]
    [InlineData("id = 1 and nosuch like 'x*'", "nosuch is not a recognized name.")]
    public async Task A4_an_unknown_field_is_400_ApiFindCondition(string conditions, string message)
    {
        var response = await Cw.Get(_fixture, "company/contacts?conditions=" + Cw.Q(conditions));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await Cw.Json(response)).AsObject();
        Assert.Equal(new[] { "code", "message" }, body.Select(p => p.Key).ToArray());
        Assert.Equal("ApiFindCondition", (string)body["code"]!);
        Assert.Equal(message, (string)body["message"]!);
    }

    [Fact] // psa-api.md E3: field validity comes from the model, not from the records held
    public async Task A4_field_validity_does_not_depend_on_the_data()
    {
        _fixture.Sim.Reset();

        var known = await Cw.Get(_fixture, "company/contacts?conditions=" + Cw.Q("userDefinedField7 = 'x' and presence = 'Online'"));
        var unknown = await Cw.Get(_fixture, "company/contacts?conditions=" + Cw.Q("userDefinedField11 = 'x'"));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("userDefinedField11 is not a recognized name.", (string)(await Cw.Json(unknown))["message"]!);
    }

    [Theory] // psa-api.md A4: syntax errors are 400 ApiFindCondition with a parser message
    [InlineData("lastName = ")]
    [InlineData("lastName = Lee")]
    [InlineData("(lastName = 'Lee'")]
    [InlineData("lastName = 'Lee")]
    [InlineData("lastName 'Lee'")]
    [InlineData("lastName = 'Lee' firstName = 'Ann'")]
    [InlineData("id in 1001")]
    public async Task A4_a_syntax_error_is_400_ApiFindCondition(string conditions)
    {
        var response = await Cw.Get(_fixture, "company/contacts?conditions=" + Cw.Q(conditions));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Cw.Json(response);
        Assert.Equal("ApiFindCondition", (string)body["code"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["message"]));
    }

    [Fact] // psa-api.md A4: a bare word where a value belongs gets the server's own literal-syntax message
    public async Task A4_an_unquoted_string_gets_the_literal_syntax_message()
    {
        var body = await Cw.Json(await Cw.Get(_fixture, "company/contacts?conditions=" + Cw.Q("lastName = Lee")));

        Assert.StartsWith("String values should be enclosed with double or single quotes;", (string)body["message"]!);
    }

    [Fact] // psa-api.md A4: an invalid boolean literal has returned 500 ConnectWiseApi
    public async Task A4_an_invalid_boolean_is_500_ConnectWiseApi()
    {
        var response = await Cw.Get(_fixture, "company/contacts?conditions=" + Cw.Q("inactiveFlag = 'yes'"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await Cw.Json(response);
        Assert.Equal("ConnectWiseApi", (string)body["code"]!);
        Assert.Equal("String was not recognized as a valid Boolean.", (string)body["message"]!);
    }

    [Theory] // psa-api.md A4 childConditions on communicationItems/value, communicationType, type/name; types/name
    [InlineData("communicationItems/value = \"ANN.LEE@contoso.com\"", new[] { 1001 })]
    [InlineData("communicationItems/value like '*@outlook.com'", new[] { 1002, 1003, 1004 })]
    [InlineData("communicationItems/communicationType = 'Fax'", new[] { 1003 })]
    [InlineData("communicationItems/type/name = \"Mobile\"", new[] { 1001 })]
    [InlineData("communicationItems/type/id = 2", new[] { 1002, 1004 })]
    [InlineData("communicationItems/extension != null", new[] { 1002 })]
    [InlineData("types/name = \"Decision Maker\"", new[] { 1002 })]
    public async Task A4_childConditions(string childConditions, int[] expected) =>
        Assert.Equal(expected, await WhereChild(childConditions));

    [Fact] // psa-api.md A4 example: both child conditions must hold on the SAME item (documented choice)
    public async Task A4_childConditions_value_and_type_must_hold_on_the_same_item()
    {
        // 1003 has john@outlook.com as an Email item; 1004 has it typed into a Direct (phone) item plus another email.
        var ids = await WhereChild("communicationItems/value like \"john@Outlook.com\" AND communicationItems/communicationType=\"Email\"");

        Assert.Equal(new[] { 1003 }, ids);
        Assert.Equal(new[] { 1003, 1004 }, await WhereChild("communicationItems/value like \"john@Outlook.com\""));
    }

    [Fact] // psa-api.md A4 "Typical email lookup": conditions and childConditions together, with pageSize
    public async Task A4_conditions_and_childConditions_combine()
    {
        var ids = await Cw.Ids(_fixture, "company/contacts?conditions=" + Cw.Q("company/id=251") + "&childConditions=" +
            Cw.Q("communicationItems/value=\"dan@fabrikam.com\" AND communicationItems/communicationType=\"Email\"") + "&pageSize=1000");

        Assert.Equal(new[] { 1004 }, ids);
    }

    [Theory] // psa-api.md A4: "Enum value supplied was invalid"; child paths only in childConditions
    [InlineData("childConditions", "communicationItems/communicationType = 'Pigeon'", "Enum value supplied was invalid")]
    [InlineData("childConditions", "firstName = 'Ann'", "firstName is not a recognized name.")]
    [InlineData("childConditions", "communicationItems/bogus = 'x'", "communicationItems/bogus is not a recognized name.")]
    [InlineData("conditions", "communicationItems/value = 'x'", "communicationItems/value is not a recognized name.")]
    public async Task A4_bad_child_conditions_are_400_ApiFindCondition(string parameter, string text, string message)
    {
        var response = await Cw.Get(_fixture, "company/contacts?" + parameter + "=" + Cw.Q(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await Cw.Json(response);
        Assert.Equal("ApiFindCondition", (string)body["code"]!);
        Assert.Equal(message, (string)body["message"]!);
    }

    [Fact] // psa-api.md A2/A3/A7 "Count endpoints": {"count": N} with the same filters
    public async Task A4_count_endpoints()
    {
        Assert.Equal(5, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count")))["count"]!);
        Assert.Equal(2, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count?conditions=" + Cw.Q("company/id = 250"))))["count"]!);
        Assert.Equal(1, (int)(await Cw.Json(await Cw.Get(_fixture, "company/contacts/count?childconditions=" +
            Cw.Q("communicationItems/communicationType = 'Fax'"))))["count"]!);
        Assert.Equal(2, (int)(await Cw.Json(await Cw.Get(_fixture, "company/companies/count")))["count"]!);
        Assert.Equal(5, (int)(await Cw.Json(await Cw.Get(_fixture, "company/communicationTypes/count")))["count"]!);
        Assert.Equal(3, (int)(await Cw.Json(await Cw.Get(_fixture, "company/communicationTypes/count?conditions=" + Cw.Q("phoneFlag = true"))))["count"]!);

        var bad = await Cw.Get(_fixture, "company/contacts/count?conditions=" + Cw.Q("nosuch = 1"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
