using System;
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
    /// contacts in input order, as the lists did. Blocks are numbered in the order their keys first came.
    /// The map is our own (<see cref="BlockKeyMap{TKey, TKeys}"/>): a Dictionary costs two lookups to add a
    /// key that is not there yet (TryGetValue, then the insert), each a cache miss at a million contacts.
    /// </summary>
    internal sealed class ContactBlocks<TKey, TKeys>
        where TKeys : struct, IEqualityComparer<TKey>
    {
        private readonly BlockKeyMap<TKey, TKeys> _blocks;
        private int[]? _pendingBlocks;
        private int[]? _pendingContacts;
        private int _pendingCount;
        // The blocks the current contact has been added to: a contact goes into a block once, however many
        // of its keys are equal ("Mary Ellen Lee" and "Mary Lee" are one last name and initial).
        private int _currentContact = -1;
        private int[] _currentBlocks = new int[8];
        private int _currentCount;
        private int[] _start = { 0 };
        private IndexedContact[] _members = new IndexedContact[0];

        /// <param name="keys">Room for this many keys at first (the map grows beyond).</param>
        /// <param name="pairs">Room for this many (key, contact) pairs at first: the keys of all contacts, when known.</param>
        public ContactBlocks(int keys, int pairs)
        {
            _blocks = new BlockKeyMap<TKey, TKeys>(keys);
            _pendingBlocks = new int[Math.Max(pairs, 4)];
            _pendingContacts = new int[_pendingBlocks.Length];
        }

        public int BlockCount => _start.Length - 1;

        /// <summary>Adds the contact at this position under the key, once (contacts come in input order, each with all its keys).</summary>
        public void Add(TKey key, int contact) => Add(key, (uint)default(TKeys).GetHashCode(key), contact);

        /// <summary>As <see cref="Add(TKey, int)"/>, with the key's hash (by <typeparamref name="TKeys"/>) made beforehand.</summary>
        public void Add(TKey key, uint hash, int contact)
        {
            var block = _blocks.GetOrAdd(key, hash);
            if (contact != _currentContact)
            {
                _currentContact = contact;
                _currentCount = 0;
            }
            else if (Array.IndexOf(_currentBlocks, block, 0, _currentCount) >= 0)
            {
                return;
            }
            if (_currentCount == _currentBlocks.Length) Array.Resize(ref _currentBlocks, _currentCount * 2);
            _currentBlocks[_currentCount++] = block;

            if (_pendingCount == _pendingBlocks!.Length)
            {
                Array.Resize(ref _pendingBlocks, _pendingCount * 2);
                Array.Resize(ref _pendingContacts, _pendingCount * 2);
            }
            _pendingBlocks[_pendingCount] = block;
            _pendingContacts![_pendingCount++] = contact;
        }

        /// <summary>Lays the blocks out; <paramref name="contacts"/> are the contacts by position.</summary>
        public void Seal(List<IndexedContact> contacts)
        {
            var blocks = _pendingBlocks!;
            var positions = _pendingContacts!;
            var start = new int[_blocks.Count + 1];
            for (var i = 0; i < _pendingCount; i++) start[blocks[i] + 1]++;
            for (var b = 1; b < start.Length; b++) start[b] += start[b - 1];
            // Filled through start itself: start[b] moves to the end of block b, the start of b + 1, and
            // one shift puts every start back (no copy of the array to fill through).
            var members = new IndexedContact[_pendingCount];
            for (var i = 0; i < _pendingCount; i++) members[start[blocks[i]]++] = contacts[positions[i]];
            Array.Copy(start, 0, start, 1, start.Length - 1);
            start[0] = 0;
            _start = start;
            _members = members;
            _pendingBlocks = null;
            _pendingContacts = null;
            _currentBlocks = new int[0];
        }

        public ContactBlock Get(TKey key)
        {
            var block = _blocks.Find(key);
            return block < 0 ? default : Block(block);
        }

        public ContactBlock Block(int block) => new ContactBlock(_members, _start[block], _start[block + 1] - _start[block]);
    }

    /// <summary>The contacts of one key: a slice of <see cref="ContactBlocks{TKey, TKeys}"/>'s flat array.</summary>
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
