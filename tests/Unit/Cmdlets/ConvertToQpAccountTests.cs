using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

public class ConvertToQpAccountTests
{
    [Fact]
    public void Converts_Get_ADUser_shaped_objects()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            [pscustomobject]@{
                ObjectGUID = [guid]'7b0c1c1e-8f3a-4e5e-9d7c-2f4c1c9a0b11'; SamAccountName = 'alee'; DistinguishedName = 'CN=Lee\, Ann,OU=Users,DC=contoso,DC=local'
                Name = 'Lee, Ann'; GivenName = 'Ann'; Surname = 'Lee'; UserPrincipalName = 'alee@contoso.com'; mail = 'ann.lee@contoso.com'
                proxyAddresses = [System.Collections.ArrayList]@('SMTP:ann.lee@contoso.com', 'smtp:alee@contoso.onmicrosoft.com', 'X500:/o=x')
                mobile = '+1 555 0100'; Enabled = $true
            } | ConvertTo-QpAccount -Customer Contoso
            """);

        Assert.Empty(result.Errors);
        var account = Assert.Single(result.Objects<Account>());
        Assert.Equal(AccountSource.ActiveDirectory, account.Source);
        Assert.Equal("7b0c1c1e-8f3a-4e5e-9d7c-2f4c1c9a0b11", account.Id);
        Assert.Equal("Lee, Ann", account.DisplayName);
        Assert.Equal("ann.lee@contoso.com", account.Email);
        Assert.Equal(2, account.ProxyAddresses.Count);
        Assert.Equal("+1 555 0100", account.MobilePhone);
        Assert.True(account.Enabled);
        Assert.Equal("Contoso", account.Customer);
    }

    [Fact]
    public void Converts_Get_MgUser_shaped_objects()
    {
        using var ps = PowerShellHost.WithModule();
        var account = Assert.Single(ps.Run("""
            [pscustomobject]@{ Id = 'a1b2'; DisplayName = 'Bo Ek'; GivenName = 'Bo'; Surname = 'Ek'; Mail = $null
                UserPrincipalName = 'bo@contoso.com'; ProxyAddresses = [string[]]@('SMTP:bo.ek@contoso.com'); MobilePhone = '555'; AccountEnabled = $false } |
                ConvertTo-QpAccount
            """).Objects<Account>());

        Assert.Equal(AccountSource.EntraId, account.Source);
        Assert.Equal("a1b2", account.Id);
        Assert.Equal("bo.ek@contoso.com", account.Email);
        Assert.False(account.Enabled);
    }

    [Fact]
    public void Converts_Import_Csv_style_objects_and_hashtables()
    {
        using var ps = PowerShellHost.WithModule();
        var accounts = ps.Run("""
            [pscustomobject]@{ 'Display Name' = 'Cy Fox'; 'Email Address' = 'cy@contoso.com'; 'Phone Number' = '555-0101' },
            @{ FirstName = 'Di'; LastName = 'Ng'; Email = 'di@contoso.com' } | ConvertTo-QpAccount
            """).Objects<Account>();

        Assert.Equal(new[] { "Cy Fox", "Di Ng" }, accounts.Select(a => a.DisplayName));
        Assert.Equal("555-0101", accounts[0].MobilePhone);
        Assert.All(accounts, a => Assert.Equal(AccountSource.PipelineObject, a.Source));
    }

    [Fact]
    public void Bad_objects_are_non_terminating_errors_and_the_pipeline_goes_on()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            'just a string', [pscustomobject]@{ Department = 'IT'; Mail = '' }, [pscustomobject]@{ Mail = 'ok@contoso.com' } |
                ConvertTo-QpAccount
            """);

        Assert.Null(result.TerminatingError);
        Assert.Equal("ok@contoso.com", Assert.Single(result.Objects<Account>()).Email);
        Assert.Equal(2, result.Errors.Count);
        Assert.StartsWith("QuickpassPsa.UnrecognisedAccountObject,", result.Errors[0].FullyQualifiedErrorId);
        Assert.Equal("just a string", result.Errors[0].TargetObject);
        Assert.StartsWith("QuickpassPsa.InvalidAccountRecord,", result.Errors[1].FullyQualifiedErrorId);
        Assert.Contains("input object 2", result.Errors[1].Exception.Message);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.InvalidData, e.CategoryInfo.Category));
    }

    [Fact]
    public void Accounts_pass_through_with_the_customer_option_applied()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.csv", "Email,Customer\na@contoso.com,\nb@fabrikam.com,Fabrikam\n");
        using var ps = PowerShellHost.WithModule();

        var accounts = ps.Run("Get-QpAccount $args[0] | ConvertTo-QpAccount -Customer Contoso", path).Objects<Account>();

        Assert.Equal("a@contoso.com", Assert.Single(accounts).Email);
        Assert.Equal("Contoso", accounts[0].Customer);
    }
}
