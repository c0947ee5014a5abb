using System.Collections;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The contacts under each key of one <see cref="ContactIndex"/> map, in one flat array (CSR layout):
    /// the map holds a block number per key, and block b is members[start[b] .. start[b + 1]). A million
    /// contacts make millions of keys, and a List per key was two objects each for the garbage collector
    /// to trace and copy. Built in two steps: <see cref="Add"/> records (block, contact) pairs in input
    /// order, <see cref="Seal"/> sorts them by block with a stable counting sort, so every block lists its
    /// contacts in input order, as the lists did.
    /// </summary>
    internal sealed class ContactBlocks<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, int> _blocks;
        private List<int>? _pendingBlocks;
        private List<IndexedContact>? _pendingMembers;
        private List<int>? _lastOrder;
        private int[] _start = { 0 };
        private IndexedContact[] _members = new IndexedContact[0];

        public ContactBlocks(int capacity, IEqualityComparer<TKey>? comparer = null)
        {
            _blocks = new Dictionary<TKey, int>(capacity, comparer);
            _pendingBlocks = new List<int>(capacity);
            _pendingMembers = new List<IndexedContact>(capacity);
            _lastOrder = new List<int>(capacity);
        }

        public int BlockCount => _start.Length - 1;

        /// <summary>Adds the contact under the key, once (contacts come in input order, each with all its keys).</summary>
        public void Add(TKey key, IndexedContact entry)
        {
            if (!_blocks.TryGetValue(key, out var block))
            {
                block = _blocks.Count;
                _blocks[key] = block;
                _lastOrder!.Add(-1);
            }
            if (_lastOrder![block] == entry.Order) return;
            _lastOrder[block] = entry.Order;
            _pendingBlocks!.Add(block);
            _pendingMembers!.Add(entry);
        }

        public void Seal()
        {
            var start = new int[_blocks.Count + 1];
            foreach (var block in _pendingBlocks!) start[block + 1]++;
            for (var b = 1; b < start.Length; b++) start[b] += start[b - 1];
            var fill = (int[])start.Clone();
            var members = new IndexedContact[_pendingMembers!.Count];
            for (var i = 0; i < members.Length; i++) members[fill[_pendingBlocks[i]]++] = _pendingMembers[i];
            _start = start;
            _members = members;
            _pendingBlocks = null;
            _pendingMembers = null;
            _lastOrder = null;
        }

        public ContactBlock Get(TKey key) =>
            _blocks.TryGetValue(key, out var block) ? Block(block) : default;

        public ContactBlock Block(int block) => new ContactBlock(_members, _start[block], _start[block + 1] - _start[block]);
    }

    /// <summary>The contacts of one key: a slice of <see cref="ContactBlocks{TKey}"/>'s flat array.</summary>
    internal readonly struct ContactBlock : IEnumerable<IndexedContact>
    {
        private readonly IndexedContact[] _members;
        private readonly int _start;

        public ContactBlock(IndexedContact[] members, int start, int count)
        {
            _members = members;
            _start = start;
            Count = count;
        }

        public int Count { get; }

        public IndexedContact this[int index] => _members[_start + index];

        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<IndexedContact> IEnumerable<IndexedContact>.GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<IndexedContact>)this).GetEnumerator();

        /// <summary>A struct enumerator: foreach over a block allocates nothing.</summary>
        public struct Enumerator
        {
            private readonly ContactBlock _block;
            private int _index;

            public Enumerator(ContactBlock block)
            {
                _block = block;
                _index = -1;
            }

            public IndexedContact Current => _block[_index];

            public bool MoveNext() => ++_index < _block.Count;
        }
    }
}
