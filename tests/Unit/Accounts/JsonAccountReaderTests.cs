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
        var numbers = Assert.Throws<AccountFileException>(() => Read("[1, 2]"));
        Assert.Equal(AccountFileErrorKind.UnsupportedShape, numbers.Kind);
        Assert.Contains("item 1 is the number 1", numbers.Message);
        var unknown = Assert.Throws<AccountFileException>(() => Read("""[ { "department": "IT" } ]"""));
        Assert.Equal(AccountFileErrorKind.UnknownColumns, unknown.Kind);
        Assert.Contains("'department'", unknown.Message);
    }

    [Fact]
    public void Reads_json_lines_with_blank_lines_and_a_bom()
    {
        var results = Read("\uFEFF{\"mail\":\"a@contoso.com\"}\n\n{\"mail\":\"b@contoso.com\"}\r\n  \r\n{\"mail\":\"c@contoso.com\"}\n");

        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com", "c@contoso.com" }, results.Select(r => r.Account!.Email));
        Assert.Equal("users.json, item 2 (line 3)", results[1].Account!.Origin);
        Assert.Equal("users.json, item 3 (line 5)", results[2].Account!.Origin);
    }

    [Fact]
    public void Reads_arrays_back_to_back_and_numbers_items_across_them()
    {
        var results = Read("[{\"mail\":\"a@contoso.com\"},{\"mail\":\"b@contoso.com\"}]\n[{\"mail\":\"c@contoso.com\"}]");

        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com", "c@contoso.com" }, results.Select(r => r.Account!.Email));
        Assert.Equal("users.json, item 3 (line 2)", results[2].Account!.Origin);
    }

    [Fact]
    public void A_graph_page_with_a_next_link_is_read_and_the_link_ignored()
    {
        var results = Read("""{ "@odata.context": "x", "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=abc", "value": [ { "mail": "a@contoso.com" } ] }""");
        Assert.Equal("a@contoso.com", Assert.Single(results).Account!.Email);

        // The link after the array, and Graph pages written one a line, read the same way.
        var lines = Read("""
            { "value": [ { "mail": "a@contoso.com" } ], "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=abc" }
            { "value": [ { "mail": "b@contoso.com" } ] }
            """);
        Assert.Equal(new[] { "a@contoso.com", "b@contoso.com" }, lines.Select(r => r.Account!.Email));
    }

    [Theory]
    [InlineData("""{ "results": [ { "mail": "a@contoso.com" } ] }""", "'results' property holds an array of 1 value(s)")]
    [InlineData("""{ "value": { "mail": "a@contoso.com" } }""", "'value' property holds an object")]
    [InlineData("42", "the number 42")]
    [InlineData("\"ann@contoso.com\"", "the string \"ann@contoso.com\"")]
    [InlineData("{}", "an empty object")]
    [InlineData("[ [ { \"mail\": \"a@contoso.com\" } ] ]", "item 1 is an array")]
    public void Any_other_shape_is_a_file_error_naming_what_was_found_and_what_is_read(string json, string found)
    {
        var ex = Assert.Throws<AccountFileException>(() => Read(json));

        Assert.Equal(AccountFileErrorKind.UnsupportedShape, ex.Kind);
        Assert.Contains(found, ex.Message);
        Assert.Contains("users.json, line 1: found", ex.Message);
        Assert.Contains("JSON Lines", ex.Message);
        Assert.Contains("{\"value\": [...]}", ex.Message);
    }

    [Fact]
    public void Trailing_garbage_after_the_first_value_is_an_error_naming_its_line()
    {
        var garbage = Assert.Throws<AccountFileException>(() => Read("[ { \"mail\": \"a@contoso.com\" } ]\n\nthis is not json\n"));
        Assert.Equal(AccountFileErrorKind.InvalidFormat, garbage.Kind);
        Assert.Contains("line 3", garbage.Message);

        var scalar = Assert.Throws<AccountFileException>(() => Read("{ \"mail\": \"a@contoso.com\" }\n42\n"));
        Assert.Equal(AccountFileErrorKind.UnsupportedShape, scalar.Kind);
        Assert.Contains("line 2: found the number 42", scalar.Message);
    }

    [Fact]
    public void Records_before_a_fatal_error_are_yielded_by_the_stream_then_the_error_is_thrown()
    {
        // The streaming reader hands back what it read; AccountFileReader.ReadAll is what refuses a partial file.
        using var results = JsonAccountReader.Read(new StringReader("{\"mail\":\"a@contoso.com\"}\n{\"mail\": oops}\n"), "users.json").GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal("a@contoso.com", results.Current.Account!.Email);
        Assert.Contains("line 2", Assert.Throws<AccountFileException>(() => results.MoveNext()).Message);
    }

    [Fact]
    public void A_later_json_line_without_account_properties_is_a_record_error_not_a_file_error()
    {
        var results = Read("{\"mail\":\"a@contoso.com\"}\n{\"department\":\"IT\"}\n{\"mail\":\"c@contoso.com\"}\n");

        Assert.Equal(3, results.Length);
        Assert.Equal(AccountRecordErrorKind.NoRecognisedFields, results[1].Error!.Kind);
        Assert.Contains("item 2 (line 2)", results[1].Error!.Message);
        Assert.Equal("c@contoso.com", results[2].Account!.Email);
    }
}
