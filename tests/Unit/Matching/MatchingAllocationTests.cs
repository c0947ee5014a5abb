using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

/// <summary>The per-account path allocates nothing that grows with the contacts (bytes, not time).</summary>
public class MatchingAllocationTests
{
    private static List<PsaContact> Contacts(int fillers)
    {
        var contacts = new List<PsaContact>
        {
            new() { Id = "c1", FirstName = "Ann", LastName = "Leeson", Emails = new[] { "ann.leeson@contoso.com" }, MobilePhone = "+1 206 555 0101" },
            new() { Id = "c2", FirstName = "Bob", LastName = "Smithers", Emails = new[] { "bobby1970@gmail.com" } },
            new() { Id = "c3", FirstName = "Carla", LastName = "Mendes", Emails = new[] { "carla.mednes@contoso.com" } },
        };
        for (var i = 0; i < fillers; i++)
        {
            contacts.Add(new PsaContact { Id = "f" + i, FirstName = "Filler" + (i % 97), LastName = "Person" + i, Emails = new[] { "filler" + i + "@contoso.com" } });
        }
        return contacts;
    }

    // Exact address, nickname (fuzzy blocks), near-miss address, and nothing at all: every path of Collect.
    private static readonly Account[] Accounts =
    {
        new() { Id = "a1", FirstName = "Ann", LastName = "Leeson", Email = "ann.leeson@contoso.com", MobilePhone = "206-555-0101" },
        new() { Id = "a2", FirstName = "Robert", LastName = "Smithers", Email = "robert.smithers@contoso.com" },
        new() { Id = "a3", FirstName = "Karla", LastName = "Mendez", Email = "carla.mendes@contoso.com" },
        new() { Id = "a4", FirstName = "Zed", LastName = "Nobody", Email = "zed.nobody@contoso.com" },
    };

    private static long BytesToMatch(ContactMatcher matcher)
    {
        matcher.Match(Accounts); // warm: lazily built tables, JIT
        var before = GC.GetAllocatedBytesForCurrentThread();
        matcher.Match(Accounts);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Matching_the_same_accounts_costs_the_same_bytes_against_a_hundred_times_more_contacts()
    {
        var small = BytesToMatch(new ContactMatcher(Contacts(200)));
        var large = BytesToMatch(new ContactMatcher(Contacts(20_000)));

        Assert.True(large <= small + 2048, $"{small} bytes against 203 contacts, {large} against 20,003");
    }
}
