using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// New-PsaContact's rows of Find-PsaContactMatch wait in batches of <see cref="Size"/>, so that their addresses are looked up in
    /// the whole PSA together (<see cref="AddressesElsewhere.Ask"/>: a few requests per batch, not one per row) before any of them
    /// is created; then each is handled in order. Rows still stream: a run of a thousand rows holds a hundred at a time.
    /// </summary>
    internal sealed class RowBatch<T>
    {
        /// <summary>How many rows wait for one PSA-wide lookup.</summary>
        public const int Size = 100;

        private readonly List<T> _items = new List<T>();

        public int Count => _items.Count;

        /// <summary>Queues an item; returns the batch (in input order, and empties the queue) once it holds <see cref="Size"/>, else null.</summary>
        public IReadOnlyList<T>? Add(T item)
        {
            _items.Add(item);
            return _items.Count >= Size ? TakeAll() : null;
        }

        /// <summary>The items waiting, in input order (the last, short batch when the pipeline ends); the queue is then empty.</summary>
        public IReadOnlyList<T> TakeAll()
        {
            var batch = _items.ToList();
            _items.Clear();
            return batch;
        }
    }
}
