using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace QuickpassPsa.Tests.Simulator.Autotask;

/// <summary>
/// psa-api.md B5 "CompanyModel fields" and specs/autotask-rest-subset.json: Companies have every CompanyModel
/// property of the Swagger, in the metadata, on records and in queries (stress56b finding 5: 21 were missing, and
/// a filter on currencyID was "Unable to find currencyID in the Company Entity").
/// </summary>
public class CompanyModelTests : IClassFixture<SimulatorFixture>
{
    /// <summary>CompanyModel's properties in the Swagger's order, camelCase as on the wire (userDefinedFields apart).</summary>
    private static readonly string[] SwaggerCompanyModel =
    {
        "id", "additionalAddressInformation", "address1", "address2", "alternatePhone1", "alternatePhone2", "apiVendorID", "assetValue",
        "billToCompanyLocationID", "billToAdditionalAddressInformation", "billingAddress1", "billingAddress2", "billToAddressToUse",
        "billToAttention", "billToCity", "billToCountryID", "billToState", "billToZipCode", "city", "classification", "companyName",
        "companyNumber", "companyType", "competitorID", "countryID", "createDate", "createdByResourceID", "currencyID", "fax",
        "impersonatorCreatorResourceID", "invoiceEmailMessageID", "invoiceMethod", "invoiceNonContractItemsToParentCompany",
        "invoiceTemplateID", "isActive", "isClientPortalActive", "isEnabledForComanaged", "isTaskFireActive", "isTaxExempt",
        "lastActivityDate", "lastTrackedModifiedDateTime", "marketSegmentID", "ownerResourceID", "parentCompanyID", "phone", "postalCode",
        "quoteEmailMessageID", "quoteTemplateID", "sicCode", "state", "stockMarket", "stockSymbol", "surveyCompanyRating", "taxID",
        "taxRegionID", "territoryID", "webAddress",
    };

    private readonly SimulatorFixture _fixture;

    public CompanyModelTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Sim.Reset();
        _fixture.Sim.Seed(AutotaskApi.Document(new JsonArray()));
    }

    [Fact]
    public async Task B5_company_metadata_and_records_have_every_company_model_field()
    {
        var fields = (await _fixture.Get("Companies/entityInformation/fields")).Json["fields"]!.AsArray();
        Assert.Equal(SwaggerCompanyModel, fields.Select(f => (string)f!["name"]!));
        var byName = fields.ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());
        Assert.Equal("integer", (string?)byName["currencyID"]["dataType"]);
        Assert.Equal("boolean", (string?)byName["isEnabledForComanaged"]["dataType"]);
        Assert.Equal("double", (string?)byName["surveyCompanyRating"]["dataType"]);
        Assert.Equal("string", (string?)byName["billToCity"]["dataType"]);

        var item = (await _fixture.Get("Companies/174")).Json["item"]!.AsObject();
        Assert.Equal(SwaggerCompanyModel.Append("userDefinedFields"), item.Select(p => p.Key));
        Assert.Null(item["currencyID"]);
        Assert.Null(item["billToCity"]);
        Assert.False((bool)item["invoiceNonContractItemsToParentCompany"]!);
        Assert.False((bool)item["isEnabledForComanaged"]!);
    }

    [Fact]
    public async Task B5_the_new_company_fields_are_writable_and_queryable()
    {
        var patch = await _fixture.Send(HttpMethod.Patch, "Companies", """{"id":174,"currencyID":3,"billToCity":"Leeds","isEnabledForComanaged":true}""");
        Assert.Equal(HttpStatusCode.OK, patch.Status);

        Assert.Equal(new long[] { 174 }, AutotaskApi.Ids(await _fixture.Query("Companies", """[{"op":"eq","field":"currencyID","value":3}]""")));
        Assert.Equal(new long[] { 174 }, AutotaskApi.Ids(await _fixture.Query("Companies", """[{"op":"beginsWith","field":"BILLTOCITY","value":"lee"}]""")));
        Assert.Equal(new long[] { 0, 175 }, AutotaskApi.Ids(await _fixture.Query("Companies", """[{"op":"eq","field":"isEnabledForComanaged","value":false}]""")));
        var count = await _fixture.Post("Companies/query/count", """{"filter":[{"op":"notExist","field":"taxRegionID"}]}""");
        Assert.Equal(3, (int)count.Json["queryCount"]!);
        var included = await _fixture.Query("Companies", """[{"op":"eq","field":"id","value":174}]""", ""","IncludeFields":["currencyID","surveyCompanyRating"]""");
        Assert.Equal(new[] { "id", "currencyID", "surveyCompanyRating", "userDefinedFields" }, included["items"]![0]!.AsObject().Select(p => p.Key));
    }
}
