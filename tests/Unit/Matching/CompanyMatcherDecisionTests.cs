using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

/// <summary>CompanyMatcher with stored customer-company decisions: links win, exclusions never come back.</summary>
public class CompanyMatcherDecisionTests
{
    private static PsaCompany Co(string id, string name, bool active = true) => new() { Id = id, Name = name, Active = active, Psa = "ConnectWise" };

    private static CompanyMatchDecision Link(string customer, string company) => new(MatchDecisionKind.Confirmed, customer, company, null);

    private static CompanyMatchDecision Exclusion(string customer, string company) => new(MatchDecisionKind.Excluded, customer, company, null);

    private static readonly PsaCompany[] Tenant =
    {
        Co("1", "Contoso Ltd"), Co("2", "Contoso Inc"), Co("3", "Fabrikam Group"), Co("4", "Northwind Traders"), Co("9", "Old Contoso", active: false),
    };

    private static IReadOnlyList<CompanyMatch> Run(IReadOnlyList<CompanyMatchDecision> decisions, params string[] customers) =>
        new CompanyMatcher(Tenant).Match(customers, null, decisions);

    [Fact]
    public void A_confirmed_link_makes_the_customer_Matched_to_its_company_whatever_the_names_say()
    {
        var m = Run(new[] { Link("tailspin", "4") }, "Tailspin").Single();
        Assert.Equal(MatchStatus.Matched, m.Status);
        Assert.Equal(0, m.Stars);
        Assert.Equal("4", m.CompanyId);
        Assert.Equal("Northwind Traders", m.CompanyName);
        Assert.Equal(CompanyMatchReason.StoredDecision, m.Reason);
        Assert.Equal(new[] { "4" }, m.Candidates.Select(c => c.CompanyId));
    }

    [Fact]
    public void A_link_wins_over_an_exact_spelling_of_another_company()
    {
        var m = Run(new[] { Link("Contoso Ltd", "2") }, "Contoso Ltd").Single();
        Assert.Equal((MatchStatus.Matched, "2"), (m.Status, m.CompanyId));
    }

    [Fact]
    public void A_link_to_an_inactive_company_is_Matched_without_IncludeInactive()
    {
        var m = Run(new[] { Link("Contoso Old", "9") }, "Contoso Old").Single();
        Assert.Equal((MatchStatus.Matched, "9"), (m.Status, m.CompanyId));
    }

    [Fact]
    public void Without_decisions_the_result_is_the_same_as_before()
    {
        var without = new CompanyMatcher(Tenant).Match(new[] { "Contoso Ltd", "Fabrikam Group" });
        var empty = Run(new CompanyMatchDecision[0], "Contoso Ltd", "Fabrikam Group");
        Assert.Equal(without.Select(m => m.ToString()), empty.Select(m => m.ToString()));
    }

    [Fact]
    public void An_exclusion_drops_the_company_and_the_next_best_candidate_is_for_a_person_to_confirm()
    {
        // "Contoso Ltd" is exact for 1 and normalised for 2: excluding 1 leaves 2, but "not that one" is not "so the other".
        var before = Run(new CompanyMatchDecision[0], "Contoso Ltd").Single();
        Assert.Equal(("1", 3), (before.CompanyId, before.Stars));

        var m = Run(new[] { Exclusion("contoso ltd", "1") }, "Contoso Ltd").Single();
        Assert.Equal(MatchStatus.Review, m.Status);
        Assert.Equal(("2", 1), (m.CompanyId, m.Stars));
        Assert.Equal(new[] { CompanyMatchReason.CompanyNormalized, CompanyMatchReason.NamesakeExcluded }, m.Reasons);
        Assert.DoesNotContain(m.Candidates, c => c.CompanyId == "1");
    }

    [Fact]
    public void A_company_a_stored_link_gives_to_a_customer_not_in_the_input_is_not_Suggested_to_another()
    {
        // One export file per customer: 'Contoso US' is linked and not in this run.
        var link = new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso US", "5000", "Contoso Inc");
        var m = new CompanyMatcher(new[] { Co("5000", "Contoso Inc") }).Match(new[] { "Contoso Inc" }, null, new[] { link }).Single();
        Assert.Equal((MatchStatus.Review, 1, "5000"), (m.Status, m.Stars, m.CompanyId));
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.CompanyClaimed }, m.Reasons);
    }

    [Fact]
    public void Excluding_one_of_two_sister_companies_leaves_the_other_for_a_person_to_confirm()
    {
        var companies = new[] { Co("124", "Litware Ltd"), Co("125", "Litware Inc") };
        var before = new CompanyMatcher(companies).Match(new[] { "Litware" }).Single();
        Assert.Equal(MatchStatus.Ambiguous, before.Status);

        var m = new CompanyMatcher(companies).Match(new[] { "Litware" }, null, new[] { Exclusion("Litware", "124") }).Single();
        Assert.Equal((MatchStatus.Review, 1, "125"), (m.Status, m.Stars, m.CompanyId));
        Assert.Contains(CompanyMatchReason.NamesakeExcluded, m.Reasons);
    }

    [Fact]
    public void Excluding_the_only_candidate_leaves_the_customer_Unmatched()
    {
        var m = Run(new[] { Exclusion("Fabrikam Group", "3") }, "Fabrikam Group").Single();
        Assert.Equal(MatchStatus.Unmatched, m.Status);
        Assert.Null(m.Company);
        Assert.Empty(m.Candidates);
    }

    [Fact]
    public void An_exclusion_also_keeps_the_company_out_of_the_near_spellings()
    {
        var before = Run(new CompanyMatchDecision[0], "Fabrikan Group").Single();
        Assert.Equal((MatchStatus.Review, "3"), (before.Status, before.CompanyId));

        var m = Run(new[] { Exclusion("Fabrikan Group", "3") }, "Fabrikan Group").Single();
        Assert.Equal(MatchStatus.Unmatched, m.Status);
    }

    [Fact]
    public void An_exclusion_is_the_customers_own()
    {
        var results = Run(new[] { Exclusion("Someone Else", "3") }, "Fabrikam Group");
        Assert.Equal((MatchStatus.Suggested, "3"), (results[0].Status, results[0].CompanyId));
    }

    [Fact]
    public void A_linked_company_is_claimed_from_another_customers_Suggested_which_becomes_Review()
    {
        var results = Run(new[] { Link("Fabrikam", "3") }, "Fabrikam Group", "Fabrikam");
        var linked = results.Single(r => r.Customer == "Fabrikam");
        var other = results.Single(r => r.Customer == "Fabrikam Group");
        Assert.Equal((MatchStatus.Matched, "3"), (linked.Status, linked.CompanyId));
        Assert.Equal(MatchStatus.Review, other.Status);
        Assert.Equal(1, other.Stars);
        Assert.Equal("3", other.CompanyId);
        Assert.Equal(new[] { CompanyMatchReason.CompanyExact, CompanyMatchReason.CompanyClaimed }, other.Reasons);
    }

    [Fact]
    public void A_link_to_a_company_that_is_gone_is_ignored_and_listed()
    {
        var decisions = new[] { Link("Fabrikam Group", "404"), Link("Northwind", "4"), Exclusion("Contoso Ltd", "405") };
        var matcher = new CompanyMatcher(Tenant);

        var m = matcher.Match(new[] { "Fabrikam Group" }, null, decisions).Single();
        Assert.Equal(MatchStatus.Suggested, m.Status);
        Assert.Equal("3", m.CompanyId);
        Assert.Equal(CompanyMatchReason.CompanyExact, m.Reason);

        var missing = Assert.Single(matcher.LinksToMissingCompanies(decisions));
        Assert.Equal(("Fabrikam Group", "404"), (missing.Customer, missing.CompanyId));
    }

    [Fact]
    public void An_inactive_linked_company_is_not_missing_even_when_inactive_ones_are_not_matched()
    {
        Assert.Empty(new CompanyMatcher(Tenant).LinksToMissingCompanies(new[] { Link("Contoso Old", "9") }));
    }
}
