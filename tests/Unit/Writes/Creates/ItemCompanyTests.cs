using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes.Creates;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The company a row or an account names for New-PsaContact when the run names none, and when it is no place to create.</summary>
public class ItemCompanyTests
{
    private static Func<IReadOnlyList<CompanyMatchDecision>> Links(List<string> log, params CompanyMatchDecision[] links) => () =>
    {
        log.Add("read");
        return links;
    };

    [Fact]
    public void A_row_names_its_own_company_and_never_its_customers_link()
    {
        var log = new List<string>();
        var account = new Account { Email = "ann@contoso.com", Customer = "Contoso" };
        var row = new ContactMatch(account) { CompanyId = " 19 ", CompanyName = "Contoso Ltd" };

        var named = ItemCompany.Of(row, account, Links(log));

        Assert.Equal(("19", "Contoso Ltd", (string?)null), (named!.Id, named.NamedThen, named.LinkedCustomer));
        Assert.Null(ItemCompany.Of(new ContactMatch(account), account, Links(log)));
        Assert.Empty(log);
    }

    [Fact]
    public void An_account_names_its_customers_confirmed_link_read_only_when_it_has_a_customer()
    {
        var log = new List<string>();
        var excluded = new CompanyMatchDecision(MatchDecisionKind.Excluded, "Contoso", "18", "Contoso Inc");
        var confirmed = new CompanyMatchDecision(MatchDecisionKind.Confirmed, "contoso ", "19", "Contoso Ltd");

        var named = ItemCompany.Of(null, new Account { Email = "ann@contoso.com", Customer = " Contoso " }, Links(log, excluded, confirmed));
        Assert.Equal(("19", "Contoso Ltd", "Contoso"), (named!.Id, named.NamedThen, named.LinkedCustomer));

        Assert.Null(ItemCompany.Of(null, new Account { Email = "bob@fabrikam.com", Customer = "Fabrikam" }, Links(log, excluded, confirmed)));
        Assert.Null(ItemCompany.Of(null, new Account { Email = "zed@contoso.com" }, Links(log, confirmed)));
        Assert.Equal(new[] { "read", "read" }, log);
    }

    [Fact]
    public void A_company_renamed_to_another_is_never_created_in_and_one_not_in_use_only_with_Force()
    {
        // Round 60b: a store or row from another PSA or site names another company by the same id.
        var account = new Account { Email = "ann@contoso.com" };
        var named = ItemCompany.Of(new ContactMatch(account) { CompanyId = "19", CompanyName = "Contoso Ltd" }, account, () => Array.Empty<CompanyMatchDecision>())!;

        var changed = named.Refusal(new PsaCompany { Id = "19", Name = "Fabrikam Inc" }, force: true);
        Assert.Equal((CreateRefusalKind.CompanyChanged, "19", "Contoso Ltd"), (changed!.Kind, changed.CompanyId, changed.NamedThen));

        Assert.Null(named.Refusal(new PsaCompany { Id = "19", Name = "Contoso Ltd." }, force: false));   // a rename that keeps the name's words

        var inactive = new PsaCompany { Id = "19", Name = "Contoso Ltd", Active = false };
        var notInUse = named.Refusal(inactive, force: false);
        Assert.Equal((CreateRefusalKind.CompanyNotInUse, "inactive in the PSA"), (notInUse!.Kind, notInUse.Reason));
        Assert.Null(named.Refusal(inactive, force: true));
    }
}
