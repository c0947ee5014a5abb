using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>Why New-PsaContact creates no contact for an item, in the order it asks.</summary>
public class CreateRefusalsTests
{
    private static Account Ann(bool enabled = true) => new() { DisplayName = "Ann Lee", Email = "ann@contoso.com", Enabled = enabled };

    [Theory]
    [InlineData(MatchStatus.Suggested, false, "NotUnmatched")]
    [InlineData(MatchStatus.Review, false, "NotUnmatched")]
    [InlineData(MatchStatus.Suggested, true, null)]                 // -Force creates for such rows too, after the same lookup
    [InlineData(MatchStatus.Unmatched, false, null)]
    public void A_row_that_is_not_Unmatched_needs_Force(MatchStatus status, bool force, string? kind)
    {
        Assert.Equal(kind, CreateRefusals.BeforeLookup(status, Ann(), force, includeDisabled: false, out _)?.Kind.ToString());
    }

    [Fact]
    public void A_row_is_refused_before_its_account_is_looked_at_and_an_account_has_no_status()
    {
        Assert.Equal(CreateRefusalKind.NotUnmatched, CreateRefusals.BeforeLookup(MatchStatus.Ambiguous, new Account(), force: false, includeDisabled: false, out _)?.Kind);
        Assert.Null(CreateRefusals.BeforeLookup(null, Ann(), force: false, includeDisabled: false, out _));
    }

    [Fact]
    public void A_disabled_account_is_passed_over_unless_IncludeDisabled_and_Force_does_not_change_that()
    {
        Assert.Equal(CreateRefusalKind.Disabled, CreateRefusals.BeforeLookup(null, Ann(enabled: false), force: true, includeDisabled: false, out var none)?.Kind);
        Assert.Null(none);

        Assert.Null(CreateRefusals.BeforeLookup(null, Ann(enabled: false), force: false, includeDisabled: true, out var address));
        Assert.Equal("ann@contoso.com", address!.Email);
    }

    [Fact]
    public void An_account_without_an_address_to_look_up_has_no_email()
    {
        Assert.Equal(CreateRefusalKind.NoEmail, CreateRefusals.BeforeLookup(null, new Account { DisplayName = "Ann Lee" }, force: true, includeDisabled: false, out var address)?.Kind);
        Assert.Null(address);
    }

    [Fact]
    public void An_account_of_another_customer_is_refused_in_the_company_named_unless_Force()
    {
        // Round 42: Beta Tools' people created in Alpha Widgets.
        var alpha = new PsaCompany { Id = "1", Name = "Alpha Widgets" };
        var link = new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Beta Tools", "2", "Beta Tools Inc");
        var others = new OtherCustomerCompany(() => new[] { link }, () => Array.Empty<PsaCompany>());
        var account = new Account { DisplayName = "Ann Lee", Email = "ann@betatools.com", Customer = "Beta Tools" };

        var refusal = CreateRefusals.OfCustomer(account, alpha, others, force: false);

        Assert.Equal(CreateRefusalKind.CustomerOfAnotherCompany, refusal?.Kind);
        Assert.Equal("the customer 'Beta Tools' is linked to Beta Tools Inc [2]", refusal!.Reason);
        Assert.Null(CreateRefusals.OfCustomer(account, alpha, others, force: true));
        Assert.Null(CreateRefusals.OfCustomer(new Account { Email = "x@alpha.com", Customer = "Alpha Widgets" }, alpha, others, force: false));
    }

    private static (CreateRefusal? Refusal, int Asked) BeforeCreate(Account account, bool force = false, bool autotask = true,
        IReadOnlyList<(PsaContact Contact, string Company)>? holders = null)
    {
        var asked = 0;
        var refusal = CreateRefusals.BeforeCreate(account, CreateAddress.Of(account)!, ContactNames.From(account, autotask), force, () =>
        {
            asked++;
            return holders ?? Array.Empty<(PsaContact, string)>();
        });
        return (refusal, asked);
    }

    [Fact]
    public void A_sign_in_name_finds_a_contact_but_never_makes_one()
    {
        var (refusal, asked) = BeforeCreate(new Account { DisplayName = "Ann Lee", UserPrincipalName = "ann@contoso.com" }, force: true);

        Assert.Equal(CreateRefusalKind.NoEmail, refusal?.Kind);
        Assert.Equal(0, asked);
    }

    [Fact]
    public void An_account_that_is_no_person_is_refused_with_its_address_and_why_unless_Force()
    {
        // Round 61a: a scheduled run would have made "Veeam Service" and six "scan2email" contacts.
        var veeam = new Account { DisplayName = "Veeam Service", FirstName = "Veeam", LastName = "Service", Email = " svc.veeam@contoso.com " };

        var (refusal, asked) = BeforeCreate(veeam);
        Assert.Equal(CreateRefusalKind.NotAPerson, refusal?.Kind);
        Assert.Equal(("svc.veeam@contoso.com", "a service account"), (refusal!.Address, refusal.Reason));
        Assert.Equal(0, asked);

        Assert.Null(BeforeCreate(veeam, force: true).Refusal);
    }

    [Fact]
    public void A_name_the_PSA_cannot_take_is_refused_even_with_Force()
    {
        var cher = new Account { DisplayName = "Cher", Email = "cher@contoso.com" };

        var (refusal, asked) = BeforeCreate(cher, force: true, autotask: true);

        Assert.Equal(CreateRefusalKind.NameUnsplittable, refusal?.Kind);
        Assert.False(string.IsNullOrEmpty(refusal!.Reason));
        Assert.Equal(0, asked);
        Assert.Null(BeforeCreate(cher, force: true, autotask: false).Refusal);   // ConnectWise takes a first name alone
    }

    [Fact]
    public void The_address_on_a_contact_of_another_company_is_asked_last_and_refuses_unless_Force()
    {
        // Round 60b: one customer spread over two PSA companies got a second contact.
        var holder = (new PsaContact { Id = "9", CompanyId = "20", FirstName = "Ann", LastName = "Lee" }, "Contoso Inc [20]");

        var (refusal, asked) = BeforeCreate(Ann(), holders: new[] { holder });
        Assert.Equal(CreateRefusalKind.InOtherCompany, refusal?.Kind);
        Assert.Equal(new[] { holder }, refusal!.Holders);
        Assert.Equal(1, asked);

        Assert.Equal((null, 1), BeforeCreate(Ann()));
        Assert.Equal((null, 0), BeforeCreate(Ann(), force: true, holders: new[] { holder }));
    }

    [Fact]
    public void A_value_longer_than_its_field_is_a_refusal_and_any_other_failure_of_the_check_is_thrown()
    {
        var tooLong = new PsaInvalidValueException("ConnectWise", "POST", "/company/contacts", "firstName", 30, new[] { "The firstName 'Maximiliana' has 31 characters." }, null);

        var refusal = CreateRefusals.FieldLimits(() => throw tooLong);
        Assert.Equal(CreateRefusalKind.FieldTooLong, refusal?.Kind);
        Assert.Same(tooLong, refusal!.Invalid);

        Assert.Null(CreateRefusals.FieldLimits(() => { }));
        var down = new PsaApiException("Autotask", "GET", "/Contacts/entityInformation/fields", 500, null, Array.Empty<string>());
        Assert.Same(down, Assert.Throws<PsaApiException>(() => CreateRefusals.FieldLimits(() => throw down)));
    }
}
