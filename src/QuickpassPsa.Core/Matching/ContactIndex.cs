using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>One contact with its folded addresses and names, computed once.</summary>
    internal sealed class IndexedContact
    {
        public IndexedContact(PsaContact contact, int order)
        {
            Contact = contact;
            Order = order;
            Names = NameKey.ForContact(contact);
            var emails = new List<string>(contact.Emails.Count);
            foreach (var email in contact.Emails)
            {
                var normalized = EmailNormalizer.Normalize(email);
                if (normalized != null && !emails.Contains(normalized)) emails.Add(normalized);
            }
            Emails = emails;
        }

        public PsaContact Contact { get; }

        /// <summary>Position in the input, the final tie-breaker so results never depend on hash order.</summary>
        public int Order { get; }

        public bool Active => Contact.Active;
        public IReadOnlyList<string> Emails { get; }
        public IReadOnlyList<NameKey> Names { get; }
    }

    /// <summary>
    /// Hash maps over one company's contacts, built once: exact evidence costs a lookup per account, and
    /// fuzzy evidence only looks inside small blocks (same surname; same first name and surname initial;
    /// same email local part), never at every contact.
    /// </summary>
    internal sealed class ContactIndex
    {
        private static readonly IReadOnlyList<IndexedContact> None = Array.Empty<IndexedContact>();

        private readonly Dictionary<string, List<IndexedContact>> _byEmail = new Dictionary<string, List<IndexedContact>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<IndexedContact>> _byName = new Dictionary<string, List<IndexedContact>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<IndexedContact>> _byLast = new Dictionary<string, List<IndexedContact>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<IndexedContact>> _byFirstAndLastInitial = new Dictionary<string, List<IndexedContact>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<IndexedContact>> _byLocalPart = new Dictionary<string, List<IndexedContact>>(StringComparer.Ordinal);

        public ContactIndex(IEnumerable<PsaContact> contacts)
        {
            var order = 0;
            foreach (var contact in contacts)
            {
                var entry = new IndexedContact(contact, order++);
                ById[contact.Id] = entry;
                foreach (var email in entry.Emails)
                {
                    Add(_byEmail, email, entry);
                    Add(_byLocalPart, EmailNormalizer.LocalPart(email), entry);
                }
                foreach (var name in entry.Names)
                {
                    Add(_byName, name.Key, entry);
                    Add(_byLast, name.Last, entry);
                    Add(_byFirstAndLastInitial, name.First + "|" + name.Last[0], entry);
                }
            }
        }

        public Dictionary<string, IndexedContact> ById { get; } = new Dictionary<string, IndexedContact>(StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<IndexedContact> WithEmail(string normalizedEmail) => Get(_byEmail, normalizedEmail);
        public IReadOnlyList<IndexedContact> WithName(NameKey name) => Get(_byName, name.Key);
        public IReadOnlyList<IndexedContact> WithLast(string last) => Get(_byLast, last);
        public IReadOnlyList<IndexedContact> WithFirstAndLastInitial(string first, char lastInitial) => Get(_byFirstAndLastInitial, first + "|" + lastInitial);
        public IReadOnlyList<IndexedContact> WithLocalPart(string localPart) => Get(_byLocalPart, localPart);

        private static void Add(Dictionary<string, List<IndexedContact>> map, string key, IndexedContact entry)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<IndexedContact>(1);
            if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], entry)) list.Add(entry);
        }

        private static IReadOnlyList<IndexedContact> Get(Dictionary<string, List<IndexedContact>> map, string key) =>
            map.TryGetValue(key, out var list) ? list : None;
    }
}
