using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

public class AccountFieldMapTests
{
    [Theory]
    [InlineData("Display Name", AccountField.DisplayName)]
    [InlineData("displayName", AccountField.DisplayName)]
    [InlineData("name", AccountField.DisplayName)]
    [InlineData("E-mail Address", AccountField.Email)]
    [InlineData("EmailAddress", AccountField.Email)]
    [InlineData("mail", AccountField.Email)]
    [InlineData("email", AccountField.Email)]
    [InlineData("First Name", AccountField.FirstName)]
    [InlineData("GivenName", AccountField.FirstName)]
    [InlineData("Last Name", AccountField.LastName)]
    [InlineData("Surname", AccountField.LastName)]
    [InlineData("sn", AccountField.LastName)]
    [InlineData("UPN", AccountField.UserPrincipalName)]
    [InlineData("userPrincipalName", AccountField.UserPrincipalName)]
    [InlineData("Mobile", AccountField.MobilePhone)]
    [InlineData("Phone Number", AccountField.MobilePhone)]
    [InlineData("phoneNumber", AccountField.MobilePhone)]
    [InlineData("MobilePhone", AccountField.MobilePhone)]
    [InlineData("proxyAddresses", AccountField.ProxyAddresses)]
    [InlineData("Enabled", AccountField.Enabled)]
    [InlineData("accountEnabled", AccountField.Enabled)]
    [InlineData("Customer", AccountField.Customer)]
    [InlineData("qpId", AccountField.Id)]
    [InlineData("ObjectGUID", AccountField.Id)]
    [InlineData("SamAccountName", AccountField.Id)]
    [InlineData("\uFEFFId", AccountField.Id)]
    [InlineData("  first_name ", AccountField.FirstName)]
    public void Resolves_the_usual_column_names(string column, AccountField expected)
    {
        Assert.True(AccountFieldMap.TryResolve(column, out var field, out _));
        Assert.Equal(expected, field);
    }

    [Theory]
    [InlineData("Department")]
    [InlineData("Title")]
    [InlineData("Company")]
    [InlineData("")]
    public void Does_not_claim_other_columns(string column)
    {
        Assert.False(AccountFieldMap.TryResolve(column, out _, out _));
    }

    [Fact]
    public void Earlier_aliases_have_priority()
    {
        AccountFieldMap.TryResolve("DisplayName", out _, out var display);
        AccountFieldMap.TryResolve("Name", out _, out var name);
        Assert.True(display < name);
    }
}
