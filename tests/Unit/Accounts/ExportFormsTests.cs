using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Accounts;

/// <summary>
/// Round 73c: exports as a directory's own tools write them. csvde gives userAccountControl, not Enabled (a leaver's 514 came in
/// enabled); ldifde's LDIF was refused with "pass -Delimiter"; Graph pages saved as one array ($pages | ConvertTo-Json) were refused
/// as having no account property.
/// </summary>
public class ExportFormsTests
{
    [Fact]
    public void A_csvde_export_with_userAccountControl_514_comes_in_disabled_and_512_enabled()
    {
        using var temp = new TempFolder();
        var path = temp.Write("csvde-leaver.csv",
            "DN,givenName,sn,displayName,mail,userPrincipalName,sAMAccountName,userAccountControl\r\n" +
            "\"CN=Lea Ver,OU=Users,DC=contoso,DC=local\",Lea,Ver,\"Lea Ver\",lea.ver@contoso.com,lver@contoso.com,lver,514\r\n" +
            "\"CN=Cal Active,OU=Users,DC=contoso,DC=local\",Cal,Active,\"Cal Active\",cal.active@contoso.com,cactive@contoso.com,cactive,512\r\n");

        var accounts = AccountFileReader.ReadAll(path).Select(r => r.Account!).ToArray();

        Assert.Equal(new[] { ("lver", false), ("cactive", true) }, accounts.Select(a => (a.Id!, a.Enabled)));
    }

    [Fact]
    public void An_LDIF_file_is_named_as_LDIF_with_how_to_export_instead_and_no_Delimiter_advice()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.ldf",
            "dn: CN=Ann Lee,OU=Users,OU=Contoso,DC=contoso,DC=local\r\nchangetype: add\r\ngivenName: Ann\r\nsn: Lee\r\nmail: ann.lee@contoso.com\r\n\r\n" +
            "dn:: Q049Wm/DqyBOZ3V54buFbixPVT1Vc2VycyxPVT1Db250b3NvLERDPWNvbnRvc28sREM9bG9jYWw=\r\nchangetype: add\r\nmail: zoe.nguyen@contoso.com\r\n");

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

        Assert.Equal(AccountFileErrorKind.UnsupportedFormat, ex.Kind);
        Assert.StartsWith("users.ldf is an LDIF file", ex.Message);
        Assert.Contains("csvde -f users.csv", ex.Message);
        Assert.Contains("Export-Csv", ex.Message);
        Assert.DoesNotContain("Delimiter", ex.Message);
    }

    [Theory]
    [InlineData("users.txt", "version: 1\r\n\r\ndn: CN=Ann Lee,DC=contoso,DC=local\r\nmail: ann.lee@contoso.com\r\n")]
    [InlineData("export.ldif", "# exported by ldifde\r\ndn: CN=Ann Lee,DC=contoso,DC=local\r\n")]
    public void LDIF_is_told_by_its_first_line_or_its_extension(string name, string content)
    {
        using var temp = new TempFolder();

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(temp.Write(name, content)));

        Assert.Equal(AccountFileErrorKind.UnsupportedFormat, ex.Kind);
    }

    [Fact]
    public void A_csv_whose_columns_are_only_unknown_still_gets_the_Delimiter_advice()
    {
        using var temp = new TempFolder();

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(temp.Write("users.csv", "Mail;Name\r\na@contoso.com;Ann\r\n"), new AccountReadOptions { Delimiter = ',' }));

        Assert.Equal(AccountFileErrorKind.UnknownColumns, ex.Kind);
        Assert.Contains("Pass -Delimiter", ex.Message);
    }

    [Fact]
    public void Graph_pages_saved_as_one_array_are_read_page_by_page()
    {
        using var temp = new TempFolder();
        var path = temp.Write("graph-pages-array.json", """
            [
              {
                "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
                "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=X",
                "value": [
                  { "id": "1", "displayName": "Ann Lee", "mail": "ann.lee@contoso.com", "accountEnabled": true },
                  { "id": "2", "displayName": "Zoë Nguyễn", "mail": "zoe.nguyen@contoso.com" }
                ]
              },
              {
                "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
                "value": [
                  { "id": "3", "displayName": "Dave Old", "mail": "dave.old@contoso.com", "accountEnabled": false }
                ]
              }
            ]
            """);

        var accounts = AccountFileReader.ReadAll(path).Select(r => r.Account!).ToArray();

        Assert.Equal(new[] { "1", "2", "3" }, accounts.Select(a => a.Id));
        Assert.False(accounts[2].Enabled);
        Assert.Equal("graph-pages-array.json, item 3 (line 13)", accounts[2].Origin);
    }

    [Fact]
    public void A_page_in_an_array_that_holds_no_account_objects_is_refused_as_a_shape()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pages.json", """[ { "value": [ "ann.lee@contoso.com" ] } ]""");

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

        Assert.Equal(AccountFileErrorKind.UnsupportedShape, ex.Kind);
        Assert.Contains("a page whose item 1 is the string \"ann.lee@contoso.com\", not an account object", ex.Message);
    }

    [Fact]
    public void A_page_of_objects_without_account_properties_is_refused_as_any_array_of_them_is()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pages.json", """[ { "value": [ { "sku": "E3" } ] } ]""");

        var ex = Assert.Throws<AccountFileException>(() => AccountFileReader.ReadAll(path));

        Assert.Equal(AccountFileErrorKind.UnknownColumns, ex.Kind);
    }
}
