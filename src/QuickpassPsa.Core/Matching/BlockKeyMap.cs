using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Key → block number (0, 1, 2... in the order the keys first came) for <see cref="ContactBlocks{TKey, TKeys}"/>:
    /// open addressing over one array of slots that hold the key's hash beside its block, so adding a key
    /// is one probe sequence (found, or added where the search ended) and a slot whose hash differs is
    /// passed over without reading its key. A Dictionary needs TryGetValue and then the insert, two
    /// searches, and at a million contacts each is a cache miss. Equality and hashing come from a struct
    /// (<typeparamref name="TKeys"/>), so the calls are made directly, not through an interface.
    /// </summary>
    internal sealed class BlockKeyMap<TKey, TKeys>
        where TKeys : struct, IEqualityComparer<TKey>
    {
        // 0 is an empty slot; otherwise the key's hash in the high half and its block + 1 in the low half.
        private ulong[] _slots;
        private TKey[] _keys;
        private int _shift;
        private int _count;

        public BlockKeyMap(int capacity)
        {
            var bits = 4;
            while ((1L << bits) * 3 < capacity * 4L) bits++; // at most three quarters full
            _slots = new ulong[1 << bits];
            _shift = 32 - bits;
            _keys = new TKey[Math.Max(capacity, 4)];
        }

        /// <summary>How many keys (and blocks) there are.</summary>
        public int Count => _count;

        /// <summary>The key's block, a new one (the next number) when the key is new; hash is the key's by <typeparamref name="TKeys"/>.</summary>
        public int GetOrAdd(TKey key, uint hash)
        {
            var mask = _slots.Length - 1;
            for (var slot = Home(hash); ; slot = (slot + 1) & mask)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    if (_count == _keys.Length) Array.Resize(ref _keys, _count * 2);
                    var block = _count++;
                    _keys[block] = key;
                    _slots[slot] = (ulong)hash << 32 | (uint)(block + 1);
                    if (_count * 4L > _slots.Length * 3L) Grow();
                    return block;
                }
                if ((uint)(entry >> 32) == hash && default(TKeys).Equals(_keys[(int)(uint)entry - 1], key)) return (int)(uint)entry - 1;
            }
        }

        /// <summary>The key's block, or -1.</summary>
        public int Find(TKey key)
        {
            var hash = (uint)default(TKeys).GetHashCode(key);
            var mask = _slots.Length - 1;
            for (var slot = Home(hash); ; slot = (slot + 1) & mask)
            {
                var entry = _slots[slot];
                if (entry == 0) return -1;
                if ((uint)(entry >> 32) == hash && default(TKeys).Equals(_keys[(int)(uint)entry - 1], key)) return (int)(uint)entry - 1;
            }
        }

        /// <summary>Fibonacci hashing: the top bits of hash × 2^32/φ, so weak hashes (FNV of short keys) spread too.</summary>
        private int Home(uint hash) => (int)((hash * 2654435769u) >> _shift);

        private void Grow()
        {
            var old = _slots;
            _slots = new ulong[old.Length * 2];
            _shift--;
            var mask = _slots.Length - 1;
            foreach (var entry in old)
            {
                if (entry == 0) continue;
                var slot = Home((uint)(entry >> 32));
                while (_slots[slot] != 0) slot = (slot + 1) & mask;
                _slots[slot] = entry;
            }
        }
    }

    /// <summary>Strings compared by their characters (ordinal).</summary>
    internal struct OrdinalKeys : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y);

        public int GetHashCode(string obj) => obj.GetHashCode();
    }

    /// <summary>Folded names (<see cref="NameKey"/>).</summary>
    internal struct NameKeys : IEqualityComparer<NameKey>
    {
        public bool Equals(NameKey x, NameKey y) => x.Equals(y);

        public int GetHashCode(NameKey obj) => obj.GetHashCode();
    }

    /// <summary>Numbers (the last digits of a phone number).</summary>
    internal struct LongKeys : IEqualityComparer<long>
    {
        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)obj ^ (int)(obj >> 32);
    }

    /// <summary>A last name and a first initial.</summary>
    internal struct LastAndInitialKeys : IEqualityComparer<(string Last, char Initial)>
    {
        public bool Equals((string Last, char Initial) x, (string Last, char Initial) y) => x.Initial == y.Initial && string.Equals(x.Last, y.Last);

        public int GetHashCode((string Last, char Initial) obj) => obj.Last.GetHashCode() * 31 + obj.Initial;
    }

    /// <summary>A lone name with which part it is ('l' last, 'f' first).</summary>
    internal struct LoneNameKeys : IEqualityComparer<(char Which, string Name)>
    {
        public bool Equals((char Which, string Name) x, (char Which, string Name) y) => x.Which == y.Which && string.Equals(x.Name, y.Name);

        public int GetHashCode((char Which, string Name) obj) => obj.Name.GetHashCode() * 31 + obj.Which;
    }

    /// <summary>Mailbox names (<see cref="LocalPartKey"/>).</summary>
    internal struct LocalPartKeys : IEqualityComparer<LocalPartKey>
    {
        public bool Equals(LocalPartKey x, LocalPartKey y) => x.Equals(y);

        public int GetHashCode(LocalPartKey obj) => obj.GetHashCode();
    }
}
