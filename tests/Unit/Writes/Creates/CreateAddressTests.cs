using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The address New-PsaContact looks an account up by, and creates its contact with.</summary>
public class CreateAddressTests
{
    [Fact]
    public void The_email_trimmed_wins_over_the_sign_in_name()
    {
        var address = CreateAddress.Of(new Account { Email = "  Ann.Lee@Contoso.com ", UserPrincipalName = "alee@contoso.com" });

        Assert.NotNull(address);
        Assert.Equal("Ann.Lee@Contoso.com", address!.Email);
        Assert.False(address.OnlySignIn);
    }

    [Fact]
    public void Without_an_email_a_sign_in_name_that_is_an_address_finds_the_contact_but_is_marked_as_only_that()
    {
        // Round 51: "has no email address" for an account Find-PsaContactMatch had linked by its UPN.
        var address = CreateAddress.Of(new Account { UserPrincipalName = "Bob.Ray@Contoso.com" });

        Assert.NotNull(address);
        Assert.Equal("bob.ray@contoso.com", address!.Email);
        Assert.True(address.OnlySignIn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("bob.ray")]                                            // a sign-in name that is no address
    [InlineData("bob_fabrikam.com#EXT#@contoso.onmicrosoft.com")]      // a guest: the address is another tenant's
    [InlineData("bob.ray@corp.local")]                                 // an on-premises domain no mail reaches
    public void No_email_and_no_usable_sign_in_name_is_no_address(string? upn)
    {
        Assert.Null(CreateAddress.Of(new Account { Email = " ", UserPrincipalName = upn }));
    }
}
