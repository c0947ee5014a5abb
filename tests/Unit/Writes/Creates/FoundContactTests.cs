using System;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;
using static QuickpassPsa.Tests.Writes.Creates.PersonTestKit;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The one active contact at an account's address: linked, unless a decision or the matcher says otherwise.</summary>
public class FoundContactTests
{
    [Fact]
    public void The_contact_at_the_accounts_own_address_is_its_and_one_at_another_of_its_addresses_is_too()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var found = FoundContact.Judge(ann, "ann@contoso.com", CompanyId, Contact("501", "Ann", "Lee", "ANN+tix@contoso.com"), Array.Empty<ContactMatchDecision>(), new RunLinks());
        Assert.Equal((PersonVerdictKind.Found, MatchReason.EmailPrimary), (found.Kind, found.Reason));

        // Round 46: Jane Doe with jane.smith@ as an alias is Jane Smith's contact.
        var jane = Person("Jane Doe", "jane.doe@contoso.com");
        jane.ProxyAddresses = new[] { ProxyAddress.Parse("smtp:jane.smith@contoso.com")! };
        var atAlias = FoundContact.Judge(jane, "jane.doe@contoso.com", CompanyId, Contact("502", "Jane", "Smith", "jane.smith@contoso.com"), Array.Empty<ContactMatchDecision>(), new RunLinks());
        Assert.Equal((PersonVerdictKind.Found, MatchReason.EmailAlias), (atAlias.Kind, atAlias.Reason));
    }

    [Fact]
    public void A_contact_under_another_name_is_another_persons_whatever_the_address()
    {
        // Round 45: Michelle Brown holding michael.brown@.
        var michael = Person("Michael Brown", "michael.brown@contoso.com");
        var michelle = Contact("503", "Michelle", "Brown", "michael.brown@contoso.com");

        var verdict = FoundContact.Judge(michael, "michael.brown@contoso.com", CompanyId, michelle, Array.Empty<ContactMatchDecision>(), new RunLinks());

        Assert.Equal(PersonVerdictKind.AnotherPerson, verdict.Kind);
        Assert.Same(michelle, verdict.Contact);
        Assert.False(FoundContact.TheMatcherLinks(michael, michelle));
    }

    [Fact]
    public void An_exclusion_of_the_pair_or_another_accounts_link_wins_over_the_address()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var contact = Contact("501", "Ann", "Lee", "ann@contoso.com");
        var exclusion = Exclusion(ann, contact);
        var admin = Person("Ann Lee (admin)", "adm.ann@contoso.com");
        var adminsLink = Link(admin, contact);

        var excluded = FoundContact.Judge(ann, "ann@contoso.com", CompanyId, contact, new[] { exclusion }, new RunLinks());
        Assert.Equal((PersonVerdictKind.DecidedOtherwise, false), (excluded.Kind, excluded.ThisRun));
        Assert.Same(exclusion, excluded.Decision);

        var linkedElsewhere = FoundContact.Judge(ann, "ann@contoso.com", CompanyId, contact, new[] { adminsLink }, new RunLinks());
        Assert.Same(adminsLink, linkedElsewhere.Decision);

        // Its own link is no reason to refuse.
        Assert.Equal(PersonVerdictKind.Found, FoundContact.Judge(ann, "ann@contoso.com", CompanyId, contact, new[] { Link(ann, contact) }, new RunLinks()).Kind);
    }

    [Fact]
    public void A_contact_this_run_has_just_linked_to_another_account_is_not_linked_twice()
    {
        // Round 62a: a father's jsmith@ and his son's jsmith+son@ found one contact; the son took it, the father was demoted.
        var father = Person("John Smith", "jsmith@contoso.com");
        var son = Person("John Smith", "jsmith+son@contoso.com");
        var contact = Contact("504", "John", "Smith", "jsmith@contoso.com");
        var run = new RunLinks();

        Assert.Equal(PersonVerdictKind.Found, FoundContact.Judge(father, "jsmith@contoso.com", CompanyId, contact, Array.Empty<ContactMatchDecision>(), run).Kind);
        run.Add(LinkedMatch.Create(father, contact), created: false);

        var verdict = FoundContact.Judge(son, "jsmith+son@contoso.com", CompanyId, contact, Array.Empty<ContactMatchDecision>(), run);
        Assert.Equal((PersonVerdictKind.DecidedOtherwise, true), (verdict.Kind, verdict.ThisRun));
        Assert.Same(run.All.Single(), verdict.Decision);
    }
}
