using System.Linq;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

public class ProxyAddressTests
{
    [Theory]
    [InlineData("SMTP:Ann@Contoso.com", "Ann@Contoso.com", true)]
    [InlineData("smtp:ann@contoso.onmicrosoft.com", "ann@contoso.onmicrosoft.com", false)]
    [InlineData("  smtp: ann@alias.contoso.com ", "ann@alias.contoso.com", false)]
    [InlineData("ann@bare.contoso.com", "ann@bare.contoso.com", false)]
    public void Parses_smtp_values_and_marks_the_primary(string value, string address, bool primary)
    {
        var parsed = ProxyAddress.Parse(value);
        Assert.NotNull(parsed);
        Assert.Equal(address, parsed!.Address);
        Assert.Equal(primary, parsed.IsPrimary);
    }

    [Theory]
    [InlineData("X500:/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ann")]
    [InlineData("SIP:ann@contoso.com")]
    [InlineData("SPO:SPO_1234@SPO_5678")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-address")]
    [InlineData(null)]
    public void Drops_non_smtp_and_empty_values(string? value)
    {
        Assert.Null(ProxyAddress.Parse(value));
    }

    [Fact]
    public void ParseMany_splits_flattened_lists_and_removes_duplicates()
    {
        var parsed = ProxyAddress.ParseMany(new[] { "SMTP:ann@contoso.com;smtp:ann@contoso.onmicrosoft.com", "sip:ann@contoso.com, smtp:ANN@contoso.com" });

        Assert.Equal(new[] { "SMTP:ann@contoso.com", "smtp:ann@contoso.onmicrosoft.com" }, parsed.Select(p => p.ToString()));
    }

    [Fact]
    public void ParseMany_splits_the_plus_joined_list_of_the_Microsoft_365_admin_center_export()
    {
        var parsed = ProxyAddress.ParseMany(new[] { "SIP:ann@contoso.com+SMTP:ann@contoso.com+smtp:ann.lee@contoso.onmicrosoft.com+X500:/o=ExchangeLabs/cn=Recipients" });

        Assert.Equal(new[] { "SMTP:ann@contoso.com", "smtp:ann.lee@contoso.onmicrosoft.com" }, parsed.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("smtp:ann+news@contoso.com", "smtp:ann+news@contoso.com")]
    [InlineData("SMTP:ann+1@contoso.com+smtp:ann+2@contoso.com", "SMTP:ann+1@contoso.com|smtp:ann+2@contoso.com")]
    [InlineData("ann+billing@contoso.com", "smtp:ann+billing@contoso.com")]
    public void ParseMany_keeps_a_plus_inside_an_address(string value, string expected)
    {
        var parsed = ProxyAddress.ParseMany(new[] { value });

        Assert.Equal(expected.Split('|'), parsed.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("SMTP:ann.lee@contoso.com smtp:alee@contoso.com")]   // "$($user.proxyAddresses)" joins with spaces
    [InlineData("SMTP: ann.lee@contoso.com  smtp: alee@contoso.com")] // a type written apart from its address
    [InlineData("SMTP:ann.lee@contoso.com\tsmtp:alee@contoso.com")]
    public void ParseMany_splits_a_list_joined_with_white_space(string value)
    {
        var parsed = ProxyAddress.ParseMany(new[] { value });

        Assert.Equal(new[] { "SMTP:ann.lee@contoso.com", "smtp:alee@contoso.com" }, parsed.Select(p => p.ToString()));
    }
}
