using System;
using System.Linq;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.Writes.Creates;
using static QuickpassPsa.Tests.Writes.Creates.PersonTestKit;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The other account a stored link gives the contact the matcher found (round 51), named for ContactMayExist.</summary>
public class LinkedElsewhereTests
{
    [Fact]
    public void The_other_accounts_name_and_address_or_null_when_the_link_is_this_accounts_or_another_companys()
    {
        var annabel = Person("Annabel Leigh", "annabel.leigh@brightwater.com");
        var admin = Person("Annabel Leigh", "adm.annabel@brightwater.com");
        var contact = Contact("601", "Annabel", "Leigh", null);
        var seen = new ContactMatcher(new[] { contact }).Match(new[] { admin }).Single();
        Assert.Equal(contact.Id, seen.Contact?.Id);

        Assert.Equal("Annabel Leigh (annabel.leigh@brightwater.com)", LinkedElsewhere.Who(new[] { Link(annabel, contact) }, CompanyId, admin, seen));
        Assert.Null(LinkedElsewhere.Who(new[] { Link(admin, contact) }, CompanyId, admin, seen));
        Assert.Null(LinkedElsewhere.Who(new[] { Link(annabel, contact) }, "20", admin, seen));
        Assert.Null(LinkedElsewhere.Who(new[] { Exclusion(annabel, contact) }, CompanyId, admin, seen));
        Assert.Null(LinkedElsewhere.Who(Array.Empty<ContactMatchDecision>(), CompanyId, admin, seen));
    }

    [Fact]
    public void Several_candidates_name_no_one()
    {
        var admin = Person("Annabel Leigh", "adm.annabel@brightwater.com");
        var one = Contact("601", "Annabel", "Leigh", null);
        var two = Contact("602", "Annabel", "Leigh", null);
        var seen = new ContactMatcher(new[] { one, two }).Match(new[] { admin }).Single();
        Assert.True(seen.Candidates.Count > 1);

        Assert.Null(LinkedElsewhere.Who(new[] { Link(Person("Annabel Leigh", "annabel.leigh@brightwater.com"), one) }, CompanyId, admin, seen));
    }
}
