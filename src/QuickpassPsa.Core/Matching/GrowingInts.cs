using System;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>A list of ints without the List's bounds and version bookkeeping: scratch numbers while the index is built.</summary>
    internal sealed class GrowingInts
    {
        private int[] _items;

        public GrowingInts(int capacity) => _items = new int[Math.Max(capacity, 4)];

        public int Count { get; private set; }

        public int this[int index] => _items[index];

        public void Add(int value)
        {
            if (Count == _items.Length) Array.Resize(ref _items, Count * 2);
            _items[Count++] = value;
        }
    }
}
