using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Customers;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching.Customers;

/// <summary>What a multi-customer run will do before any contact is read: grouping, links, suggestions, the read order.</summary>
public class CustomerPlanTests
{
    private static readonly PsaCompany[] Companies =
    {
        new() { Id = "10", Name = "Contoso Ltd" }, new() { Id = "20", Name = "Fabrikam Inc" }, new() { Id = "30", Name = "Woodgrove Bank" },
        new() { Id = "40", Name = "Old Mill", Active = false },
    };

    private static Account A(string? customer, string email) => new() { Customer = customer, Email = email, UserPrincipalName = email };

    private static CompanyMatchDecision Link(string customer, string id) => new(MatchDecisionKind.Confirmed, customer, id, null);

    [Fact]
    public void Accounts_are_grouped_by_customer_ignoring_case_and_spaces_in_input_order()
    {
        var accounts = new[] { A("Fabrikam Inc", "a@f"), A("Contoso Ltd", "b@c"), A(" contoso ltd ", "c@c"), A(null, "d@x"), A("  ", "e@x"), A("Fabrikam Inc", "f@f") };

        var plan = CustomerPlan.Build(accounts, new[] { Link("Contoso Ltd", "10"), Link("fabrikam inc", "20") }, Companies, false);

        Assert.Equal(new[] { "Fabrikam Inc", "Contoso Ltd" }, plan.Customers.Select(c => c.Customer));
        Assert.Equal(new[] { 2, 2 }, plan.Customers.Select(c => c.Accounts.Count));
        Assert.Equal(new[] { "d@x", "e@x" }, plan.WithoutCustomer.Select(a => a.Email));
        Assert.All(plan.Customers, c => Assert.Equal(CustomerRunState.Done, c.State));
        Assert.Equal(new[] { "20", "10" }, plan.Customers.Select(c => c.Company!.Id));
    }

    [Fact]
    public void A_customer_without_a_link_gets_a_suggestion_and_one_whose_company_is_gone_is_told_apart()
    {
        var accounts = new[] { A("Woodgrove Bank", "a@w"), A("Tailspin", "b@t"), A("Contoso Ltd", "c@c") };

        var plan = CustomerPlan.Build(accounts, new[] { Link("Tailspin", "99"), Link("Contoso Ltd", "10") }, Companies, false);

        var woodgrove = plan.Customers.Single(c => c.Customer == "Woodgrove Bank");
        Assert.Equal(CustomerRunState.NotLinked, woodgrove.State);
        Assert.Equal((MatchStatus.Suggested, "30"), (woodgrove.Suggestion!.Status, woodgrove.Suggestion.CompanyId));
        var tailspin = plan.Customers.Single(c => c.Customer == "Tailspin");
        Assert.Equal(CustomerRunState.CompanyMissing, tailspin.State);
        Assert.Equal("99", tailspin.NewSummary().CompanyId);
        Assert.Equal(new[] { "10" }, plan.Companies.Select(c => c.Id));
    }

    [Fact]
    public void Exclusions_do_not_link_and_a_link_to_an_inactive_company_still_counts()
    {
        var accounts = new[] { A("Contoso Ltd", "a@c"), A("Old Mill", "b@o") };
        var decisions = new[] { new CompanyMatchDecision(MatchDecisionKind.Excluded, "Contoso Ltd", "10", null), Link("Old Mill", "40") };

        var plan = CustomerPlan.Build(accounts, decisions, Companies, false);

        Assert.Equal(CustomerRunState.NotLinked, plan.Customers[0].State);
        Assert.NotEqual("10", plan.Customers[0].Suggestion?.CompanyId); // the excluded company is never suggested
        Assert.Equal("40", plan.Customers[1].Company!.Id);
    }

    [Fact]
    public void The_companies_with_the_most_accounts_are_read_first_and_each_once()
    {
        var accounts = new List<Account> { A("Contoso Ltd", "1@c") };
        accounts.AddRange(Enumerable.Range(0, 5).Select(i => A("Woodgrove Bank", i + "@w")));
        accounts.AddRange(Enumerable.Range(0, 3).Select(i => A("Fabrikam Inc", i + "@f")));

        var plan = CustomerPlan.Build(accounts, new[] { Link("Contoso Ltd", "10"), Link("Woodgrove Bank", "30"), Link("Fabrikam Inc", "20") }, Companies, false);

        Assert.Equal(new[] { "30", "20", "10" }, plan.Companies.Select(c => c.Id));
        Assert.Equal(new[] { "Contoso Ltd", "Woodgrove Bank", "Fabrikam Inc" }, plan.Customers.Select(c => c.Customer)); // output keeps input order
    }
}
