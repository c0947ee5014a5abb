using System;
using System.Collections.Generic;
using System.Linq;
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
            Emails = FoldedEmails(contact.Emails);
            Phone = PhoneNormalizer.Significant(contact.MobilePhone);
            CompareNames = Names.Length > 0 ? Names : new[] { new NameKey(NameNormalizer.Compact(contact.FirstName), NameNormalizer.Compact(contact.LastName)) };
        }

        public PsaContact Contact { get; }

        private static readonly string[] NoEmails = new string[0];

        /// <summary>The folded addresses, distinct, in one array of the exact size (no list to throw away).</summary>
        private static string[] FoldedEmails(IReadOnlyList<string> emails)
        {
            if (emails.Count == 0) return NoEmails;
            var folded = new string[emails.Count];
            var count = 0;
            for (var i = 0; i < emails.Count; i++)
            {
                var normalized = EmailNormalizer.Normalize(emails[i]);
                if (normalized != null && Array.IndexOf(folded, normalized, 0, count) < 0) folded[count++] = normalized;
            }
            if (count == folded.Length) return folded;
            if (count == 0) return NoEmails;
            Array.Resize(ref folded, count);
            return folded;
        }

        /// <summary>Position in the input, the final tie-breaker so results never depend on hash order.</summary>
        public int Order { get; }

        public bool Active => Contact.Active;

        // Hashed by position: these are keys of the per-account evidence map and of the elimination set,
        // and the object header hash (the default) is the slow path the first time each one is hashed.
        public override int GetHashCode() => Order;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);
        // Arrays, not interfaces: foreach over an interface boxes an enumerator, and these loops are the hot path.
        public string[] Emails { get; }
        public NameKey[] Names { get; }

        /// <summary>The names to compare field by field: <see cref="Names"/>, or the raw fields when one is blank.</summary>
        public NameKey[] CompareNames { get; }

        /// <summary>The mobile's significant digits (<see cref="PhoneNormalizer"/>), or null.</summary>
        public string? Phone { get; }

        /// <summary>
        /// More than <see cref="ContactIndex.CrowdedName"/> contacts have one of this contact's names: only
        /// an exact address may link it (a mobile, a near-miss address or a nickname never does).
        /// </summary>
        public bool Crowded { get; set; }
    }

    /// <summary>
    /// Hash maps over one company's contacts, built once: exact evidence costs a lookup per account, and
    /// fuzzy evidence only looks inside small blocks (an initial and surname for an account that has only an initial; one-slip name and address deletion keys;
    /// same email local part), never at every contact.
    /// </summary>
    internal sealed class ContactIndex
    {
        // Flat blocks (ContactBlocks), not a List per key: at a million contacts, millions of small lists.
        private readonly ContactBlocks<string> _byEmail;
        private readonly ContactBlocks<NameKey> _byName;
        private readonly ContactBlocks<(string, char)> _byLastAndFirstInitial;
        private readonly ContactBlocks<LocalPartKey> _byLocalPart;
        private readonly ContactBlocks<string> _byPhone;
        // 'l' + a last name for contacts with a blank first name, 'f' + a first name for a blank last name.
        private readonly ContactBlocks<(char, string)> _byLoneName = new ContactBlocks<(char, string)>(0);
        private readonly List<IndexedContact> _all = new List<IndexedContact>();
        private NearMissEmailIndex? _nearMiss;
        private NameTypoIndex? _nameTypos;

        public ContactIndex(IEnumerable<PsaContact> contacts)
        {
            // Sized up front: at a million contacts, growing five maps by doubling rehashes every key again and again.
            var count = contacts is ICollection<PsaContact> known ? known.Count : 0;
            _byEmail = new ContactBlocks<string>(count, StringComparer.Ordinal);
            _byName = new ContactBlocks<NameKey>(count);
            _byLastAndFirstInitial = new ContactBlocks<(string, char)>(count / 4);
            _byLocalPart = new ContactBlocks<LocalPartKey>(count);
            _byPhone = new ContactBlocks<string>(count / 2, StringComparer.Ordinal);
            _all.Capacity = count;
            var order = 0;
            foreach (var contact in contacts)
            {
                var entry = new IndexedContact(contact, order++);
                _all.Add(entry);
                if (entry.Phone != null) _byPhone.Add(entry.Phone, entry);
                if (entry.Names.Length == 0)
                {
                    // A contact with one name blank ("Lee", or "Ann"): found by the name it has, first or last.
                    var only = entry.CompareNames[0];
                    if (only.First.Length == 0 && only.Last.Length > 1) _byLoneName.Add(('l', only.Last), entry);
                    else if (only.Last.Length == 0 && only.First.Length > 1) _byLoneName.Add(('f', only.First), entry);
                }
                foreach (var email in entry.Emails)
                {
                    _byEmail.Add(email, entry);
                    _byLocalPart.Add(LocalPartKey.OfAddress(email), entry);
                }
                foreach (var name in entry.Names)
                {
                    _byName.Add(name, entry);
                    _byLastAndFirstInitial.Add((name.Last, name.First[0]), entry);
                }
            }
            _byEmail.Seal();
            _byName.Seal();
            _byLastAndFirstInitial.Seal();
            _byLocalPart.Seal();
            _byPhone.Seal();
            _byLoneName.Seal();
            for (var b = 0; b < _byName.BlockCount; b++)
            {
                var block = _byName.Block(b);
                if (block.Count <= CrowdedName) continue;
                foreach (var entry in block) entry.Crowded = true;
            }
        }

        /// <summary>Contacts that share one name beyond this count make a crowded name (see <see cref="IndexedContact.Crowded"/>).</summary>
        public const int CrowdedName = 10;

        /// <summary>
        /// Contacts by id (the last one wins when an id repeats), built on first use: only stored decisions
        /// and the Quickpass rule need it, and hashing a million ids ignoring case is not free.
        /// </summary>
        public Dictionary<string, IndexedContact> ById
        {
            get
            {
                if (_byId != null) return _byId;
                var byId = new Dictionary<string, IndexedContact>(_all.Count, StringComparer.OrdinalIgnoreCase);
                foreach (var entry in _all) byId[entry.Contact.Id] = entry;
                return _byId = byId;
            }
        }

        private Dictionary<string, IndexedContact>? _byId;

        public ContactBlock WithEmail(string normalizedEmail) => _byEmail.Get(normalizedEmail);
        public ContactBlock WithName(NameKey name) => _byName.Get(name);
        public ContactBlock WithLastAndFirstInitial(string last, char firstInitial) => _byLastAndFirstInitial.Get((last, firstInitial));
        public ContactBlock WithLocalPart(string localPart) => _byLocalPart.Get(LocalPartKey.Of(localPart));
        public ContactBlock WithPhone(string significantDigits) => _byPhone.Get(significantDigits);

        /// <summary>Contacts whose first name is blank and whose last name is this one.</summary>
        public ContactBlock WithOnlyLastName(string last) => _byLoneName.BlockCount == 0 ? default : _byLoneName.Get(('l', last));

        /// <summary>Contacts whose last name is blank and whose first name is this one.</summary>
        public ContactBlock WithOnlyFirstName(string first) => _byLoneName.BlockCount == 0 ? default : _byLoneName.Get(('f', first));

        /// <summary>Every contact, by <see cref="IndexedContact.Order"/>.</summary>
        public IReadOnlyList<IndexedContact> All => _all;

        /// <summary>The near-miss address index, built on first use (only fuzzy matching needs it).</summary>
        public NearMissEmailIndex NearMiss => _nearMiss ??= new NearMissEmailIndex(_all);

        /// <summary>The one-slip name index, built on first use.</summary>
        public NameTypoIndex NameTypos => _nameTypos ??= new NameTypoIndex(_all);

    }
}
