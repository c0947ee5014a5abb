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

    [Fact]
    public void Values_it_cannot_read_are_typed_errors_and_the_pipeline_goes_on()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            @(42, 'not an address', @{}, $null, [pscustomobject]@{}, 'ann@contoso.com; bob@contoso.com', [pscustomobject]@{ Mail = 'ok@contoso.com' }) |
                ConvertTo-QpAccount
            'after'
            """);

        Assert.Null(result.TerminatingError);
        Assert.Equal("after", result.Output.Last().BaseObject);
        Assert.Equal("ok@contoso.com", Assert.Single(result.Output.Select(o => o.BaseObject).OfType<Account>()).Email);
        Assert.Equal(6, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.StartsWith("QuickpassPsa.UnrecognisedAccountObject,", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, e.CategoryInfo.Category);
            Assert.False(string.IsNullOrEmpty(e.ErrorDetails.RecommendedAction));
        });
        Assert.Contains("input object 1 is the number 42", result.Errors[0].Exception.Message);
        Assert.Equal(42, result.Errors[0].TargetObject);
        Assert.Contains("input object 2 is the string 'not an address', which is not an email address", result.Errors[1].Exception.Message);
        Assert.Contains("input object 3 has no properties", result.Errors[2].Exception.Message);
        Assert.Contains("input object 4 is $null", result.Errors[3].Exception.Message);
        Assert.Null(result.Errors[3].TargetObject);
        Assert.Contains("input object 5 has no properties", result.Errors[4].Exception.Message);
        Assert.Contains("input object 6 is the string 'ann@contoso.com; bob@contoso.com'", result.Errors[5].Exception.Message);
    }

    [Fact]
    public void An_object_whose_account_properties_are_all_empty_is_an_error_not_silence()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("[pscustomobject]@{ Mail = ''; DisplayName = $null } | ConvertTo-QpAccount");

        Assert.Empty(result.Output);
        Assert.StartsWith("QuickpassPsa.InvalidAccountRecord,", Assert.Single(result.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void An_email_address_string_becomes_an_account()
    {
        using var ps = PowerShellHost.WithModule();
        var accounts = ps.Run("'ann@contoso.com', ' SMTP:bo@contoso.com ' | ConvertTo-QpAccount -Customer Contoso").Objects<Account>();

        Assert.Equal(new[] { "ann@contoso.com", "bo@contoso.com" }, accounts.Select(a => a.Email));
        Assert.All(accounts, a => Assert.Equal("Contoso", a.Customer));
        Assert.All(accounts, a => Assert.Equal(AccountSource.PipelineObject, a.Source));
    }

    [Fact]
    public void Customer_on_a_piped_account_emits_a_copy_and_leaves_the_original_unchanged()
    {
        using var temp = new TempFolder();
        var path = temp.Write("users.csv", "Email,ProxyAddresses\na@contoso.com,SMTP:a@contoso.com\n");
        using var ps = PowerShellHost.WithModule();

        var result = ps.Run("""
            $original = Get-QpAccount $args[0]
            $converted = $original | ConvertTo-QpAccount -Customer Contoso
            $original, $converted, [object]::ReferenceEquals($original, $converted), [object]::ReferenceEquals($original.ProxyAddresses, $converted.ProxyAddresses)
            """, path);

        Assert.Empty(result.Errors);
        var original = Assert.IsType<Account>(result.Output[0].BaseObject);
        var converted = Assert.IsType<Account>(result.Output[1].BaseObject);
        Assert.Null(original.Customer);
        Assert.Equal("Contoso", converted.Customer);
        Assert.Equal("a@contoso.com", converted.Email);
        Assert.Equal(original.Origin, converted.Origin);
        Assert.Single(converted.ProxyAddresses);
        Assert.False((bool)result.Output[2].BaseObject);
        Assert.False((bool)result.Output[3].BaseObject);
    }

    /// <summary>
    /// Round 73c: a list of addresses as people keep them ("Name &lt;addr&gt;", "&lt;addr&gt;", "mailto:", quotes, a zero-width space from a
    /// web page) was refused or taken as written, and "mailto:str.two@contoso.com" became the account's Id.
    /// </summary>
    [Fact]
    public void Address_strings_are_read_as_the_address_they_hold_and_the_Id_is_the_cleaned_address()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            @('SMTP:str.one@contoso.com', 'mailto:str.two@contoso.com', '<str.three@contoso.com>', 'Str Four <str.four@contoso.com>',
              "str.f$([char]0x200B)ive@contoso.com", '"str.six@contoso.com"', 'dbl@@contoso.com') | ConvertTo-QpAccount
            """);

        var accounts = result.Objects<Account>();
        Assert.Equal(new[] { "one", "two", "three", "four", "five", "six" }.Select(n => "str." + n + "@contoso.com"), accounts.Select(a => a.Email));
        Assert.Equal(accounts.Select(a => a.Email), accounts.Select(a => a.Id));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.UnrecognisedAccountObject,", error.FullyQualifiedErrorId);
        Assert.Contains("input object 7 is the string 'dbl@@contoso.com', which is not an email address", error.Exception.Message);
    }

    [Fact]
    public void Piped_objects_are_cleaned_as_files_are()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            [pscustomobject]@{ Id = 'n1'; GivenName = "$([char]0x202E)nnA"; Surname = "Bell$([char]7)"; mail = '"quinn.quote@contoso.com"'; mobile = "+1$([char]0x200B)206 555 0177" },
            [pscustomobject]@{ Id = 'n2'; GivenName = 'Dbl'; Surname = 'At'; mail = 'dbl@@contoso.com' } | ConvertTo-QpAccount
            """);

        var accounts = result.Objects<Account>();
        Assert.Equal(("nnA", "Bell", "quinn.quote@contoso.com", "+1206 555 0177"), (accounts[0].FirstName, accounts[0].LastName, accounts[0].Email, accounts[0].MobilePhone));
        Assert.Null(accounts[1].Email);
        Assert.Equal("input object 2: Email value 'dbl@@contoso.com' is not an email address and was ignored.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void An_AD_object_with_no_given_name_surname_or_display_name_takes_its_Name_as_the_display_name()
    {
        using var ps = PowerShellHost.WithModule();
        var account = Assert.Single(ps.Run("""
            [pscustomobject]@{ DistinguishedName = 'CN=Sam Blank,OU=Users,DC=contoso,DC=local'; Enabled = $true; GivenName = $null; Surname = $null; DisplayName = ''
                               Name = 'Sam Blank'; SamAccountName = 'sblank'; UserPrincipalName = 'sblank@contoso.com'; mail = $null } | ConvertTo-QpAccount
            """).Objects<Account>());

        Assert.Equal(("Sam Blank", "sblank"), (account.DisplayName, account.Id));
    }

    /// <summary>Round 73c: DirectorySearcher results and Get-ADUser -Properties userAccountControl carry the flags, not Enabled.</summary>
    [Fact]
    public void Bit_2_of_a_piped_userAccountControl_sets_Enabled_also_as_a_one_item_collection()
    {
        using var ps = PowerShellHost.WithModule();
        var accounts = ps.Run("""
            [pscustomobject]@{ distinguishedname = 'CN=Mary Jones'; samaccountname = 'mjones'; givenname = 'Mary'; sn = 'Jones'; mail = 'mary.jones@contoso.com'; useraccountcontrol = 66050 },
            @{ distinguishedname = [System.Collections.ArrayList]@('CN=Lea Ver'); samaccountname = [System.Collections.ArrayList]@('lver'); mail = [System.Collections.ArrayList]@('lea.ver@contoso.com'); useraccountcontrol = [System.Collections.ArrayList]@(514) },
            [pscustomobject]@{ samaccountname = 'cactive'; mail = 'cal.active@contoso.com'; useraccountcontrol = [object[]]@(66048) },
            [pscustomobject]@{ SamAccountName = 'both'; mail = 'both@contoso.com'; Enabled = $true; userAccountControl = 514 } | ConvertTo-QpAccount
            """).Objects<Account>();

        Assert.Equal(new[] { ("mjones", false), ("lver", false), ("cactive", true), ("both", true) }, accounts.Select(a => (a.Id!, a.Enabled)));
    }

    /// <summary>
    /// Round 74b: a DirectorySearcher SearchResult (Path and Properties, its attributes in Properties by their LDAP names, each a
    /// collection) was refused as having no account property. It is read through its Properties; one whose Properties cannot be read
    /// says to pipe them.
    /// </summary>
    [Fact]
    public void A_SearchResult_shaped_object_is_read_through_its_Properties()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            $props = [System.Collections.Hashtable]::new([StringComparer]::OrdinalIgnoreCase)
            $props['mail'] = [object[]]@('sr1@contoso.com'); $props['givenname'] = [object[]]@('Sr'); $props['sn'] = [object[]]@('One')
            $props['useraccountcontrol'] = [object[]]@(514); $props['samaccountname'] = [object[]]@('srone'); $props['adspath'] = [object[]]@('LDAP://CN=Sr One,DC=contoso,DC=com')
            [pscustomobject]@{ Path = 'LDAP://CN=Sr One,DC=contoso,DC=com'; Properties = $props },
            [pscustomobject]@{ Path = 'LDAP://CN=Sr Two,DC=contoso,DC=com'; Properties = 'System.DirectoryServices.ResultPropertyCollection' } | ConvertTo-QpAccount
            """);

        var account = Assert.Single(result.Objects<Account>());
        Assert.Equal(("sr1@contoso.com", "Sr", "One", "srone", false, AccountSource.ActiveDirectory),
            (account.Email, account.FirstName, account.LastName, account.Id, account.Enabled, account.Source));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("QuickpassPsa.UnrecognisedAccountObject,", error.FullyQualifiedErrorId);
        Assert.Contains("(it has: Path, Properties)", error.Exception.Message);
        Assert.Contains("pipe those ($searcher.FindAll() | ForEach-Object Properties | ConvertTo-QpAccount)", error.Exception.Message);
    }

    /// <summary>Round 74b: "SIP:ann@contoso.com", "x500:..." and "SMTP:smtp:..." strings became accounts with that text as the email and the Id.</summary>
    [Fact]
    public void A_string_of_another_address_type_or_with_two_types_is_no_address_and_the_error_says_why()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            @('sip:ann@contoso.com', 'x400:ann@contoso.com', 'SMTP:smtp:x@contoso.com', 'ann@contoso.com?subject=hi', "tag$([char]::ConvertFromUtf32(0xE0041))@contoso.com") | ConvertTo-QpAccount
            """);

        Assert.Equal(new[] { "ann@contoso.com", "tag@contoso.com" }, result.Objects<Account>().Select(a => a.Id));
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("QuickpassPsa.UnrecognisedAccountObject,", e.FullyQualifiedErrorId));
        Assert.Contains("the string 'sip:ann@contoso.com', which is not an email address (it begins with 'sip:'", result.Errors[0].Exception.Message);
        Assert.Contains("(it begins with 'x400:'", result.Errors[1].Exception.Message);
        Assert.Contains("(it begins with 'SMTP:smtp:'", result.Errors[2].Exception.Message);
    }

    /// <summary>Round 74b: Enabled 'N/A' beside userAccountControl 514 came in enabled; 514.0 was no number.</summary>
    [Fact]
    public void An_unreadable_Enabled_falls_back_to_userAccountControl_and_a_decimal_userAccountControl_is_read()
    {
        using var ps = PowerShellHost.WithModule();
        var result = ps.Run("""
            [pscustomobject]@{ Mail = 'o15@contoso.com'; GivenName = 'O15'; Surname = 'X'; userAccountControl = '514'; Enabled = 'N/A' },
            [pscustomobject]@{ Mail = 'o16@contoso.com'; GivenName = 'O16'; Surname = 'X'; userAccountControl = '514.0' } | ConvertTo-QpAccount
            """);

        Assert.Equal(new[] { false, false }, result.Objects<Account>().Select(a => a.Enabled));
        Assert.Equal("input object 1: Enabled value 'N/A' is not true/false; userAccountControl 514 was read instead, so the account is taken as disabled.", Assert.Single(result.Warnings));
    }
}
