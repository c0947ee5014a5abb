using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Tests.Accounts;

/// <summary>Round 61a: service, scanner and room accounts that a scheduled New-PsaContact would have created as people.</summary>
public class NonPersonAccountsTests
{
    [Theory]
    [InlineData("Veeam Service", "Veeam", "Service", "svc.veeam@contoso.com", "a service account")]
    [InlineData("Backup Service", "Backup", "Service", "svc-backup@contoso.com", "a service account")]
    [InlineData("scan2email", null, null, "scan2email@contoso.com", "a scanner, printer or fax mailbox")]
    [InlineData("Scanner", null, null, "scanner@contoso.com", "a scanner, printer or fax mailbox")]
    [InlineData("Conf Room 1", "Conf", "Room 1", "confroom1@contoso.com", "a room or equipment mailbox")]
    [InlineData("Boardroom", null, null, "boardroom@contoso.com", "a room or equipment mailbox")]
    [InlineData("No Reply", null, null, "noreply@contoso.com", "a sending or monitoring mailbox")]
    [InlineData("On-Premises Directory Synchronization Service Account", null, null, "sync_dc01_1a2b3c@contoso.onmicrosoft.com", "a service account")]
    public void Plainly_no_person(string display, string? first, string? last, string email, string reason)
    {
        var account = new Account { DisplayName = display, FirstName = first, LastName = last, Email = email };

        Assert.Equal(reason, NonPersonAccounts.Reason(account));
    }

    [Theory]
    [InlineData("Ann Lee", "Ann", "Lee", "ann.lee@contoso.com")]
    [InlineData("Reception", null, null, "reception@contoso.com")]          // a desk people answer: contacts are kept for it
    [InlineData("Customer Service", null, null, "customer.service@contoso.com")]
    [InlineData("Norman Mailer", "Norman", "Mailer", "norman.mailer@contoso.com")]
    [InlineData("Jan Bot", "Jan", "Bot", "jan.bot@contoso.com")]
    [InlineData("Sean Scanlan", "Sean", "Scanlan", "sscanlan@contoso.com")]
    [InlineData("Tom Broom", "Tom", "Broom", "tom.broom@contoso.com")]
    public void People_and_desks_are_not(string display, string? first, string? last, string email)
    {
        var account = new Account { DisplayName = display, FirstName = first, LastName = last, Email = email };

        Assert.Null(NonPersonAccounts.Reason(account));
    }
}
