using System.IO;
using System.Linq;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

public class JsonAccountReaderTests
{
    private static AccountReadResult[] Read(string json, AccountReadOptions? options = null) =>
        JsonAccountReader.Read(new StringReader(json), "users.json", options).ToArray();

    [Fact]
    public void Reads_a_top_level_array_with_arrays_booleans_and_nulls()
    {
        var results = Read("""
            [
              { "id": "1", "displayName": "Ann Lee", "mail": "ann@contoso.com", "proxyAddresses": ["SMTP:ann@contoso.com", "smtp:ann@contoso.onmicrosoft.com"], "accountEnabled": false, "mobilePhone": null },
              { "id": 2, "givenName": "Bo", "surname": "Ek", "userPrincipalName": "bo@contoso.com", "onPremisesExtensionAttributes": { "x": 1 } }
            ]
            """);

        Assert.Equal(2, results.Length);
        var ann = results[0].Account!;
        Assert.Equal("1", ann.Id);
        Assert.False(ann.Enabled);
        Assert.Equal(2, ann.ProxyAddresses.Count);
        Assert.Null(ann.MobilePhone);
        Assert.Equal(AccountSource.JsonFile, ann.Source);
        var bo = results[1].Account!;
        Assert.Equal("2", bo.Id);
        Assert.Equal("Bo Ek", bo.DisplayName);
        Assert.Equal("users.json, item 2 (line 3)", bo.Origin);
    }

    [Fact]
    public void Reads_a_graph_style_value_wrapper()
    {
        var results = Read("""{ "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", "value": [ { "mail": "a@contoso.com" }, { "mail": "b@contoso.com" } ], "@odata.nextLink": null }""");
        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com" }, results.Select(r => r.Account!.Email));
    }

    [Fact]
    public void Reads_a_single_object()
    {
        var result = Assert.Single(Read("""{ "Email": "ann@contoso.com", "ProxyAddresses": ["smtp:x@contoso.com"] }"""));
        Assert.Equal("ann@contoso.com", result.Account!.Email);
        Assert.Single(result.Account.ProxyAddresses);
    }

    [Fact]
    public void A_bad_item_is_an_error_and_the_others_still_come_out()
    {
        var results = Read("""[ { "mail": "a@contoso.com" }, { "mail": "", "department": "IT" }, { "mail": "c@contoso.com" } ]""");
        Assert.Equal("a@contoso.com", results[0].Account!.Email);
        Assert.Equal(AccountRecordErrorKind.MissingIdentity, results[1].Error!.Kind);
        Assert.Contains("item 2", results[1].Error!.Message);
        Assert.Equal("c@contoso.com", results[2].Account!.Email);
    }

    [Fact]
    public void Invalid_json_is_a_file_error_with_its_position()
    {
        var ex = Assert.Throws<AccountFileException>(() => Read("[ { \"mail\": \"a@contoso.com\" },\n { \"mail\": } ]"));
        Assert.Equal(AccountFileErrorKind.InvalidFormat, ex.Kind);
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void An_array_of_non_objects_or_unknown_properties_is_a_file_error()
    {
        Assert.Equal(AccountFileErrorKind.InvalidFormat, Assert.Throws<AccountFileException>(() => Read("[1, 2]")).Kind);
        var unknown = Assert.Throws<AccountFileException>(() => Read("""[ { "department": "IT" } ]"""));
        Assert.Equal(AccountFileErrorKind.UnknownColumns, unknown.Kind);
        Assert.Contains("'department'", unknown.Message);
    }
}
