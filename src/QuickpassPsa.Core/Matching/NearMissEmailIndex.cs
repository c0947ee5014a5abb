using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Finds contact addresses one or two edits away from an address without comparing all pairs: a
    /// symmetric deletion index. Every contact address is entered under a hash of its domain and of its
    /// mailbox name with each single letter deleted (and whole); a query looks up the same keys for its own
    /// address. Two mailbox names within one edit (insertion, deletion, substitution, swap of neighbours)
    /// share a key, and so do many two-edit pairs (a dropped dot plus a typo: a query also probes its mailbox name without
    /// separators). Hits are candidates only:
    /// <see cref="PairComparer"/> checks the real distance.
    /// Memory: one ulong per key in a flat sorted array (<see cref="DeletionKeyTable"/>, no per-key objects),
    /// about 8 bytes per letter of every contact mailbox name.
    /// </summary>
    internal sealed class NearMissEmailIndex
    {
        private readonly DeletionKeyTable _table;

        public NearMissEmailIndex(IReadOnlyList<IndexedContact> contacts)
        {
            long total = 0;
            foreach (var contact in contacts)
            {
                foreach (var email in contact.Emails) total += KeyCount(email);
            }
            _table = new DeletionKeyTable(total);

            // One pass, each key hashed once (the table sorts them afterwards).
            for (var c = 0; c < contacts.Count; c++)
            {
                if (c % ReadAhead.Batch == 0) Touch(contacts, c);
                foreach (var email in contacts[c].Emails)
                {
                    if (KeyCount(email) == 0) continue;
                    var at = email.LastIndexOf('@');
                    var domain = DomainHash(email, at);
                    _table.Add(Hash(email, at, domain, -1, whole: true), c);
                    // Each deletion carried on from the hash of the letters before it (as Hash makes it, but
                    // without hashing the same prefix again for every letter deleted after it).
                    var prefix = Fnv1a.Step(domain, 'D');
                    for (var skip = 0; skip < at; skip++)
                    {
                        if (!IsDigit(email[skip]))
                        {
                            var hash = prefix;
                            for (var i = skip + 1; i < at; i++) hash = Fnv1a.Step(hash, email[i]);
                            _table.Add(hash, c);
                        }
                        prefix = Fnv1a.Step(prefix, email[skip]);
                    }
                }
            }
            _table.Seal();
        }

        /// <summary>
        /// Reads the last character of the addresses of the next contacts before any is hashed: at a million
        /// contacts the addresses are far from the processor's cache, and loads that do not depend on each
        /// other are waited for together instead of once per address (see <see cref="ReadAhead"/>).
        /// </summary>
        private static void Touch(IReadOnlyList<IndexedContact> contacts, int from)
        {
            var sum = 0;
            var to = Math.Min(from + ReadAhead.Batch, contacts.Count);
            for (var c = from; c < to; c++)
            {
                foreach (var email in contacts[c].Emails) sum += email[email.Length - 1];
            }
            ReadAhead.Keep(sum);
        }

        /// <summary>
        /// Adds to <paramref name="found"/> the position of every contact whose address may be within two
        /// edits of this one, each once, in probe order, until it holds <paramref name="limit"/> (the caller
        /// reads no more than that; see <see cref="NameTypoIndex.Candidates"/>).
        /// </summary>
        public void Candidates(string address, List<int> found, int limit)
        {
            if (KeyCount(address) == 0) return;
            var at = address.LastIndexOf('@');
            var domain = DomainHash(address, at);
            var compact = Compact(address, at);
            var probes = NameTypoIndex.Probes(compact == null ? at + 1 : at + compact.Length + 2);
            var count = Probe(probes, 0, address, at, domain);
            // The mailbox name without its dots, underscores and hyphens too: "daivdtorres" is a slip from david.torres (one swap once
            // the dot is gone), as is "jenoiferlawson" from jennifer.lawson; the dot and the slip together are two edits, which one
            // letter's deletion on each side does not find. The contacts' own keys serve: a contact's name without separators is
            // already its compact form.
            if (compact != null) count = Probe(probes, count, compact, compact.Length - (address.Length - at), domain);
            _table.Lookup(probes, count, found, limit);
        }

        private static int Probe(uint[] probes, int count, string address, int at, uint domain)
        {
            for (var skip = -1; skip < at; skip++)
            {
                if (skip >= 0 && IsDigit(address[skip])) continue;
                // The whole address probes only deletions (the exact address index has found equal ones);
                // a deletion probes both (see NameTypoIndex.Probe).
                probes[count++] = Hash(address, at, domain, skip, whole: false);
                if (skip >= 0) probes[count++] = Hash(address, at, domain, skip, whole: true);
            }
            return count;
        }

        /// <summary>The address with the separators of its mailbox name left out (null when it has none, or too few letters remain).</summary>
        private static string? Compact(string address, int at)
        {
            var separators = 0;
            for (var i = 0; i < at; i++)
            {
                if (IsSeparator(address[i])) separators++;
            }
            if (separators == 0 || at - separators < PairComparer.MinimumNearMissLocal) return null;
            var chars = new char[address.Length - separators];
            var n = 0;
            for (var i = 0; i < address.Length; i++)
            {
                if (i < at && IsSeparator(address[i])) continue;
                chars[n++] = address[i];
            }
            return new string(chars);
        }

        private static bool IsSeparator(char c) => c == '.' || c == '_' || c == '-';

        /// <summary>Keys per address (an upper bound): the whole mailbox name and each one-letter deletion; none for short names.</summary>
        private static int KeyCount(string email)
        {
            var local = email.LastIndexOf('@');
            return local < PairComparer.MinimumNearMissLocal ? 0 : local + 1;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static uint DomainHash(string email, int at)
        {
            var hash = Fnv1a.Offset;
            for (var i = at; i < email.Length; i++) hash = Fnv1a.Step(hash, email[i]);
            return hash;
        }

        /// <summary>
        /// FNV-1a over the domain, '@', and the mailbox name without the letter at <paramref name="skip"/>.
        /// Digits are never deleted: a near miss must keep the same digits (john.smith2 is not a typo of
        /// john.smith), and deleting them would put every numbered namesake under one key.
        /// </summary>
        private static uint Hash(string email, int at, uint domainHash, int skip, bool whole)
        {
            var hash = Fnv1a.Step(domainHash, whole ? 'W' : 'D');
            for (var i = 0; i < at; i++)
            {
                if (i == skip) continue;
                hash = Fnv1a.Step(hash, email[i]);
            }
            return hash;
        }
    }
}
