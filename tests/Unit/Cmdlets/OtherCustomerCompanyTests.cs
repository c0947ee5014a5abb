using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>Whether an account's Customer is another company's than the one a command names (Find-/New-PsaContact's check).</summary>
public class OtherCustomerCompanyTests
{
    private static readonly PsaCompany[] Companies =
    {
        new() { Id = "1", Name = "Contoso Ltd" },
        new() { Id = "2", Name = "Contoso Inc" },
        new() { Id = "3", Name = "Litware GmbH & Co. KG" },
        new() { Id = "4", Name = "Litware GmbH" },
        new() { Id = "5", Name = "Fabrikam Inc" },
        new() { Id = "6", Name = "Northwind Traders" },
    };

    private static OtherCustomerCompany Check(params CompanyMatchDecision[] links) =>
        new(() => links, () => Companies);

    [Theory]
    [InlineData("Contoso Inc", "1", "Contoso Inc [2]")]          // a sister company under another legal form (round 44)
    [InlineData("Litware GmbH", "3", "Litware GmbH [4]")]
    [InlineData("Fabrikam Inc.", "1", "Fabrikam Inc [5]")]       // punctuation aside (round 43)
    [InlineData("Contoso", "1", null)]                           // no legal form: this company
    [InlineData("Contoso Ltd.", "1", null)]
    [InlineData("Contoso Limited", "1", null)]                   // Ltd and Limited are one form
    [InlineData("Northwind", "1", null)]                         // no company of that name: nothing to say
    public void Names_another_company_only_when_the_PSA_has_one_by_the_customers_name(string customer, string companyId, string? other)
    {
        var why = Check().Why(customer, Array.Find(Companies, c => c.Id == companyId)!);

        if (other == null) Assert.Null(why);
        else Assert.Contains("is the name of the company " + other, why);
    }

    [Fact]
    public void A_stored_link_decides_before_any_name()
    {
        var link = new CompanyMatchDecision(MatchDecisionKind.Confirmed, "Contoso Inc", "1", "Contoso Ltd");

        Assert.Null(Check(link).Why("Contoso Inc", Companies[0]));
        Assert.Contains("is linked to Contoso Ltd [1]", Check(link).Why("Contoso Inc", Companies[1]));
    }
}
