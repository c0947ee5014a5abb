using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

public class EvidenceSetTests
{
    private static IndexedContact[] Contacts(int count) =>
        Enumerable.Range(0, count).Select(i => new IndexedContact(new PsaContact { Id = "c" + i, FirstName = "Ann", LastName = "Lee" + i }, i)).ToArray();

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(60)]
    public void Finds_each_contact_added_and_no_other_in_the_order_added(int count)
    {
        var contacts = Contacts(count + 1);
        var set = new EvidenceSet();
        // Added in reverse, to tell the order added from the contacts' own order.
        for (var i = count - 1; i >= 0; i--) set.Add(new Evidence(contacts[i]));

        Assert.Equal(count, set.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.True(set.TryGetValue(contacts[i], out var evidence));
            Assert.Same(contacts[i], evidence.Contact);
        }
        Assert.False(set.TryGetValue(contacts[count], out _));
        Assert.Equal(Enumerable.Range(0, count).Reverse(), set.Items.Select(e => e.Contact.Order));
    }

    [Fact]
    public void A_cleared_set_past_the_scan_limit_forgets_its_contacts_and_is_reused()
    {
        var contacts = Contacts(40);
        var set = new EvidenceSet();
        foreach (var contact in contacts) set.Add(new Evidence(contact));
        set.Clear();

        Assert.Equal(0, set.Count);
        Assert.False(set.TryGetValue(contacts[30], out _));
        foreach (var contact in contacts.Skip(5)) set.Add(new Evidence(contact));
        Assert.True(set.TryGetValue(contacts[30], out _));
        Assert.False(set.TryGetValue(contacts[2], out _));
    }
}
