using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The storage of a symmetric deletion index (<see cref="NameTypoIndex"/>, <see cref="NearMissEmailIndex"/>):
    /// one flat array of (key hash, contact position) pairs, each packed in one ulong (hash in the high half),
    /// sorted, and bucketed by the hash's top bits. No object per key, and under every hash its contacts in
    /// input order (the sort puts equal hashes in contact order).
    /// Built in one pass: <see cref="Add"/> every key in input order (a sequential write), then
    /// <see cref="Seal"/> sorts in place. At a million contacts the tables hold fifteen to twenty-five million
    /// keys, and the counting sort this replaces hashed every key twice (count, then place) and placed each
    /// with two random writes over hundreds of megabytes; here the random part of the work stays within one
    /// of 256 partitions at a time, small enough for the processor's cache.
    /// Looked up a whole query at a time (<see cref="Lookup"/>): a query is twenty to forty probes, and at a
    /// hundred thousand contacts and more each probe is a cache miss; issuing the loads of all of them
    /// before reading any lets the processor wait for them together instead of one after another.
    /// Each bucket also carries a 32-bit mask of the low five bits of the hashes in it: most probes find no
    /// key (only a typo's neighbours exist), and the mask, read with the bucket's bounds, turns about three
    /// in four of them away without touching the pairs (the large array, a second cache miss per probe).
    /// </summary>
    internal sealed class DeletionKeyTable
    {
        private const int MaxPartitionBits = 8;

        private readonly ulong[] _entries;
        /// <summary>Per bucket: where its pairs start (low half) and the mask of its hashes' low five bits (high half).</summary>
        private readonly ulong[] _buckets;
        private readonly int _bits;
        private readonly int _shift;
        private readonly int _partitionBits;
        private int[]? _partitionCount;
        private int _count;

        /// <param name="keyCount">How many keys will be added, or more (the array is this long).</param>
        public DeletionKeyTable(long keyCount)
        {
            // About eight keys per bucket, a power of two so that the bucket is the hash's top bits.
            var bits = 4;
            while ((1L << bits) * 8 < keyCount && bits < 28) bits++;
            _bits = bits;
            _shift = 32 - bits;
            _partitionBits = Math.Min(bits, MaxPartitionBits);
            _buckets = new ulong[(1 << bits) + 1];
            _entries = new ulong[keyCount];
            _partitionCount = new int[1 << _partitionBits];
        }

        /// <summary>Adds one key of a contact; contacts come in input order (a contact's keys in any order).</summary>
        public void Add(uint hash, int contact)
        {
            _entries[_count++] = (ulong)hash << 32 | (uint)contact;
            _partitionCount![hash >> (32 - _partitionBits)]++;
        }

        /// <summary>Sorts the keys added and makes the table ready for <see cref="Lookup"/>.</summary>
        public void Seal()
        {
            var counts = _partitionCount!;
            _partitionCount = null;
            var partitions = counts.Length;
            var starts = new int[partitions + 1];
            var largest = 0;
            for (var p = 0; p < partitions; p++)
            {
                starts[p + 1] = starts[p] + counts[p];
                largest = Math.Max(largest, counts[p]);
            }
            SortIntoPartitions(starts);

            // Each partition on its own, in a buffer the size of the largest: a stable counting sort by bucket,
            // then each bucket sorted by value (hash, then contact), equal pairs dropped (a name such as "anna"
            // has two deletions that are one key; the lookup would skip the second anyway).
            var fineBits = _bits - _partitionBits;
            var fineMask = (1 << fineBits) - 1;
            var bucketShift = 64 - _bits;
            var fine = new int[(1 << fineBits) + 1];
            var buffer = new ulong[largest];
            var write = 0;
            for (var p = 0; p < partitions; p++)
            {
                Array.Clear(fine, 0, fine.Length);
                int from = starts[p], to = starts[p + 1];
                for (var i = from; i < to; i++) fine[((int)(_entries[i] >> bucketShift) & fineMask) + 1]++;
                for (var f = 1; f < fine.Length; f++) fine[f] += fine[f - 1];
                for (var i = from; i < to; i++)
                {
                    var value = _entries[i];
                    buffer[fine[(int)(value >> bucketShift) & fineMask]++] = value;
                }
                // fine[f] is now where bucket f ends, and bucket f starts where bucket f - 1 ends.
                var bucketStart = 0;
                for (var f = 0; f <= fineMask; f++)
                {
                    var start = write;
                    var bucketEnd = fine[f];
                    SortRange(buffer, bucketStart, bucketEnd - bucketStart);
                    uint mask = 0;
                    for (var i = bucketStart; i < bucketEnd; i++)
                    {
                        var value = buffer[i];
                        if (i > bucketStart && value == buffer[i - 1]) continue;
                        mask |= MaskBit((uint)(value >> 32));
                        _entries[write++] = value; // write <= from: only what this and earlier partitions have read
                    }
                    _buckets[(p << fineBits) + f] = (ulong)mask << 32 | (uint)start;
                    bucketStart = bucketEnd;
                }
            }
            _buckets[_buckets.Length - 1] = (uint)write;
            _count = write;
        }

        /// <summary>
        /// An in-place distribution by the hash's top bits (American flag sort): every pair moves once, and
        /// the writes go to one running position per partition, 256 of them, instead of anywhere in the array.
        /// </summary>
        private void SortIntoPartitions(int[] starts)
        {
            var partitions = starts.Length - 1;
            var next = (int[])starts.Clone();
            var shift = 64 - _partitionBits;
            for (var p = 0; p < partitions; p++)
            {
                var end = starts[p + 1];
                while (next[p] < end)
                {
                    var value = _entries[next[p]];
                    var home = (int)(value >> shift);
                    while (home != p)
                    {
                        var slot = next[home]++;
                        var displaced = _entries[slot];
                        _entries[slot] = value;
                        value = displaced;
                        home = (int)(value >> shift);
                    }
                    _entries[next[p]++] = value;
                }
            }
        }

        private static void SortRange(ulong[] values, int start, int length)
        {
            if (length > 16)
            {
                Array.Sort(values, start, length);
                return;
            }
            for (var i = start + 1; i < start + length; i++)
            {
                var value = values[i];
                var j = i - 1;
                while (j >= start && values[j] > value)
                {
                    values[j + 1] = values[j];
                    j--;
                }
                values[j + 1] = value;
            }
        }

        /// <summary>Pairs held after <see cref="Seal"/> (equal pairs once).</summary>
        internal int Count => _count;

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
            // Independent loads first (bucket bounds, then each bucket's first pair), used afterwards. A probe
            // whose bit is not in its bucket's mask has no pair there: an empty range, the pairs not read.
            for (var p = 0; p < count; p++)
            {
                var bucket = (int)(probes[p] >> _shift);
                var entry = _buckets[bucket];
                starts[p] = (int)(uint)entry;
                ends[p] = ((uint)(entry >> 32) & MaskBit(probes[p])) != 0 ? (int)(uint)_buckets[bucket + 1] : starts[p];
            }
            ulong touched = 0;
            for (var p = 0; p < count; p++)
            {
                if (starts[p] < ends[p]) touched ^= _entries[starts[p]];
            }
            ReadAhead.Keep((long)touched);

            for (var p = 0; p < count; p++)
            {
                var hash = probes[p];
                for (var i = starts[p]; i < ends[p]; i++)
                {
                    var entry = _entries[i];
                    var entryHash = (uint)(entry >> 32);
                    if (entryHash < hash) continue;
                    if (entryHash > hash) break; // sorted: no more of this hash in the bucket
                    var contact = (int)(uint)entry;
                    if (found.Contains(contact)) continue;
                    found.Add(contact);
                    if (found.Count >= limit) return;
                }
            }
        }

        /// <summary>The bit of a hash in its bucket's mask: its low five bits (the bucket is its top bits).</summary>
        private static uint MaskBit(uint hash) => 1u << (int)(hash & 31);

        [ThreadStatic] private static int[]? _starts;
        [ThreadStatic] private static int[]? _ends;

        private static int[] Scratch(ref int[]? buffer, int length)
        {
            if (buffer == null || buffer.Length < length) buffer = new int[Math.Max(length, 128)];
            return buffer;
        }
    }
}
