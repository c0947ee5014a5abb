using System.Linq;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Tests.Infrastructure;

namespace QuickpassPsa.Tests.Cmdlets;

/// <summary>
/// A ConnectWise contact with two Cell items (an old and a new handset), and a mobile field holding two numbers: the
/// account's number on either is the contact's own, live and after Export-Clixml (round 25).
/// </summary>
public class ContactOtherMobilesTests
{
    private static JObject Record(string defaultCell, string otherCell) => JObject.Parse($$"""
        {
          "id": 501, "firstName": "Greta", "lastName": "Lind", "company": { "id": 19297, "name": "Contoso Ltd" },
          "communicationItems": [
            { "id": 1, "type": { "id": 4, "name": "Cell" }, "value": "{{otherCell}}", "defaultFlag": false, "communicationType": "Phone" },
            { "id": 2, "type": { "id": 4, "name": "Cell" }, "value": "{{defaultCell}}", "defaultFlag": true, "communicationType": "Phone" }
          ]
        }
        """);

    [Fact]
    public void The_mapper_keeps_the_other_Cell_items_beside_the_default_one()
    {
        var contact = CwMapper.Contact(Record("07700 900999", "07700 900123"));

        Assert.Equal("07700 900999", contact.MobilePhone);
        Assert.Equal(new[] { "07700 900123" }, contact.OtherMobilePhones);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_accounts_number_on_a_second_Cell_item_links_an_exact_name_live_or_deserialized(bool deserialized)
    {
        using var ps = PowerShellHost.WithModule();
        var contact = CwMapper.Contact(Record("07700 900999", "07700 900123"));
        var account = new Account { Id = "a1", FirstName = "Greta", LastName = "Lind", Email = "greta@contoso.com", MobilePhone = "07700 900123" };

        var script = deserialized
            ? "$back = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($args[1], 5))\n$args[0] | Find-PsaContactMatch -Contact $back"
            : "$args[0] | Find-PsaContactMatch -Contact $args[1]";
        var result = ps.Run(script, account, contact);

        Assert.Empty(result.Errors);
        var match = result.Objects<ContactMatch>().Single();
        Assert.Equal((MatchStatus.Suggested, "501"), (match.Status, match.ContactId));
        Assert.Contains(MatchReason.MobilePhone, match.Reasons);
    }

    [Theory]
    [InlineData("07700 900123 / 01632 960000")]
    [InlineData("01632 960000; 07700 900123")]
    [InlineData("07700 900456 or 07700 900123")]
    public void A_mobile_field_with_two_numbers_holds_both(string field)
    {
        var result = Matching.MatchingFixtures.Run(new[] { Matching.MatchingFixtures.Con("c1", "Greta", "Lind", field) },
            Matching.MatchingFixtures.Acc("a1", "Greta", "Lind", mobile: "07700 900123"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Contains(MatchReason.MobilePhone, result[0].Reasons);
    }

    [Fact]
    public void A_number_on_neither_of_the_contacts_items_is_still_another_mobile()
    {
        var contact = CwMapper.Contact(Record("07700 900999", "07700 900888"));
        var result = Matching.MatchingFixtures.Run(new[] { contact },
            Matching.MatchingFixtures.Acc("a1", "Greta", "Lind", mobile: "07700 900123"));

        Assert.Equal(MatchStatus.Review, result[0].Status);
        Assert.Contains(MatchReason.ConflictingMobile, result[0].Reasons);
    }

    [Theory] // a further number labelled as someone else's or no longer the person's (round 26)
    [InlineData("07700 900731; husband's 07700 900123")]
    [InlineData("07700 900731 / 07700 900123 (dad)")]
    [InlineData("07700 900731 / 07700 900123 (old)")]
    public void A_labelled_second_number_is_not_the_contacts_own(string field)
    {
        var result = Matching.MatchingFixtures.Run(new[] { Matching.MatchingFixtures.Con("c1", "Chris", "Wood", field) },
            Matching.MatchingFixtures.Acc("a1", "Chris", "Wood", mobile: "07700 900123"));

        Assert.NotEqual(MatchStatus.Suggested, result[0].Status);
    }

    [Theory] // the only number labelled as someone else's or no longer the person's (round 30)
    [InlineData("0412 345 678 (dad)")]
    [InlineData("husband's 0412 345 678")]
    [InlineData("0412 345 678 (old)")]
    [InlineData("Home: 0412 345 678")]
    [InlineData("0412 345 678 - Mary’s")]
    public void A_labelled_only_number_is_not_the_contacts_own(string field)
    {
        // Two Jack Wilsons: the contact whose number is marked as his dad's is no link by that number.
        var result = Matching.MatchingFixtures.Run(
            new[] { Matching.MatchingFixtures.Con("c1", "Jack", "Wilson", field), Matching.MatchingFixtures.Con("c2", "Jack", "Wilson", "0413 999 111") },
            Matching.MatchingFixtures.Acc("a1", "Jack", "Wilson", mobile: "+61 412 345 678"));

        Assert.Equal(MatchStatus.Ambiguous, result[0].Status);
        Assert.DoesNotContain(result[0].Candidates, c => c.Reasons.Contains(MatchReason.MobilePhone));
    }

    [Theory] // round 32: a number the contact carries, but not as its own, still speaks against a link by name alone
    [InlineData("0412 999 000 (Vater)")]     // another number, labelled as the father's
    [InlineData("0412 345 678 (dad)")]       // the account's own number, labelled as the contact's father's: the account is the father
    [InlineData("0412 999 000 (xyzzy)")]     // a word the module does not know
    [InlineData("+61 412 345 678 (c/o dad)")] // round 33: a label split off its number by the slash
    [InlineData("+61 412 345 678 (own/wife)")]
    [InlineData("+61 412 345 678 c/o wife")]
    [InlineData("+61 412 345 678 (papá)")]     // round 35: the account's very number under a word the module does not know
    [InlineData("+61 412 345 678 {Vater}")]
    [InlineData("+61 412 345 678 (John Sr)")]
    [InlineData("+61 412 345 678 (xyzzy)")]
    [InlineData("+61 412 345 678 (Büro)")]     // round 36: an office line, a country that is also a name
    [InlineData("+61 412 345 678 (India)")]
    public void A_number_the_contact_carries_but_not_as_its_own_makes_an_exact_name_Review(string field)
    {
        var result = Matching.MatchingFixtures.Run(new[] { Matching.MatchingFixtures.Con("c1", "Jack", "Wilson", field) },
            Matching.MatchingFixtures.Acc("a1", "Jack", "Wilson", mobile: "+61 412 345 678"));

        Assert.Equal((MatchStatus.Review, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Contains(MatchReason.ConflictingMobile, result[0].Reasons);
    }

    [Theory] // round 34: words for the person's own mobile in other languages, a channel
    [InlineData("+61 412 345 678 (WhatsApp)")]
    [InlineData("Mobiltelefon +61 412 345 678")]
    [InlineData("Handy: +61 412 345 678")]
    [InlineData("+61 412 345 678 (Diensthandy)")]
    public void The_accounts_own_number_under_a_word_for_the_persons_own_line_links(string field)
    {
        var result = Matching.MatchingFixtures.Run(new[] { Matching.MatchingFixtures.Con("c1", "Jack", "Wilson", field) },
            Matching.MatchingFixtures.Acc("a1", "Jack", "Wilson", mobile: "+61 412 345 678"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.DoesNotContain(MatchReason.ConflictingMobile, result[0].Reasons);
    }

    [Theory] // words that describe the person's own line keep it theirs
    [InlineData("0412 345 678 (mobile)")]
    [InlineData("M: 0412 345 678")]
    [InlineData("Cell 0412 345 678")]
    [InlineData("0412 345 678 (work)")]
    public void A_number_labelled_as_the_persons_own_line_still_counts(string field)
    {
        var result = Matching.MatchingFixtures.Run(
            new[] { Matching.MatchingFixtures.Con("c1", "Jack", "Wilson", field), Matching.MatchingFixtures.Con("c2", "Jack", "Wilson", "0413 999 111") },
            Matching.MatchingFixtures.Acc("a1", "Jack", "Wilson", mobile: "+61 412 345 678"));

        Assert.Equal((MatchStatus.Suggested, "c1"), (result[0].Status, result[0].ContactId));
        Assert.Contains(MatchReason.MobilePhone, result[0].Reasons);
    }
}
