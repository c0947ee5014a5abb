using System.Collections.Generic;
using System;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes.Creates;
using static QuickpassPsa.Tests.Writes.Creates.PersonTestKit;

namespace QuickpassPsa.Tests.Writes.Creates;

/// <summary>Which of a company's contacts, if any, is an account's person: New-PsaContact's check before any create.</summary>
public class ExistingPersonTests
{
    [Fact]
    public void The_address_is_looked_up_before_the_decisions_are_read_and_a_stored_link_settles_the_account()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var other = Contact("501", "Ann", "Lee", "ann@contoso.com");
        var linked = Contact("502", "Ann", "Lee", null);
        var reads = new Reads(new[] { other, linked }, Link(ann, linked));

        var verdict = ExistingPerson.Judge(ann, "ann@contoso.com", CompanyId, isRow: false, null, reads.For());

        Assert.Equal(PersonVerdictKind.Linked, verdict.Kind);
        Assert.Equal("502", verdict.Contact!.Id);
        Assert.Equal(new[] { "contacts ann@contoso.com", "stored", "contact 502" }, reads.Log);
    }

    [Fact]
    public void A_stale_link_is_noted_and_the_account_handled_as_if_it_had_none()
    {
        var walter = Person("Walter White", "walter.white@contoso.com");
        var reused = Contact("2240", "Gretchen", "Schwartz", "gretchen.schwartz@contoso.com");
        var reads = new Reads(new[] { reused }, Link(walter, reused, "Walter White"));

        var verdict = ExistingPerson.Judge(walter, "walter.white@contoso.com", CompanyId, isRow: false, null, reads.For());

        Assert.Equal(PersonVerdictKind.None, verdict.Kind);
        Assert.Equal("2240", verdict.StaleLink?.Contact.Id);
        Assert.Equal(StaleWhy.ContactNamesAnother, verdict.StaleLink?.Stale);
        Assert.NotSame(PersonVerdict.None, verdict);             // the shared None carries no note
        Assert.Null(PersonVerdict.None.StaleLink);
    }

    [Fact]
    public void An_inactive_holder_refuses_unless_a_person_excluded_it_for_the_account()
    {
        var tom = Person("Tom Baker", "tom.baker@contoso.com");
        var old = Contact("701", "Thomas", "Baker", "tom.baker@contoso.com", active: false);

        var inactive = ExistingPerson.Judge(tom, "tom.baker@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { old }).For());
        Assert.Equal(PersonVerdictKind.Inactive, inactive.Kind);
        Assert.Equal(old.Id, inactive.Contact!.Id);

        var excluded = ExistingPerson.Judge(tom, "tom.baker@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { old }, Exclusion(tom, old)).For());
        Assert.Equal(PersonVerdictKind.None, excluded.Kind);
        Assert.Equal("701", excluded.ExcludedInactive?.Id);
    }

    [Fact]
    public void An_excluded_holder_of_an_alias_keeps_nothing_from_being_created_but_one_of_the_address_itself_does()
    {
        // Round 78a: the leaver Sarah Jorgensen's sarah@ kept as an alias on Sarah Quinlan's mailbox, her contact excluded for the account:
        // refused on every run (the new contact would carry sarah.quinlan@, no duplicate address), while the report said it could be created.
        var sarah = Person("Sarah Quinlan", "sarah.quinlan@contoso.com");
        sarah.ProxyAddresses = new List<ProxyAddress> { ProxyAddress.Parse("SMTP:sarah.quinlan@contoso.com")!, ProxyAddress.Parse("smtp:sarah@contoso.com")! };
        var leaver = Contact("901", "Sarah", "Jorgensen", "sarah@contoso.com");

        var excluded = ExistingPerson.Judge(sarah, "sarah.quinlan@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { leaver }, Exclusion(sarah, leaver)).For());
        Assert.Equal(PersonVerdictKind.None, excluded.Kind);
        Assert.Equal("901", excluded.ExcludedInactive?.Id);

        var notExcluded = ExistingPerson.Judge(sarah, "sarah.quinlan@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { leaver }).For());
        Assert.NotEqual(PersonVerdictKind.None, notExcluded.Kind);

        var atTheAddress = Contact("902", "Sarah", "Jorgensen", "sarah.quinlan@contoso.com");
        var same = ExistingPerson.Judge(sarah, "sarah.quinlan@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { atTheAddress }, Exclusion(sarah, atTheAddress)).For());
        Assert.Equal(PersonVerdictKind.DecidedOtherwise, same.Kind);
    }

    [Fact]
    public void Several_active_holders_are_ambiguous_and_one_is_judged_as_found()
    {
        var ann = Person("Ann Lee", "ann@contoso.com");
        var one = Contact("501", "Ann", "Lee", "ann@contoso.com");
        var two = Contact("502", "Ann", "Lee", "ann@contoso.com");

        var ambiguous = ExistingPerson.Judge(ann, "ann@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { one, two }).For());
        Assert.Equal((PersonVerdictKind.Ambiguous, 2), (ambiguous.Kind, ambiguous.Count));

        var found = ExistingPerson.Judge(ann, "ann@contoso.com", CompanyId, isRow: false, null, new Reads(new[] { one }).For());
        Assert.Equal((PersonVerdictKind.Found, MatchReason.EmailPrimary), (found.Kind, found.Reason));
    }

    [Fact]
    public void Without_a_holder_an_account_gets_a_contact_only_when_the_joint_match_leaves_it_Unmatched()
    {
        // Round 47: Łukasz Nowak's "Lukasz Nowak" with his mobile and no email was doubled.
        var lukasz = Person("Łukasz Nowak", "lukasz.nowak@contoso.com", mobile: "+48 601 234 567");
        var zed = Person("Zed Quinn", "zed.quinn@contoso.com");
        var contact = Contact("801", "Lukasz", "Nowak", null, mobile: "+48601234567");
        var reads = new Reads(new[] { contact });
        var check = reads.Check();
        check.MatchTogether(new[] { lukasz, zed });

        var mayExist = ExistingPerson.Judge(lukasz, "lukasz.nowak@contoso.com", CompanyId, isRow: false, check, reads.For());
        Assert.Equal(PersonVerdictKind.MayExist, mayExist.Kind);
        Assert.Equal("801", mayExist.Seen!.Contact?.Id ?? mayExist.Seen.Candidates[0].Contact.Id);
        Assert.Null(mayExist.LinkedElsewhere);

        Assert.Equal(PersonVerdictKind.None, ExistingPerson.Judge(zed, "zed.quinn@contoso.com", CompanyId, isRow: false, check, reads.For()).Kind);
        Assert.DoesNotContain(reads.Log, l => l.StartsWith("contacts", StringComparison.Ordinal));   // the read answered every lookup

        // -Force: no read, no joint match; only the address counts.
        Assert.Equal(PersonVerdictKind.None, ExistingPerson.Judge(lukasz, "lukasz.nowak@contoso.com", CompanyId, isRow: false, null, reads.For()).Kind);
    }

    [Fact]
    public void A_row_is_matched_against_the_inactive_contacts_only_the_active_ones_were_Finds_to_judge()
    {
        // Round 49: Example 1 as printed made Tom Baker a twin of his deactivated "Thomas Baker".
        var tom = Person("Tom Baker", "tom.baker@contoso.com", mobile: "+1 206 555 0142");
        var inactive = new Reads(new[] { Contact("701", "Thomas", "Baker", null, active: false, mobile: "+12065550142") });
        var active = new Reads(new[] { Contact("702", "Thomas", "Baker", null, mobile: "+12065550142") });

        var seen = ExistingPerson.Judge(tom, "tom.baker@contoso.com", CompanyId, isRow: true, inactive.Check(), inactive.For());
        Assert.Equal(PersonVerdictKind.MayExist, seen.Kind);

        Assert.Equal(PersonVerdictKind.None, ExistingPerson.Judge(tom, "tom.baker@contoso.com", CompanyId, isRow: true, active.Check(), active.For()).Kind);
    }

    [Fact]
    public void The_contact_found_may_be_another_accounts_by_a_stored_link()
    {
        var annabel = Person("Annabel Leigh", "annabel.leigh@brightwater.com");
        var admin = Person("Annabel Leigh", "adm.annabel@brightwater.com");
        var contact = Contact("601", "Annabel", "Leigh", null);
        var reads = new Reads(new[] { contact }, Link(annabel, contact));
        var check = reads.Check();
        check.MatchTogether(new[] { admin });

        var verdict = ExistingPerson.Judge(admin, "adm.annabel@brightwater.com", CompanyId, isRow: false, check, reads.For());

        Assert.Equal(PersonVerdictKind.MayExist, verdict.Kind);
        Assert.Equal("Annabel Leigh (annabel.leigh@brightwater.com)", verdict.LinkedElsewhere);
    }

    [Fact]
    public void No_contact_at_all_is_no_one()
    {
        var zed = Person("Zed Quinn", "zed.quinn@contoso.com");
        var reads = new Reads(Array.Empty<PsaContact>());

        var verdict = ExistingPerson.Judge(zed, "zed.quinn@contoso.com", CompanyId, isRow: false, null, reads.For());

        Assert.Same(PersonVerdict.None, verdict);
        Assert.Equal(new[] { "contacts zed.quinn@contoso.com", "contacts contains zed.quinn+", "stored" }, reads.Log);
    }
}
