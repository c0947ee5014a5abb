using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The storage of a symmetric deletion index (<see cref="NameTypoIndex"/>, <see cref="NearMissEmailIndex"/>):
    /// (key hash, contact position) pairs in flat arrays bucketed by the hash's top bits, filled by a
    /// counting sort, so there is no object per key and every bucket lists its contacts in input order.
    /// Built in two passes over the same keys: <see cref="Count"/> each, <see cref="EndCounting"/>, then
    /// <see cref="Place"/> each, <see cref="EndPlacing"/>.
    /// Looked up a whole query at a time (<see cref="Lookup"/>): a query is twenty to forty probes, and at a
    /// hundred thousand contacts and more each probe is a cache miss; issuing the loads of all of them
    /// before reading any lets the processor wait for them together instead of one after another.
    /// </summary>
    internal sealed class DeletionKeyTable
    {
        private readonly int[] _bucketStart;
        private readonly uint[] _hashes;
        private readonly int[] _contacts;
        private readonly int _shift;
        private int[]? _fill;

        public DeletionKeyTable(long keyCount)
        {
            // About eight keys per bucket, a power of two so that the bucket is the hash's top bits.
            var bits = 4;
            while ((1L << bits) * 8 < keyCount && bits < 28) bits++;
            _shift = 32 - bits;
            _bucketStart = new int[(1 << bits) + 1];
            _hashes = new uint[keyCount];
            _contacts = new int[keyCount];
        }

        /// <summary>First pass: one key.</summary>
        public void Count(uint hash) => _bucketStart[(int)(hash >> _shift) + 1]++;

        public void EndCounting()
        {
            for (var b = 1; b < _bucketStart.Length; b++) _bucketStart[b] += _bucketStart[b - 1];
            _fill = (int[])_bucketStart.Clone();
        }

        /// <summary>Second pass: the same keys in the same order, each with its contact's position.</summary>
        public void Place(uint hash, int contact)
        {
            var slot = _fill![(int)(hash >> _shift)]++;
            _hashes[slot] = hash;
            _contacts[slot] = contact;
        }

        public void EndPlacing() => _fill = null;

        /// <summary>
        /// Adds to <paramref name="found"/> the contacts under each probe, probe by probe in the given order
        /// and each contact once, until it holds <paramref name="limit"/>: the same result as looking the
        /// probes up one after another.
        /// </summary>
        public void Lookup(uint[] probes, int count, List<int> found, int limit)
        {
            if (found.Count >= limit) return;
            var starts = Scratch(ref _starts, count);
            var ends = Scratch(ref _ends, count);
            // Independent loads first (bucket bounds, then each bucket's first hash), used afterwards.
            for (var p = 0; p < count; p++)
            {
                var bucket = (int)(probes[p] >> _shift);
                starts[p] = _bucketStart[bucket];
                ends[p] = _bucketStart[bucket + 1];
            }
            uint touched = 0;
            for (var p = 0; p < count; p++)
            {
                if (starts[p] < ends[p]) touched ^= _hashes[starts[p]];
            }
            _sink = touched;

            for (var p = 0; p < count; p++)
            {
                var hash = probes[p];
                for (var i = starts[p]; i < ends[p]; i++)
                {
                    if (_hashes[i] != hash || found.Contains(_contacts[i])) continue;
                    found.Add(_contacts[i]);
                    if (found.Count >= limit) return;
                }
            }
        }

        // Keeps the touching loads from being dropped as dead code.
        private static uint _sink;

        [ThreadStatic] private static int[]? _starts;
        [ThreadStatic] private static int[]? _ends;

        private static int[] Scratch(ref int[]? buffer, int length)
        {
            if (buffer == null || buffer.Length < length) buffer = new int[Math.Max(length, 128)];
            return buffer;
        }
    }
}
