using System;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;
using QuickpassPsa.Core.Psa.Writes.Creates;
using static QuickpassPsa.Tests.Writes.Creates.PersonTestKit;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>An account's own stored link settles it while its contact is there and still the person's (rounds 48, 49, 59).</summary>
public class OwnLinkTests
{
    private static readonly Func<string, PsaContact?> NoRequest = id => throw new InvalidOperationException("asked the PSA for " + id);

    [Fact]
    public void No_link_is_no_answer()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");

        Assert.Null(OwnLink.Of(Array.Empty<ContactMatchDecision>(), CompanyId, ann, Array.Empty<PsaContact>(), null, NoRequest));
    }

    [Fact]
    public void A_link_to_the_contact_the_address_found_stands_and_asks_nothing_more()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var contact = Contact("501", "Ann", "Lee", "ann@contoso.com");

        var own = OwnLink.Of(new[] { Link(ann, contact) }, CompanyId, ann, new[] { contact }, null, NoRequest);

        Assert.NotNull(own);
        Assert.True(own!.Stands);
        Assert.Same(contact, own.Contact);
    }

    [Fact]
    public void A_contact_without_the_address_comes_from_the_companys_read_and_one_the_read_lacks_is_gone()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var linked = Contact("501", "Ann", "Lee", null, active: false);   // linked by hand after ContactInactive (round 49)
        var read = new ExistingPersonCheck(new[] { linked }, Array.Empty<ContactMatchDecision>(), CompanyId);

        var own = OwnLink.Of(new[] { Link(ann, linked) }, CompanyId, ann, Array.Empty<PsaContact>(), read, NoRequest);
        Assert.True(own!.Stands);
        Assert.Equal("501", own.Contact.Id);
        Assert.False(own.Contact.Active);

        var gone = Contact("502", "Ann", "Lee", null);
        Assert.Null(OwnLink.Of(new[] { Link(ann, gone) }, CompanyId, ann, Array.Empty<PsaContact>(), read, NoRequest));
    }

    [Fact]
    public void Without_a_complete_read_the_PSA_is_asked_and_a_contact_moved_to_another_company_is_no_answer_here()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var contact = Contact("501", "Ann", "Lee", null);
        var moved = Contact("501", "Ann", "Lee", null, companyId: "20");
        var read = new ExistingPersonCheck(Array.Empty<PsaContact>(), Array.Empty<ContactMatchDecision>(), CompanyId);
        read.Unsure();

        Assert.True(OwnLink.Of(new[] { Link(ann, contact) }, CompanyId, ann, Array.Empty<PsaContact>(), read, _ => contact)!.Stands);
        Assert.True(OwnLink.Of(new[] { Link(ann, contact) }, CompanyId, ann, Array.Empty<PsaContact>(), null, _ => contact)!.Stands);
        Assert.Null(OwnLink.Of(new[] { Link(ann, contact) }, CompanyId, ann, Array.Empty<PsaContact>(), null, _ => moved));
        Assert.Null(OwnLink.Of(new[] { Link(ann, contact) }, CompanyId, ann, Array.Empty<PsaContact>(), null, _ => null));
    }

    [Fact]
    public void A_link_whose_contact_now_names_another_person_is_stale()
    {
        // Round 59: Walter White's link to 2240 came back Matched to Gretchen Schwartz, the record reused for her.
        var walter = Person("Walter White", "walter.white@contoso.com");
        var reused = Contact("2240", "Gretchen", "Schwartz", "gretchen.schwartz@contoso.com");

        var own = OwnLink.Of(new[] { Link(walter, reused, "Walter White") }, CompanyId, walter, Array.Empty<PsaContact>(), null, _ => reused);

        Assert.NotNull(own);
        Assert.False(own!.Stands);
        Assert.Equal(StaleWhy.ContactNamesAnother, own.Stale);
    }
}
