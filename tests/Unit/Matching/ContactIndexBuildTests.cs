using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Tests.Matching;

/// <summary>
/// How the contact index is built (issue 12, "a million people in seconds"): faster structures that must
/// hold exactly what the simple ones held. Each is checked against a plain reference on data made to hit
/// its corners (hot keys, repeated keys, collisions, growth).
/// </summary>
public class ContactIndexBuildTests
{
    // --- DeletionKeyTable ---

    [Fact]
    public void The_deletion_key_table_gives_under_each_probe_its_contacts_in_input_order_each_once()
    {
        var random = new Random(12);
        var hot = Enumerable.Range(0, 8).Select(_ => (uint)random.Next() * 2u).ToArray();
        var reference = new Dictionary<uint, List<int>>();
        var added = new List<(uint Hash, int Contact)>();
        for (var contact = 0; contact < 6000; contact++)
        {
            // A contact's keys in any order, some repeated (the two deletions of "anna" are one key), some
            // shared by thousands of contacts (a common name's deletions), the rest anywhere in 32 bits.
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                var hash = random.Next(4) == 0 ? hot[random.Next(hot.Length)] : (uint)random.Next() * 2u + (uint)random.Next(2);
                added.Add((hash, contact));
                if (random.Next(6) == 0) added.Add((hash, contact));
            }
        }
        var table = new DeletionKeyTable(added.Count + 100); // room to spare, as the address index asks for
        foreach (var (hash, contact) in added)
        {
            table.Add(hash, contact);
            if (!reference.TryGetValue(hash, out var list)) reference[hash] = list = new List<int>();
            if (!list.Contains(contact)) list.Add(contact);
        }
        table.Seal();

        Assert.Equal(reference.Sum(r => r.Value.Count), table.Count); // equal pairs kept once
        var keys = reference.Keys.ToArray();
        for (var query = 0; query < 400; query++)
        {
            var probes = new uint[random.Next(1, 40)];
            for (var p = 0; p < probes.Length; p++)
            {
                probes[p] = random.Next(3) switch
                {
                    0 => hot[random.Next(hot.Length)],
                    1 => keys[random.Next(keys.Length)],
                    _ => (uint)random.Next() * 2u + 1u, // mostly absent
                };
            }
            foreach (var limit in new[] { int.MaxValue, 11, 1 })
            {
                var expected = new List<int>();
                foreach (var probe in probes)
                {
                    if (!reference.TryGetValue(probe, out var list)) continue;
                    foreach (var contact in list)
                    {
                        if (expected.Count < limit && !expected.Contains(contact)) expected.Add(contact);
                    }
                }
                var found = new List<int>();
                table.Lookup(probes, probes.Length, found, limit);
                Assert.Equal(expected, found);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(300)]
    public void A_small_deletion_key_table_works_like_a_large_one(int keys)
    {
        var table = new DeletionKeyTable(keys);
        for (var i = 0; i < keys; i++) table.Add((uint)(i % 7) * 613566756u, i / 3);
        table.Seal();
        var found = new List<int>();

        table.Lookup(new[] { 613566756u, 0u, 5u }, 3, found, int.MaxValue);

        var expected = Enumerable.Range(0, keys).Where(i => i % 7 == 1).Select(i => i / 3)
            .Concat(Enumerable.Range(0, keys).Where(i => i % 7 == 0).Select(i => i / 3)).Distinct();
        Assert.Equal(expected, found);
    }

    // --- the deletion indexes against string keys ---

    private static readonly string[] Syllables = { "an", "na", "le", "el", "son", "mi", "th", "smi", "ann", "o", "e", "a", "ee", "s", "tt", "2", "7" };

    private static string Word(Random random, int parts)
    {
        var word = "";
        for (var i = 0; i < parts; i++) word += Syllables[random.Next(Syllables.Length)];
        return word;
    }

    private static List<IndexedContact> SimilarContacts(Random random, int count)
    {
        // Few letters, many near neighbours: every key is shared and every bucket crowded.
        return Enumerable.Range(0, count).Select(i => new IndexedContact(new PsaContact
        {
            Id = "c" + i,
            FirstName = Word(random, random.Next(1, 4)).Replace("2", "").Replace("7", ""),
            LastName = Word(random, random.Next(1, 4)).Replace("2", "").Replace("7", ""),
            Emails = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Word(random, random.Next(1, 5)) + "@" + (random.Next(3) == 0 ? "fabrikam.com" : "contoso.com")).ToList(),
        }, i)).ToList();
    }

    private static IEnumerable<string> Deletions(string text, Func<char, bool> deletable)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (deletable(text[i])) yield return text.Remove(i, 1);
        }
    }

    /// <summary>What a query finds by the keys' text instead of their hashes (probe order, contact order, each once).</summary>
    private static List<int> ByText(Dictionary<string, List<int>> keys, IEnumerable<string> probes, int limit)
    {
        var found = new List<int>();
        foreach (var probe in probes)
        {
            if (!keys.TryGetValue(probe, out var contacts)) continue;
            foreach (var contact in contacts)
            {
                if (found.Count < limit && !found.Contains(contact)) found.Add(contact);
            }
        }
        return found;
    }

    private static void AddKey(Dictionary<string, List<int>> keys, string key, int contact)
    {
        if (!keys.TryGetValue(key, out var list)) keys[key] = list = new List<int>();
        if (!list.Contains(contact)) list.Add(contact);
    }

    [Fact]
    public void The_name_typo_index_finds_what_its_keys_as_text_find()
    {
        var random = new Random(5);
        var contacts = SimilarContacts(random, 3000);
        var keys = new Dictionary<string, List<int>>();
        IEnumerable<string> Keys(string which, string fixedPart, string part, bool query)
        {
            // A contact enters its whole part (W) and its deletions (D); a query probes its whole part among
            // the deletions, then each of its deletions among both.
            var prefix = which + "|" + fixedPart + "|";
            if (query) yield return prefix + "D|" + part;
            else yield return prefix + "W|" + part;
            foreach (var deleted in Deletions(part, _ => true))
            {
                yield return prefix + "D|" + deleted;
                if (query) yield return prefix + "W|" + deleted;
            }
        }
        IEnumerable<string> AllKeys(NameKey name, bool query)
        {
            var none = Enumerable.Empty<string>();
            // A four-letter surname: a contact keeps it whole only, a query probes it whole among the deletions only;
            // and any four-letter part by its first letter and its other three sorted (T), which a swap of two keeps.
            static string Swapped(string which, string fixedPart, string part) =>
                which + "|" + fixedPart + "|T|" + part[0] + new string(part.Substring(1).OrderBy(c => c).ToArray());
            var byLast = name.First.Length <= 1 ? none
                : name.Last.Length >= 5 ? Keys("L", name.First, name.Last, query)
                : name.Last.Length == 4 ? new[] { "L|" + name.First + "|" + (query ? "D|" : "W|") + name.Last, Swapped("L", name.First, name.Last) }
                : none;
            var byFirst = name.First.Length >= 5 ? Keys("F", name.Last, name.First, query)
                : name.First.Length == 4 && name.Last.Length > 1 ? new[] { Swapped("F", name.Last, name.First) }
                : none;
            return byLast.Concat(byFirst);
        }
        foreach (var contact in contacts)
        {
            foreach (var name in contact.Names)
            {
                foreach (var key in AllKeys(name, query: false)) AddKey(keys, key, contact.Order);
            }
        }
        var index = new NameTypoIndex(contacts);

        var checkedNames = 0;
        foreach (var name in contacts.Take(600).SelectMany(c => c.Names).Distinct())
        {
            foreach (var limit in new[] { int.MaxValue, 11 })
            {
                var found = new List<int>();
                index.Candidates(name, found, limit);
                Assert.Equal(ByText(keys, AllKeys(name, query: true), limit), found);
            }
            checkedNames++;
        }
        Assert.True(checkedNames > 100);
    }

    [Fact]
    public void The_near_miss_index_finds_what_its_keys_as_text_find()
    {
        var random = new Random(7);
        var contacts = SimilarContacts(random, 3000);
        var keys = new Dictionary<string, List<int>>();
        static bool Letter(char c) => c < '0' || c > '9'; // digits are never deleted
        foreach (var contact in contacts)
        {
            foreach (var email in contact.Emails)
            {
                var at = email.LastIndexOf('@');
                if (at < PairComparer.MinimumNearMissLocal) continue;
                var (local, domain) = (email.Substring(0, at), email.Substring(at));
                AddKey(keys, domain + "|W|" + local, contact.Order);
                foreach (var deleted in Deletions(local, Letter)) AddKey(keys, domain + "|D|" + deleted, contact.Order);
            }
        }
        var index = new NearMissEmailIndex(contacts);

        var checkedAddresses = 0;
        foreach (var email in contacts.Take(800).SelectMany(c => c.Emails).Distinct())
        {
            var at = email.LastIndexOf('@');
            var (local, domain) = (email.Substring(0, at), email.Substring(at));
            var probes = new List<string> { domain + "|D|" + local };
            foreach (var deleted in Deletions(local, Letter)) probes.AddRange(new[] { domain + "|D|" + deleted, domain + "|W|" + deleted });
            foreach (var limit in new[] { int.MaxValue, 11 })
            {
                var found = new List<int>();
                index.Candidates(email, found, limit);
                Assert.Equal(at < PairComparer.MinimumNearMissLocal ? new List<int>() : ByText(keys, probes, limit), found);
            }
            checkedAddresses++;
        }
        Assert.True(checkedAddresses > 100);
    }

    // --- BlockKeyMap, ContactBlocks, ContactIndex ---

    /// <summary>A hash that puts every key in one of four slots: every probe sequence runs long and crosses the others.</summary>
    private struct FourHashes : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y);

        public int GetHashCode(string obj) => obj.Length % 4;
    }

    [Fact]
    public void The_block_key_map_numbers_keys_in_the_order_they_first_came_through_collisions_and_growth()
    {
        var random = new Random(3);
        var map = new BlockKeyMap<string, FourHashes>(2); // grows many times
        var reference = new Dictionary<string, int>();
        for (var i = 0; i < 3000; i++)
        {
            var key = "k" + random.Next(1200);
            if (!reference.TryGetValue(key, out var expected)) reference[key] = expected = reference.Count;
            Assert.Equal(expected, map.GetOrAdd(key, (uint)default(FourHashes).GetHashCode(key)));
        }

        Assert.Equal(reference.Count, map.Count);
        foreach (var (key, block) in reference) Assert.Equal(block, map.Find(key));
        Assert.Equal(-1, map.Find("k-absent"));
        Assert.Equal(-1, map.Find("k1200"));
    }

    [Fact]
    public void A_block_lists_each_contact_once_in_input_order()
    {
        var contacts = Enumerable.Range(0, 6).Select(i => new IndexedContact(new PsaContact { Id = "c" + i }, i)).ToList();
        var blocks = new ContactBlocks<string, OrdinalKeys>(1, 1); // room for one: both grow
        blocks.Add("lee", 0);
        blocks.Add("lee", 0);   // a contact with two equal keys ("Mary Ellen Lee" and "Mary Lee" by last name)
        blocks.Add("ann", 0);
        blocks.Add("lee", 2);
        blocks.Add("ann", 3);
        blocks.Add("lee", 3);
        blocks.Add("ann", 3);
        blocks.Add("lee", 5);
        blocks.Seal(contacts);

        Assert.Equal(2, blocks.BlockCount);
        Assert.Equal(new[] { 0, 2, 3, 5 }, blocks.Get("lee").Select(c => c.Order));
        Assert.Equal(new[] { 0, 3 }, blocks.Get("ann").Select(c => c.Order));
        Assert.Equal(0, blocks.Get("bob").Count);
    }

    [Fact]
    public void The_contact_index_blocks_are_what_grouping_the_contacts_gives()
    {
        var random = new Random(11);
        var contacts = SimilarContacts(random, 4000);
        foreach (var contact in contacts.Where((_, i) => i % 3 == 0)) contact.Contact.MobilePhone = "+1 206 555 0" + random.Next(100, 140);
        foreach (var contact in contacts.Where((_, i) => i % 17 == 0)) contact.Contact.FirstName = null;
        foreach (var contact in contacts.Where((_, i) => i % 19 == 0)) contact.Contact.LastName = "";
        var input = contacts.Select(c => c.Contact)
            .Concat(Enumerable.Range(0, ContactIndex.CrowdedName + 2).Select(i => new PsaContact { Id = "ann" + i, FirstName = "Ann", LastName = "Lee" }))
            .ToList();
        var index = new ContactIndex(input);
        var all = index.All;

        void Check<TKey>(Func<IndexedContact, IEnumerable<TKey>> keys, Func<TKey, ContactBlock> lookup)
            where TKey : notnull
        {
            var groups = all.SelectMany(c => keys(c).Distinct().Select(k => (Key: k, Contact: c.Order))).GroupBy(p => p.Key).ToList();
            Assert.NotEmpty(groups);
            foreach (var group in groups) Assert.Equal(group.Select(p => p.Contact), lookup(group.Key).Select(c => c.Order));
        }
        Check(c => c.Emails, index.WithEmail);
        Check(c => c.Emails.Select(e => e.Substring(0, e.LastIndexOf('@'))), index.WithLocalPart);
        Check(c => c.Names, index.WithName);
        Check(c => c.Names.Select(n => (n.Last, n.First[0])), k => index.WithLastAndFirstInitial(k.Last, k.Item2));
        Check(c => c.Phone == null ? new string[0] : new[] { c.Phone }, index.WithPhone);
        Check(c => c.Names.Length == 0 && c.CompareNames[0].First.Length == 0 && c.CompareNames[0].Last.Length > 1 ? new[] { c.CompareNames[0].Last } : new string[0], index.WithOnlyLastName);
        Check(c => c.Names.Length == 0 && c.CompareNames[0].Last.Length == 0 && c.CompareNames[0].First.Length > 1 ? new[] { c.CompareNames[0].First } : new string[0], index.WithOnlyFirstName);
        Assert.Equal(0, index.WithEmail("nobody@nowhere.example").Count);
        Assert.Equal(all.Select(c => c.Names.Any(n => index.WithName(n).Count > ContactIndex.CrowdedName)), all.Select(c => c.Crowded));
        Assert.Contains(all, c => c.Crowded);
        Assert.Equal(input, all.Select(c => c.Contact));
    }
}
