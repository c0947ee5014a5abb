using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// One account's evidence, one <see cref="Evidence"/> per contact, in the order the contacts were
    /// found (the order ties are judged in). An account has a handful of candidates, so they are looked up
    /// by a scan of that short list, which costs less than hashing into a map for every block member; a map
    /// is kept only for the rare account past <see cref="ScanLimit"/> (a crowded name, several blocks).
    /// </summary>
    internal sealed class EvidenceSet
    {
        private const int ScanLimit = 16;

        private readonly List<Evidence> _items = new List<Evidence>();
        private readonly Dictionary<IndexedContact, Evidence> _large = new Dictionary<IndexedContact, Evidence>();

        public int Count => _items.Count;

        /// <summary>The evidence in the order the contacts were found.</summary>
        public List<Evidence> Items => _items;

        /// <summary>A struct enumerator: foreach allocates nothing.</summary>
        public List<Evidence>.Enumerator GetEnumerator() => _items.GetEnumerator();

        public void Clear()
        {
            _items.Clear();
            if (_large.Count > 0) _large.Clear();
        }

        public bool TryGetValue(IndexedContact contact, out Evidence evidence)
        {
            if (_items.Count > ScanLimit) return _large.TryGetValue(contact, out evidence!);
            for (var i = 0; i < _items.Count; i++)
            {
                if (ReferenceEquals(_items[i].Contact, contact))
                {
                    evidence = _items[i];
                    return true;
                }
            }
            evidence = null!;
            return false;
        }

        /// <summary>Adds the evidence of a contact not in the set yet.</summary>
        public void Add(Evidence evidence)
        {
            _items.Add(evidence);
            if (_items.Count <= ScanLimit) return;
            if (_items.Count == ScanLimit + 1)
            {
                foreach (var item in _items) _large.Add(item.Contact, item);
            }
            else
            {
                _large.Add(evidence.Contact, evidence);
            }
        }
    }
}
