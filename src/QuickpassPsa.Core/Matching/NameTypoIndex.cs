using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Finds contacts whose name is one slip away from an account's (the same first name and a typo in the
    /// last, or the other way round) by hash lookups instead of scanning every contact with the same
    /// surname and initial: a symmetric deletion index over the name part that may be mistyped, keyed
    /// together with the part that must be equal. Names of one slip share a key. Hits are candidates only:
    /// <see cref="EvidenceCollector.IsTypo"/> decides. Blocks by surname and initial grow with the company
    /// (a million contacts hold thousands of J. Smiths), so scanning them made matching quadratic.
    /// </summary>
    internal sealed class NameTypoIndex
    {
        /// <summary>
        /// Shorter names are never typos of each other (see <see cref="EvidenceCollector.IsTypo"/>), except a four-letter
        /// surname and the same with a letter doubled (<see cref="EvidenceCollector.IsShortSurnameDoubled"/>) and a four-letter
        /// name with two neighbouring letters swapped (<see cref="EvidenceCollector.IsShortTransposition"/>).
        /// </summary>
        private const int MinimumLength = 5;

        private readonly DeletionKeyTable _table;

        public NameTypoIndex(IReadOnlyList<IndexedContact> contacts)
        {
            long total = 0;
            foreach (var contact in contacts)
            {
                foreach (var name in contact.Names) total += KeyCount(name);
            }
            _table = new DeletionKeyTable(total);

            // One pass, each key hashed once (the table sorts them afterwards).
            for (var c = 0; c < contacts.Count; c++)
            {
                foreach (var name in contacts[c].Names)
                {
                    if (name.Last.Length >= MinimumLength && name.First.Length > 1) AddKeys(Seed('L', name.First), name.Last, c);
                    // A four-letter surname is kept whole only: the five-letter slip of it (Halll, Hall with a letter
                    // doubled) probes its deletions, and those reach this key. Its own deletions are not kept: four
                    // letters less one make another name too often to be worth a key per letter.
                    else if (name.Last.Length == MinimumLength - 1 && name.First.Length > 1)
                    {
                        _table.Add(Hash(Seed('L', name.First), name.Last, -1, whole: true), c);
                        _table.Add(SwapKey(Seed('L', name.First), name.Last), c);
                    }
                    if (name.First.Length >= MinimumLength) AddKeys(Seed('F', name.Last), name.First, c);
                    else if (name.First.Length == MinimumLength - 1 && name.Last.Length > 1) _table.Add(SwapKey(Seed('F', name.Last), name.First), c);
                }
            }
            _table.Seal();
        }

        /// <summary>
        /// The keys of one name part as <see cref="Hash"/> makes them: the whole part, then each one-letter
        /// deletion, every deletion carried on from the hash of the letters before it instead of hashed from
        /// the start (half the work: the keys of a million names are tens of millions of hashes).
        /// </summary>
        private void AddKeys(uint fixedHash, string part, int contact)
        {
            _table.Add(Hash(fixedHash, part, -1, whole: true), contact);
            var prefix = Fnv1a.Step(fixedHash, 'D');
            for (var skip = 0; skip < part.Length; skip++)
            {
                var hash = prefix;
                for (var i = skip + 1; i < part.Length; i++) hash = Fnv1a.Step(hash, part[i]);
                _table.Add(hash, contact);
                prefix = Fnv1a.Step(prefix, part[skip]);
            }
        }

        /// <summary>
        /// Positions of contacts that may be one slip from this name, each once, in probe order, until
        /// <paramref name="found"/> holds <paramref name="limit"/> (the caller reads no more than that: near a
        /// common name the neighbours come by the thousand, and collecting them all was quadratic).
        /// </summary>
        public void Candidates(NameKey name, List<int> found, int limit)
        {
            var probes = Probes(name.Last.Length + name.First.Length + 2);
            var count = 0;
            if (name.Last.Length >= MinimumLength && name.First.Length > 1)
            {
                var fixedHash = Seed('L', name.First);
                for (var skip = -1; skip < name.Last.Length; skip++) count = Probe(probes, count, fixedHash, name.Last, skip);
            }
            // Hall against a contact's Halll: the whole four letters are a deletion of the contact's five.
            else if (name.Last.Length == MinimumLength - 1 && name.First.Length > 1)
            {
                count = Probe(probes, count, Seed('L', name.First), name.Last, -1);
                probes[count++] = SwapKey(Seed('L', name.First), name.Last);
            }
            if (name.First.Length >= MinimumLength)
            {
                var fixedHash = Seed('F', name.Last);
                for (var skip = -1; skip < name.First.Length; skip++) count = Probe(probes, count, fixedHash, name.First, skip);
            }
            else if (name.First.Length == MinimumLength - 1 && name.Last.Length > 1) probes[count++] = SwapKey(Seed('F', name.Last), name.First);
            _table.Lookup(probes, count, found, limit);
        }

        [ThreadStatic] private static uint[]? _probes;

        /// <summary>A scratch array for the probes of one query: two per letter and one more.</summary>
        internal static uint[] Probes(int letters)
        {
            var length = letters * 2 + 2;
            var probes = _probes;
            if (probes == null || probes.Length < length) _probes = probes = new uint[Math.Max(length, 256)];
            return probes;
        }

        private static long KeyCount(NameKey name) =>
            (name.First.Length <= 1 ? 0 : name.Last.Length >= MinimumLength ? name.Last.Length + 1 : name.Last.Length == MinimumLength - 1 ? 2 : 0) +
            (name.First.Length >= MinimumLength ? name.First.Length + 1 : name.First.Length == MinimumLength - 1 && name.Last.Length > 1 ? 1 : 0);

        /// <summary>
        /// A four-letter part's key in a third key space: its first letter and the other three in order of code, so that two
        /// neighbouring letters swapped after the first (Jonh and John, Cehn and Chen) share it. Hits are candidates only
        /// (<see cref="EvidenceCollector.IsShortTransposition"/> decides): anagrams such as Mary and Myra share it too.
        /// </summary>
        private static uint SwapKey(uint seed, string part)
        {
            char x = part[1], y = part[2], z = part[3], t;
            if (x > y) { t = x; x = y; y = t; }
            if (y > z) { t = y; y = z; z = t; }
            if (x > y) { t = x; x = y; y = t; }
            var hash = Fnv1a.Step(seed, 'T');
            hash = Fnv1a.Step(hash, part[0]);
            hash = Fnv1a.Step(hash, x);
            hash = Fnv1a.Step(hash, y);
            return Fnv1a.Step(hash, z);
        }

        /// <summary>FNV-1a over which part may vary ('L' or 'F'), the part that must be equal, and a separator.</summary>
        private static uint Seed(char which, string fixedPart)
        {
            var hash = Fnv1a.Step(Fnv1a.Offset, which);
            foreach (var c in fixedPart) hash = Fnv1a.Step(hash, c);
            return Fnv1a.Step(hash, '|');
        }

        /// <summary>
        /// Whole names and one-letter deletions are kept in two key spaces: the query's whole name probes
        /// only deletions (the contact has a letter more), its deletions probe both. Whole against whole
        /// would be the same name, which the exact-name index has already found: with a thousand James
        /// Smiths, probing it would make every James Smith scan all the others.
        /// </summary>
        private static int Probe(uint[] probes, int count, uint fixedHash, string part, int skip)
        {
            probes[count++] = Hash(fixedHash, part, skip, whole: false);
            if (skip >= 0) probes[count++] = Hash(fixedHash, part, skip, whole: true);
            return count;
        }

        private static uint Hash(uint seed, string part, int skip, bool whole)
        {
            var hash = Fnv1a.Step(seed, whole ? 'W' : 'D');
            for (var i = 0; i < part.Length; i++)
            {
                if (i != skip) hash = Fnv1a.Step(hash, part[i]);
            }
            return hash;
        }
    }
}
