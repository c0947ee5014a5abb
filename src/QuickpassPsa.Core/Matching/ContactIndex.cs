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
            // A contact whose name marks a leaver ("(left)", "DO NOT USE") counts as inactive, whatever the PSA's flag says.
            Active = contact.Active && !LeaverMarks.Marked(contact);
            Named = SingleNames.WithoutPlaceholders(contact);
            Names = NameKey.ForContact(Named);
            Emails = FoldedEmails(contact.Emails);
            // A field with two numbers ("07700 900123 / 01632 960000") is read as its first and its others; so are a
            // ConnectWise contact's other Cell items.
            // A phone system's contact with the caller's number in a name field and none in the mobile ("Caller | 0455111222"): that number.
            var mobile = string.IsNullOrWhiteSpace(contact.MobilePhone) ? MachineMadeNames.NumberInName(contact) : contact.MobilePhone;
            Phone = PhoneNormalizer.Significant(PhoneNormalizer.FirstNumber(mobile), out var country, out var extension, out var national);
            OtherPhones = PhoneNormalizer.MayHoldSeveral(mobile) || contact.OtherMobilePhones.Count > 0
                ? OtherPhonesOf(PhoneNormalizer.Numbers(mobile), contact.OtherMobilePhones)
                : NoPhones;
            PhoneCountry = country;
            PhoneNational = national;
            PhoneExtension = extension;
            // "0412 345 678 (dad)", "07700 900333 (Büro)": a number the contact carries but not as its own.
            HasUnownedNumber = Phone == null && PhoneNormalizer.KeyOf(mobile) != 0;
            CompareNames = Names.Length > 0 ? Names : new[] { new NameKey(NameNormalizer.Compact(Named.FirstName), NameNormalizer.Compact(Named.LastName)) };
            NamedByMailbox = Names.Length > 0 ? null : MachineMadeNames.OwnMailboxName(Named, contact);
        }

        public PsaContact Contact { get; }

        /// <summary>
        /// The contact's own mailbox name when that is all its name ("sgibson |" at sgibson@: an email connector's), lower case; else null.
        /// It names nobody for an account whose name the mailbox spells (<see cref="PairComparer"/>), and is a name for anyone else.
        /// </summary>
        public string? NamedByMailbox { get; }

        /// <summary>
        /// The contact as its names are read: <see cref="Contact"/> itself, or a copy with a placeholder name field blank ("Ashley |
        /// Unknown", "Ashley Chapman | .", "FNU | Sukarno": a required field filled with no name, <see cref="SingleNames"/>).
        /// </summary>
        public PsaContact Named { get; }

        private static readonly string[] NoEmails = new string[0];

        /// <summary>
        /// The folded addresses, distinct, in one array of the exact size (no list to throw away). A field that
        /// holds two addresses ("ann.lee@contoso.com; ann@contoso.com") gives both.
        /// </summary>
        private static string[] FoldedEmails(IReadOnlyList<string> emails)
        {
            if (emails.Count == 0) return NoEmails;
            var folded = new string[emails.Count];
            var count = 0;
            for (var i = 0; i < emails.Count; i++)
            {
                var email = emails[i];
                if (email != null && email.IndexOf('@') != email.LastIndexOf('@'))
                {
                    foreach (var part in Accounts.ProxyAddress.Split(email))
                    {
                        var one = EmailNormalizer.Normalize(part);
                        if (one == null || Array.IndexOf(folded, one, 0, count) >= 0) continue;
                        if (count == folded.Length) Array.Resize(ref folded, count + 2);
                        folded[count++] = one;
                    }
                    continue;
                }
                var normalized = EmailNormalizer.Normalize(email);
                if (normalized != null && Array.IndexOf(folded, normalized, 0, count) < 0)
                {
                    if (count == folded.Length) Array.Resize(ref folded, count + 2);
                    folded[count++] = normalized;
                }
            }
            if (count == folded.Length) return folded;
            if (count == 0) return NoEmails;
            Array.Resize(ref folded, count);
            return folded;
        }

        /// <summary>Position in the input, the final tie-breaker so results never depend on hash order.</summary>
        public int Order { get; }

        /// <summary>
        /// Active in the PSA and not marked as a leaver in its name (<see cref="LeaverMarks"/>). Copied when indexed:
        /// read for every candidate, and the contact object is elsewhere in memory.
        /// </summary>
        public bool Active { get; }

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

        /// <summary>The country code the mobile is written with, 0 when written nationally (<see cref="PhoneNormalizer.CountryCodeOf"/>).</summary>
        public int PhoneCountry { get; }

        /// <summary>The extension the number is written with, 0 for none (<see cref="PhoneNormalizer.ExtensionOf"/>).</summary>
        public int PhoneExtension { get; }

        /// <summary>
        /// The mobile field holds a number, but not as the contact's own: with a word beside it that
        /// does not describe the person's own line (<see cref="PhoneLabels.NotOwn"/>: "(dad)", "(old)", "(Büro?)"). Never
        /// evidence for a link, always against one, even when it is the account's very number (the account is then likelier
        /// the labelled person than the contact's).
        /// </summary>
        public bool HasUnownedNumber { get; }

        /// <summary>
        /// The contact's only number is on other people's active records too (an office line, a family phone: <see cref="IsLineOfOtherPeople"/>):
        /// another number on the account says nothing against this contact (round 73b: a shared office line made the person's
        /// exact-name contact ConflictingMobile).
        /// </summary>
        public bool NumberOnOthers { get; internal set; }

        /// <summary>The significant digits of the contact's other mobile numbers (<see cref="PsaContact.OtherMobilePhones"/>, a field's second number); empty for most.</summary>
        public string[] OtherPhones { get; }

        private static readonly string[] NoPhones = new string[0];

        private static string[] OtherPhonesOf(IReadOnlyList<string> numbers, IReadOnlyList<string> others)
        {
            if (numbers.Count <= 1 && others.Count == 0) return NoPhones;
            var list = new List<string>(numbers.Count - 1 + others.Count);
            for (var i = 1; i < numbers.Count; i++) AddPhone(list, numbers[i]);
            foreach (var other in others)
            {
                foreach (var number in PhoneNormalizer.Numbers(other)) AddPhone(list, number);
            }
            return list.Count == 0 ? NoPhones : list.ToArray();
        }

        private static void AddPhone(List<string> list, string number)
        {
            var digits = PhoneNormalizer.Significant(number);
            if (digits != null && !list.Contains(digits)) list.Add(digits);
        }

        /// <summary>The mobile is written nationally with its trunk 0 (<see cref="PhoneNormalizer.SameNumberWrittenTwoWays"/>).</summary>
        public bool PhoneNational { get; }

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
        private readonly ContactBlocks<string, OrdinalKeys> _byEmail;
        private readonly ContactBlocks<NameKey, NameKeys> _byName;
        private readonly ContactBlocks<(string, char), LastAndInitialKeys> _byLastAndFirstInitial;
        private readonly ContactBlocks<LocalPartKey, LocalPartKeys> _byLocalPart;
        private readonly ContactBlocks<string, OrdinalKeys> _byPhone;
        // The same numbers by their last eight digits: one number written two ways ("447700900123" without its '+', Russia's trunk
        // "8 912 ...") has other significant digits but the same end (round 52: such a contact was no candidate, and a twin was made).
        private readonly ContactBlocks<long, LongKeys> _byPhoneTail;
        // Numbers a contact carries as someone else's or an old line ("07700 900123 (home)", "husband's ..."), by their last digits:
        // not the contact's own, but a holder of the number all the same (few contacts have one).
        private readonly ContactBlocks<long, LongKeys> _byUnownedTail;
        // 'l' + a last name for contacts with a blank first name, 'f' + a first name for a blank last name.
        private readonly ContactBlocks<(char, string), LoneNameKeys> _byLoneName;
        // A first name with each significant word of a surname of several words (SurnameParts): few contacts have one.
        private readonly ContactBlocks<NameKey, NameKeys> _bySurnamePart;
        // The last two words of a whole name of three words or more (John Paul | Smith: paul | smith; Mohammed | Ali Khan: ali | khan).
        private readonly ContactBlocks<NameKey, NameKeys> _byLastTwoWords;
        // Names in Cyrillic or Greek by their romanised form (Transliteration.Key): Дмитрий Иванов under dmitri | ivanov. Few contacts have one.
        private readonly ContactBlocks<NameKey, NameKeys> _byRomanised;
        // Contacts named as a role or a thing, no person ("Reception", "Front Desk"), by the whole name folded: they have no name keys.
        private readonly ContactBlocks<string, OrdinalKeys> _byRoleName;
        // Contacts named by a mailbox name or an address, nothing else ("aellis |", "lpatel@contoso.com |": an email connector's), by that
        // mailbox name (MachineMadeNames.MailboxInName). Few contacts have one.
        private readonly ContactBlocks<LocalPartKey, LocalPartKeys> _byNameAsMailbox;
        private readonly List<IndexedContact> _all = new List<IndexedContact>();
        private NearMissEmailIndex? _nearMiss;
        private NameTypoIndex? _nameTypos;

        public ContactIndex(IEnumerable<PsaContact> contacts)
        {
            _all.Capacity = contacts is ICollection<PsaContact> known ? known.Count : 0;
            // The contacts first, counting their keys: every map is then made at the size it needs (growing
            // six maps by doubling at a million contacts was a third of what building the index allocated).
            // An address is hashed for its two maps here, while the folding has it in the processor's cache:
            // read again later, each of a million addresses would be a trip to memory.
            var emailHashes = new GrowingInts(_all.Capacity);
            var localHashes = new GrowingInts(_all.Capacity);
            int names = 0, phones = 0, lone = 0;
            var batch = new PsaContact[ReadAhead.Batch];
            var order = 0;
            using (var source = contacts.GetEnumerator())
            {
                while (true)
                {
                    var count = 0;
                    while (count < batch.Length && source.MoveNext()) batch[count++] = source.Current;
                    if (count == 0) break;
                    Touch(batch, count);
                    for (var i = 0; i < count; i++)
                    {
                        var entry = new IndexedContact(batch[i], order++);
                        _all.Add(entry);
                        foreach (var email in entry.Emails)
                        {
                            emailHashes.Add(default(OrdinalKeys).GetHashCode(email));
                            localHashes.Add(default(LocalPartKeys).GetHashCode(LocalPartKey.OfAddress(email)));
                        }
                        names += entry.Names.Length;
                        if (entry.Phone != null) phones++;
                        if (entry.Names.Length == 0) lone++;
                    }
                }
            }
            var emails = emailHashes.Count;
            // Key room as first guessed before: most addresses and numbers are one contact's, names are shared.
            _byEmail = new ContactBlocks<string, OrdinalKeys>(emails, emails);
            _byLocalPart = new ContactBlocks<LocalPartKey, LocalPartKeys>(emails, emails);
            _byName = new ContactBlocks<NameKey, NameKeys>(names / 2, names);
            _byLastAndFirstInitial = new ContactBlocks<(string, char), LastAndInitialKeys>(names / 4, names);
            _byPhone = new ContactBlocks<string, OrdinalKeys>(phones, phones);
            _byPhoneTail = new ContactBlocks<long, LongKeys>(phones, phones);
            _byUnownedTail = new ContactBlocks<long, LongKeys>(16, 16);
            _byLoneName = new ContactBlocks<(char, string), LoneNameKeys>(lone, lone);
            _bySurnamePart = new ContactBlocks<NameKey, NameKeys>(16, 16);
            _byLastTwoWords = new ContactBlocks<NameKey, NameKeys>(16, 16);
            _byRomanised = new ContactBlocks<NameKey, NameKeys>(16, 16);
            _byRoleName = new ContactBlocks<string, OrdinalKeys>(16, 16);
            _byNameAsMailbox = new ContactBlocks<LocalPartKey, LocalPartKeys>(16, 16);
            // One map at a time: its slots (tens of MB at a million contacts) stay in the processor's cache
            // while they are filled, instead of six maps evicting each other's.
            var all = _all;
            var k = 0;
            for (var position = 0; position < all.Count; position++)
            {
                foreach (var email in all[position].Emails) _byEmail.Add(email, (uint)emailHashes[k++], position);
            }
            k = 0;
            for (var position = 0; position < all.Count; position++)
            {
                foreach (var email in all[position].Emails) _byLocalPart.Add(LocalPartKey.OfAddress(email), (uint)localHashes[k++], position);
            }
            for (var position = 0; position < all.Count; position++)
            {
                foreach (var name in all[position].Names)
                {
                    _byName.Add(name, position);
                    if (name.Last.Length == 1) HasSurnameInitials = true;
                }
            }
            for (var position = 0; position < all.Count; position++)
            {
                foreach (var name in all[position].Names) _byLastAndFirstInitial.Add((name.Last, name.First[0]), position);
            }
            for (var position = 0; position < all.Count; position++)
            {
                var entry = all[position];
                if (entry.Phone != null)
                {
                    _byPhone.Add(entry.Phone, position);
                    if (entry.Phone.Length >= PhoneTailDigits) _byPhoneTail.Add(PhoneTail(entry.Phone), position);
                }
                if (entry.HasUnownedNumber && !PhoneNormalizer.MayHoldSeveral(entry.Contact.MobilePhone))
                {
                    var unowned = PhoneNormalizer.TailKeyOf(entry.Contact.MobilePhone, out _);
                    if (unowned != 0) _byUnownedTail.Add(unowned, position);
                }
                else if (PhoneNormalizer.MayHoldSeveral(entry.Contact.MobilePhone)) AddUnownedOfSeveral(entry, position);
                // Its other numbers find it too (round 53: Emily Price's "01632 960000 / 07700 900801" was no candidate for the account
                // at 07700 900801).
                foreach (var other in entry.OtherPhones)
                {
                    if (string.Equals(other, entry.Phone, StringComparison.Ordinal)) continue;
                    _byPhone.Add(other, position);
                    if (other.Length >= PhoneTailDigits) _byPhoneTail.Add(PhoneTail(other), position);
                }
                if (entry.Names.Length == 0)
                {
                    // A contact with one name blank ("Lee", or "Ann"): found by the name it has, first or last.
                    var only = entry.CompareNames[0];
                    if (only.First.Length == 0 && only.Last.Length > 1) _byLoneName.Add(('l', only.Last), position);
                    else if (only.Last.Length == 0 && only.First.Length > 1) _byLoneName.Add(('f', only.First), position);
                }
                // A couple's record with one partner's given name unwritten ("Mr & Mrs | Fleming"): found by the surname alone, as "| Fleming" is.
                if (MachineMadeNames.MayBeCouple(entry.Named.FirstName, entry.Named.LastName) &&
                    MachineMadeNames.CoupleKeys(entry.Named.FirstName, entry.Named.LastName) is { Surname: { } couplesSurname })
                {
                    _byLoneName.Add(('l', couplesSurname), position);
                }
            }
            for (var position = 0; position < all.Count; position++)
            {
                var entry = all[position];
                // With the particles a first-name field ends with ("Jan van der" | Berg is Jan | van der Berg).
                var parts = SurnameParts.Of(NameKey.SurnameWithParticles(entry.Named.FirstName, entry.Named.LastName));
                if (parts.Count == 0) continue;
                // By the first name as written: a surname such as "Dijk, van" sends the name parser astray.
                foreach (var first in SurnameParts.FirstNames(NameKey.FirstNameWithoutParticles(entry.Named.FirstName, entry.Named.LastName)))
                {
                    foreach (var part in parts) _bySurnamePart.Add(new NameKey(first, part), position);
                }
            }
            for (var position = 0; position < all.Count; position++)
            {
                var contact = all[position].Named;
                var couple = MachineMadeNames.MayBeCouple(contact.FirstName, contact.LastName);
                // Most names are two plain words: no folding for them.
                if (!couple && (contact.FirstName == null || contact.FirstName.IndexOfAny(NameSeparators) < 0) && (contact.LastName == null || contact.LastName.IndexOfAny(NameSeparators) < 0)) continue;
                var lastTwo = NameKey.LastTwoWords(contact.FirstName, contact.LastName);
                if (lastTwo is { } key) _byLastTwoWords.Add(key, position);
                // A couple's record ("John & Mary | Smith"): each partner by given name and surname (one is often the last two words).
                if (couple && MachineMadeNames.CoupleKeys(contact.FirstName, contact.LastName) is { } keys)
                {
                    foreach (var partner in keys.Keys)
                    {
                        if (!lastTwo.HasValue || !lastTwo.Value.Equals(partner)) _byLastTwoWords.Add(partner, position);
                    }
                }
            }
            for (var position = 0; position < all.Count; position++)
            {
                foreach (var name in all[position].CompareNames)
                {
                    // Only names in Cyrillic or Greek (most are plain Latin, looked at no further).
                    if (NameNormalizer.IsAscii(name.First) && NameNormalizer.IsAscii(name.Last)) continue;
                    var first = Transliteration.Key(name.First);
                    var last = Transliteration.Key(name.Last);
                    if (first.Length > 1 && last.Length > 1) _byRomanised.Add(new NameKey(first, last), position);
                }
            }
            for (var position = 0; position < all.Count; position++)
            {
                if (all[position].Names.Length > 0) continue;
                var contact = all[position].Named;
                if (RoleNameOf(contact.FirstName, contact.LastName) is { } role) _byRoleName.Add(role, position);
                if (MachineMadeNames.MailboxInName(contact.FirstName, contact.LastName) is { } mailbox) _byNameAsMailbox.Add(mailbox, position);
            }
            _byEmail.Seal(_all);
            _byName.Seal(_all);
            _byLastAndFirstInitial.Seal(_all);
            _byLocalPart.Seal(_all);
            _byPhone.Seal(_all);
            foreach (var entry in _all)
            {
                if (entry.Phone != null && entry.OtherPhones.Length == 0) entry.NumberOnOthers = IsLineOfOtherPeople(entry);
            }
            _byPhoneTail.Seal(_all);
            _byUnownedTail.Seal(_all);
            _byLoneName.Seal(_all);
            _bySurnamePart.Seal(_all);
            _byLastTwoWords.Seal(_all);
            _byRomanised.Seal(_all);
            _byRoleName.Seal(_all);
            _byNameAsMailbox.Seal(_all);
            for (var b = 0; b < _byName.BlockCount; b++)
            {
                var block = _byName.Block(b);
                if (block.Count <= CrowdedName) continue;
                foreach (var entry in block) entry.Crowded = true;
            }
        }

        /// <summary>
        /// Reads the last character of every text of a batch of contacts before any of them is folded. At a
        /// million contacts the inputs (several hundred MB) are far from the processor's cache, and folding
        /// one contact's names and addresses after another waited for memory once per text; loads that do
        /// not depend on each other are waited for together. The texts are then read from the cache.
        /// </summary>
        private static void Touch(PsaContact[] batch, int count)
        {
            var sum = 0;
            // First the texts the contact points at and its list of addresses, then the addresses in it.
            for (var i = 0; i < count; i++) sum += ReadAhead.Last(batch[i].FirstName) + ReadAhead.Last(batch[i].LastName) + ReadAhead.Last(batch[i].MobilePhone) + batch[i].Emails.Count;
            for (var i = 0; i < count; i++)
            {
                var emails = batch[i].Emails;
                for (var e = 0; e < emails.Count; e++) sum += ReadAhead.Last(emails[e]);
            }
            ReadAhead.Keep(sum);
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

        /// <summary>The contacts with an address of this folded address's mailbox name (read in place, not cut out).</summary>
        public ContactBlock WithLocalPartOf(string normalizedEmail) => _byLocalPart.Get(LocalPartKey.OfAddress(normalizedEmail));
        public ContactBlock WithPhone(string significantDigits) => _byPhone.Get(significantDigits);

        /// <summary>
        /// Another active contact carries the entry's number and is another person by its name: another surname, or a given name that
        /// is no form of the entry's (an office line on Zainab's, Ali's and Siti's records, a family phone on John's and Jane's). The
        /// person's own duplicates (John Smith (left), Johnny Smith, J. Smith) say nothing of a shared line (round 74a: they released the
        /// exact-name link of an account with another mobile).
        /// </summary>
        private bool IsLineOfOtherPeople(IndexedContact entry)
        {
            var holders = _byPhone.Get(entry.Phone!);
            if (holders.Count < 2) return false;
            if (entry.CompareNames.Length == 0) return false;
            var mine = entry.CompareNames[0]; // the name keys read notes and marks away ("Smith (left)" is smith)
            for (var i = 0; i < holders.Count; i++)
            {
                var other = holders[i];
                // A leaver's record with the number is the person's old one, or the last holder of a phone handed on: no shared line.
                if (other == entry || !other.Active || other.CompareNames.Length == 0) continue;
                var theirs = other.CompareNames[0];
                if (theirs.First.Length == 0 && theirs.Last.Length == 0) continue;
                // "Smith (Personal)" is a Smith too.
                var sameFamily = theirs.Last.StartsWith(mine.Last, StringComparison.Ordinal) || mine.Last.StartsWith(theirs.Last, StringComparison.Ordinal);
                if (!sameFamily || !MayBeTheSameGivenName(mine.First, theirs.First)) return true;
            }
            return false;
        }

        /// <summary>
        /// Two given names one person may be written under: the same, an initial of the other, one the start of the other (John and
        /// Johnny), or forms the nickname table joins. John and Jane are two people (round 75a: a family phone held John's link back).
        /// </summary>
        private static bool MayBeTheSameGivenName(string a, string b)
        {
            if (a.Length == 0 || b.Length == 0 || a == b) return true;
            if (a.Length == 1 || b.Length == 1) return a[0] == b[0];
            return NameDetails.AreForms(a, b);
        }

        /// <summary>The labelled numbers of a field with several ("07700 900999 / 07700 900123 (wife)"): each one not the contact's own.</summary>
        private void AddUnownedOfSeveral(IndexedContact entry, int position)
        {
            foreach (var number in PhoneNormalizer.EveryNumber(entry.Contact.MobilePhone!))
            {
                var digits = PhoneNormalizer.Significant(number);
                if (digits == null || string.Equals(digits, entry.Phone, StringComparison.Ordinal) || Array.IndexOf(entry.OtherPhones, digits) >= 0) continue;
                _byUnownedTail.Add(PhoneNormalizer.TailKey(digits), position);
            }
        }

        /// <summary>
        /// How many contacts carry the account's number as its own line (<see cref="LinesWith"/>), written the same way or another
        /// (without its '+', with another trunk prefix: found by the last digits, compared as one number), or as a number labelled
        /// as someone else's ("(home)", "husband's"). Counted up to two: more says nothing more.
        /// </summary>
        public int HoldersOf(AccountProfile account, int extension)
        {
            var digits = account.Phone!;
            var count = LinesWith(digits, extension);
            if (count > 1 || digits.Length < PhoneTailDigits) return count;
            var tail = _byPhoneTail.Get(PhoneTail(digits));
            for (var i = 0; i < tail.Count && count < 2; i++)
            {
                var contact = tail[i];
                if (contact.Phone == null || string.Equals(contact.Phone, digits, StringComparison.Ordinal) || Array.IndexOf(contact.OtherPhones, digits) >= 0) continue;
                if (contact.Phone.Length != digits.Length
                        ? PhoneNormalizer.MayBeOneNumber(digits, account.PhoneCountry, contact.Phone, contact.PhoneCountry) ||
                          PhoneNormalizer.SameNumber(account.Account.MobilePhone, contact.Contact.MobilePhone)
                        : PhoneNormalizer.SameWithSevenOrEight(digits, account.PhoneCountry, contact.Phone, contact.PhoneCountry))
                {
                    count++;
                }
            }
            if (count > 1 || _byUnownedTail.BlockCount == 0) return count;
            var unowned = _byUnownedTail.Get(PhoneNormalizer.TailKey(digits));
            var own = PhoneNormalizer.FirstNumber(account.Account.MobilePhone);
            for (var i = 0; i < unowned.Count && count < 2; i++)
            {
                var field = unowned[i].Contact.MobilePhone!;
                if (PhoneNormalizer.MayHoldSeveral(field))
                {
                    foreach (var number in PhoneNormalizer.EveryNumber(field))
                    {
                        if (!PhoneNormalizer.MayBeOneNumber(own, number)) continue;
                        count++;
                        break;
                    }
                }
                else if (PhoneNormalizer.MayBeOneNumber(own, field)) count++;
            }
            return count;
        }

        /// <summary>
        /// How many contacts carry this line: its digits with the same extension, or either without one (two extensions of
        /// one switchboard are two desks' lines, <see cref="PhoneNormalizer.TwoLines"/>).
        /// </summary>
        public int LinesWith(string significantDigits, int extension)
        {
            var block = _byPhone.Get(significantDigits);
            if (extension == 0 || block.Count < 2) return block.Count;
            var lines = 0;
            foreach (var contact in block)
            {
                if (contact.PhoneExtension == 0 || contact.PhoneExtension == extension || !string.Equals(contact.Phone, significantDigits, StringComparison.Ordinal)) lines++;
            }
            return lines;
        }

        /// <summary>Contacts whose number ends with the same <see cref="PhoneTailDigits"/> digits (to be compared number by number).</summary>
        public ContactBlock WithPhoneTail(string significantDigits) =>
            significantDigits.Length < PhoneTailDigits ? default : _byPhoneTail.Get(PhoneTail(significantDigits));

        internal const int PhoneTailDigits = 8;

        private static long PhoneTail(string digits)
        {
            long value = 0;
            for (var i = digits.Length - PhoneTailDigits; i < digits.Length; i++) value = value * 10 + (digits[i] - '0');
            return value;
        }

        /// <summary>Contacts with this first name whose surname of several words has this one among them ("Trapp" for "von Trapp").</summary>
        public ContactBlock WithSurnamePart(NameKey name) => _bySurnamePart.BlockCount == 0 ? default : _bySurnamePart.Get(name);

        /// <summary>Contacts whose whole name of three words or more ends with this key's two (John Paul | Smith and Mohammed | Ali Khan for paul | smith, ali | khan).</summary>
        public ContactBlock WithLastTwoWords(NameKey name) => _byLastTwoWords.BlockCount == 0 ? default : _byLastTwoWords.Get(name);

        /// <summary>Contacts whose names in Cyrillic or Greek romanise to this key (<see cref="Transliteration.Key"/> of a Latin name).</summary>
        public ContactBlock WithRomanised(NameKey key) => _byRomanised.BlockCount == 0 ? default : _byRomanised.Get(key);

        /// <summary>
        /// Contacts whose Latin names have this <see cref="Transliteration.Key"/> (an account in Cyrillic or Greek looks its
        /// romanised name up here). Built when the first such account asks: most runs have none, and keying every Latin
        /// contact costs a string per name. Two Match calls may ask at once; one map wins and both read it.
        /// </summary>
        public ContactBlock WithLatinSkeleton(NameKey key)
        {
            var built = System.Threading.Volatile.Read(ref _byLatinSkeleton);
            if (built == null)
            {
                System.Threading.Interlocked.CompareExchange(ref _byLatinSkeleton, LatinSkeletons(), null);
                built = _byLatinSkeleton!;
            }
            return built.BlockCount == 0 ? default : built.Get(key);
        }

        private ContactBlocks<NameKey, NameKeys>? _byLatinSkeleton;

        private ContactBlocks<NameKey, NameKeys> LatinSkeletons()
        {
            var map = new ContactBlocks<NameKey, NameKeys>(_all.Count, _all.Count);
            for (var position = 0; position < _all.Count; position++)
            {
                foreach (var name in _all[position].CompareNames)
                {
                    if (name.First.Length < 2 || name.Last.Length < 2 || !NameNormalizer.IsAscii(name.First) || !NameNormalizer.IsAscii(name.Last)) continue;
                    map.Add(new NameKey(Transliteration.Key(name.First), Transliteration.Key(name.Last)), position);
                }
            }
            map.Seal(_all);
            return map;
        }

        /// <summary>Some contact's surname is an initial ("Anil | K."): an account's whole surname then looks for it (first name and initial).</summary>
        public bool HasSurnameInitials { get; }

        /// <summary>
        /// Contacts by first name and the initial of a surname of two letters or more (suresh, 'k' for Suresh Kumar): an account whose
        /// surname is an initial ("Suresh K.", "John S.") looks through them. Built when the first such account asks (most runs have
        /// none, and a key per contact is not free at a million); two Match calls may ask at once, one map wins and both read it.
        /// </summary>
        public ContactBlock WithFirstAndLastInitial(string first, char lastInitial)
        {
            var built = System.Threading.Volatile.Read(ref _byFirstAndLastInitial);
            if (built == null)
            {
                System.Threading.Interlocked.CompareExchange(ref _byFirstAndLastInitial, FirstsAndLastInitials(), null);
                built = _byFirstAndLastInitial!;
            }
            return built.BlockCount == 0 ? default : built.Get((first, lastInitial));
        }

        private ContactBlocks<(string, char), LastAndInitialKeys>? _byFirstAndLastInitial;

        private ContactBlocks<(string, char), LastAndInitialKeys> FirstsAndLastInitials()
        {
            var map = new ContactBlocks<(string, char), LastAndInitialKeys>(_all.Count / 4 + 1, _all.Count);
            for (var position = 0; position < _all.Count; position++)
            {
                foreach (var name in _all[position].Names)
                {
                    if (name.First.Length > 1 && name.Last.Length > 1) map.Add((name.First, name.Last[0]), position);
                }
            }
            map.Seal(_all);
            return map;
        }

        /// <summary>Contacts named as this role (<see cref="RoleNameOf"/>), with no person's name.</summary>
        public ContactBlock WithRoleName(string role) => _byRoleName.BlockCount == 0 ? default : _byRoleName.Get(role);

        /// <summary>
        /// A name that names a role or a thing, folded whole ("Reception", "Front Desk", "Accounts Payable"): at least three letters,
        /// and a word of it a role or a description (NameKey.IsDescription). Null for a person's name.
        /// </summary>
        internal static string? RoleNameOf(string? first, string? last)
        {
            var words = NameNormalizer.Normalize((first ?? string.Empty) + " " + (last ?? string.Empty));
            if (words.Length < 3) return null;
            var any = false;
            foreach (var word in words.Split(' '))
            {
                any |= NameKey.IsDescription(word);
            }
            return any ? words.Replace(" ", string.Empty) : null;
        }

        /// <summary>Contacts named by this address's mailbox name, or by an address with it (<see cref="MachineMadeNames.MailboxInName"/>).</summary>
        public ContactBlock WithNameAsMailbox(string normalizedEmail) =>
            _byNameAsMailbox.BlockCount == 0 ? default : _byNameAsMailbox.Get(LocalPartKey.OfAddress(normalizedEmail));

        /// <summary>Some contact's names are in Cyrillic or Greek.</summary>
        public bool HasRomanised => _byRomanised.BlockCount > 0;

        private static readonly char[] NameSeparators = { ' ', '-', '\u2010', '\u2011', '\u00A0', '.' };

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

        private string? _homeDomain;
        private bool _homeDomainKnown;

        /// <summary>
        /// The company's own mail domain as its active contacts show it: the organisation domain (not a personal mailbox, not
        /// onmicrosoft.com) that most active contacts' addresses are at, when it holds more than half of them and two contacts at least;
        /// null otherwise. Read on first use only (an account without an organisation address of its own asks for it).
        /// </summary>
        public string? HomeDomain
        {
            get
            {
                if (_homeDomainKnown) return _homeDomain;
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                var withOrganisation = 0;
                foreach (var contact in _all)
                {
                    // Inactive records (old staff, a partner's leavers) say nothing about the company's domain today.
                    if (!contact.Active) continue;
                    string? counted = null;
                    foreach (var email in contact.Emails)
                    {
                        if (PersonalMailDomains.IsPersonal(email) || PersonalMailDomains.IsTenantDomain(email)) continue;
                        var domain = EmailNormalizer.Domain(email);
                        if (domain == counted) continue;
                        counted ??= domain;
                        counts.TryGetValue(domain, out var n);
                        counts[domain] = n + 1;
                    }
                    if (counted != null) withOrganisation++;
                }
                string? best = null;
                var bestCount = 0;
                foreach (var pair in counts)
                {
                    if (pair.Value > bestCount) (best, bestCount) = (pair.Key, pair.Value);
                }
                _homeDomain = bestCount >= 2 && bestCount * 2 > withOrganisation ? best : null;
                _homeDomainKnown = true;
                return _homeDomain;
            }
        }

    }
}
