using System;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;
using static QuickpassPsa.Tests.Writes.Creates.PersonTestKit;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>The links New-PsaContact makes in a run: saved at the end, or, stopped early, those of the contacts it created.</summary>
public class RunLinksTests
{
    [Fact]
    public void Each_link_is_a_confirmed_decision_of_the_contacts_company_and_is_the_runs_until_taken()
    {
        var links = new RunLinks();
        var ann = Person("Ann Lee", "ann@contoso.com");

        var decision = links.Add(LinkedMatch.Create(ann, Contact("501", "Ann", "Lee", "ann@contoso.com")), created: false);

        Assert.Equal((MatchDecisionKind.Confirmed, CompanyId, "501", "Ann Lee", "ann@contoso.com"),
            (decision.DecisionKind, decision.CompanyId, decision.ContactId, decision.ContactName, decision.UserPrincipalName));
        Assert.True(links.Contains(decision));
        Assert.Equal(1, links.Count);

        Assert.Equal(new[] { decision }, links.TakeAll());
        Assert.Equal(0, links.Count);
        Assert.False(links.Contains(decision));
    }

    [Fact]
    public void Stopped_early_only_the_links_of_contacts_created_and_not_yet_saved_are_owed_to_the_store()
    {
        var links = new RunLinks();
        var found = links.Add(LinkedMatch.Create(Person("Ann Lee", "ann@contoso.com"), Contact("501", "Ann", "Lee", "ann@contoso.com")), created: false);
        var created = links.Add(LinkedMatch.Created(Person("Zed Quinn", "zed@contoso.com"), Contact("502", "Zed", "Quinn", "zed@contoso.com")), created: true);

        Assert.Equal(new[] { created }, links.CreatedNotSaved());
        Assert.Contains(found, links.All);

        links.TakeAll();
        Assert.Empty(links.CreatedNotSaved());   // saved at the end: nothing owed

        var again = new RunLinks();
        again.Add(LinkedMatch.Created(Person("Zed Quinn", "zed@contoso.com"), Contact("502", "Zed", "Quinn", "zed@contoso.com")), created: true);
        again.Drop();                            // a declined -Confirm: nothing owed either
        Assert.Empty(again.CreatedNotSaved());
    }

    [Fact]
    public void A_row_without_a_contact_of_a_company_is_no_link()
    {
        var contact = Contact("501", "Ann", "Lee", "ann@contoso.com");
        contact.CompanyId = null;

        Assert.Throws<ArgumentException>(() => new RunLinks().Add(LinkedMatch.Create(Person("Ann Lee", "ann@contoso.com"), contact), created: false));
    }
}
