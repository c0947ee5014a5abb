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
        /// <summary>Shorter names are never typos of each other (see <see cref="EvidenceCollector.IsTypo"/>).</summary>
        private const int MinimumLength = 5;

        private readonly int[] _bucketStart;
        private readonly uint[] _hashes;
        private readonly int[] _contacts;
        private readonly int _shift;

        public NameTypoIndex(IReadOnlyList<IndexedContact> contacts)
        {
            long total = 0;
            foreach (var contact in contacts)
            {
                foreach (var name in contact.Names) total += KeyCount(name);
            }
            var bits = 4;
            while ((1L << bits) * 8 < total && bits < 28) bits++;
            _shift = 32 - bits;
            _bucketStart = new int[(1 << bits) + 1];
            _hashes = new uint[total];
            _contacts = new int[total];

            // Two passes (count, then place) into flat arrays: no object per key.
            for (var pass = 0; pass < 2; pass++)
            {
                var fill = pass == 0 ? _bucketStart : (int[])_bucketStart.Clone();
                for (var c = 0; c < contacts.Count; c++)
                {
                    foreach (var name in contacts[c].Names)
                    {
                        if (name.Last.Length >= MinimumLength && name.First.Length > 1)
                        {
                            var fixedHash = Seed('L', name.First);
                            for (var skip = -1; skip < name.Last.Length; skip++) Place(pass, fill, Hash(fixedHash, name.Last, skip, whole: skip < 0), c);
                        }
                        if (name.First.Length >= MinimumLength)
                        {
                            var fixedHash = Seed('F', name.Last);
                            for (var skip = -1; skip < name.First.Length; skip++) Place(pass, fill, Hash(fixedHash, name.First, skip, whole: skip < 0), c);
                        }
                    }
                }
                if (pass == 0)
                {
                    for (var b = 1; b < _bucketStart.Length; b++) _bucketStart[b] += _bucketStart[b - 1];
                }
            }
        }

        /// <summary>
        /// Positions of contacts that may be one slip from this name, each once, in probe order, until
        /// <paramref name="found"/> holds <paramref name="limit"/> (the caller reads no more than that: near a
        /// common name the neighbours come by the thousand, and collecting them all was quadratic).
        /// </summary>
        public void Candidates(NameKey name, List<int> found, int limit)
        {
            if (name.Last.Length >= MinimumLength && name.First.Length > 1)
            {
                var fixedHash = Seed('L', name.First);
                for (var skip = -1; skip < name.Last.Length && found.Count < limit; skip++) Probe(fixedHash, name.Last, skip, found, limit);
            }
            if (name.First.Length >= MinimumLength)
            {
                var fixedHash = Seed('F', name.Last);
                for (var skip = -1; skip < name.First.Length && found.Count < limit; skip++) Probe(fixedHash, name.First, skip, found, limit);
            }
        }

        private void Place(int pass, int[] fill, uint hash, int contact)
        {
            var bucket = (int)(hash >> _shift);
            if (pass == 0)
            {
                fill[bucket + 1]++;
                return;
            }
            var slot = fill[bucket]++;
            _hashes[slot] = hash;
            _contacts[slot] = contact;
        }

        private void Lookup(uint hash, List<int> found, int limit)
        {
            var bucket = (int)(hash >> _shift);
            for (var i = _bucketStart[bucket]; i < _bucketStart[bucket + 1] && found.Count < limit; i++)
            {
                if (_hashes[i] == hash && !found.Contains(_contacts[i])) found.Add(_contacts[i]);
            }
        }

        private static long KeyCount(NameKey name) =>
            (name.Last.Length >= MinimumLength && name.First.Length > 1 ? name.Last.Length + 1 : 0) +
            (name.First.Length >= MinimumLength ? name.First.Length + 1 : 0);

        /// <summary>FNV-1a over which part may vary ('L' or 'F'), the part that must be equal, and a separator.</summary>
        private static uint Seed(char which, string fixedPart)
        {
            var hash = (2166136261u ^ which) * 16777619u;
            foreach (var c in fixedPart) hash = (hash ^ c) * 16777619u;
            return (hash ^ '|') * 16777619u;
        }

        /// <summary>
        /// Whole names and one-letter deletions are kept in two key spaces: the query's whole name probes
        /// only deletions (the contact has a letter more), its deletions probe both. Whole against whole
        /// would be the same name, which the exact-name index has already found: with a thousand James
        /// Smiths, probing it would make every James Smith scan all the others.
        /// </summary>
        private void Probe(uint fixedHash, string part, int skip, List<int> found, int limit)
        {
            Lookup(Hash(fixedHash, part, skip, whole: false), found, limit);
            if (skip >= 0) Lookup(Hash(fixedHash, part, skip, whole: true), found, limit);
        }

        private static uint Hash(uint seed, string part, int skip, bool whole)
        {
            var hash = (seed ^ (whole ? 'W' : 'D')) * 16777619u;
            for (var i = 0; i < part.Length; i++)
            {
                if (i != skip) hash = (hash ^ part[i]) * 16777619u;
            }
            return hash;
        }
    }
}
