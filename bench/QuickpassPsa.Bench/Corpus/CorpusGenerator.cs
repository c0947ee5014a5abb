using System.Globalization;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Corpus;

/// <summary>
/// A deterministic, seeded generator of labelled account/contact corpora for one customer company,
/// covering the ways real PSAs and directories disagree: case and plus-tags, emails in a second or third
/// slot, UPN and onmicrosoft.com aliases, old domains, married-name changes, inactive duplicates,
/// personal addresses, missing emails, accents, apostrophes and hyphens, "Last, First", swapped fields,
/// nicknames, initials and typos, typos inside addresses and domains, blank first or last names, mobiles
/// in other formats; and hard negatives: two people with one name, family members sharing a surname, a
/// domain or a phone, Maria vs Mario, shared mailboxes, people who left with a new namesake, noise rows.
/// Extra contacts (people who left) have no account. Names follow heavy-tailed frequencies
/// (<see cref="NameFrequencies"/>). The mix of cases is a <see cref="CaseMix"/>.
/// </summary>
internal sealed class CorpusGenerator
{
    private const string Domain = "contoso.com";
    private const string TenantDomain = "contoso.onmicrosoft.com";
    private const string PartnerDomain = "fabrikam.com";
    private const string OldDomain = "contoso-old.com";

    private static readonly string[] AreaCodes = { "206", "425", "253", "360", "503", "415", "212", "646", "312", "617" };

    private readonly Random _random;
    private readonly CaseMix _mix;
    private readonly LabelledCorpus _corpus = new();
    private readonly HashSet<string> _usedAddresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _usedPhones = new(StringComparer.Ordinal);
    private int _nextContact;

    private CorpusGenerator(int seed, CaseMix mix)
    {
        _random = new Random(seed);
        _mix = mix;
    }

    public static LabelledCorpus Generate(int accounts, int seed = 20261122, double contactShare = 0.85, double extraContactShare = 0.15, CaseMix? mix = null)
    {
        var generator = new CorpusGenerator(seed, mix ?? CaseMix.Tuning);
        generator.Fill(accounts, contactShare, extraContactShare);
        return generator._corpus;
    }

    private void Fill(int accounts, double contactShare, double extraContactShare)
    {
        var i = 0;
        while (i < accounts)
        {
            var group = PickGroup();
            if (group != null && i + 2 <= accounts)
            {
                AddGroup(group, ref i);
                continue;
            }

            var person = NewPerson();
            var account = AddAccount(ref i, person);
            if (_random.NextDouble() < contactShare) AddContactFor(account, person, Pick(_mix.ContactCases));
            else Label(account, null, "NoContact");
        }

        var extra = (int)(accounts * extraContactShare);
        for (var k = 0; k < extra; k++)
        {
            var person = NewPerson();
            AddContact(person.First, person.Last, Address(person, unique: true), "", "", true, ContactMobile(person, null));
        }

        // Contacts come back from a PSA in its own order, not ours.
        var shuffled = _corpus.Contacts.OrderBy(_ => _random.Next()).ToList();
        _corpus.Contacts.Clear();
        _corpus.Contacts.AddRange(shuffled);
    }

    /// <summary>A person: names, mailbox name, and mobile as ten national digits (empty when none).</summary>
    private sealed record Person(string First, string Last, string Local, string Phone);

    private Person NewPerson(string? first = null, string? last = null, string? phone = null)
    {
        first ??= _random.NextDouble() < 0.5 ? NameFrequencies.FemaleFirst.Pick(_random) : NameFrequencies.MaleFirst.Pick(_random);
        last ??= NameFrequencies.Surnames.Pick(_random);
        var local = NameNormalizer.Compact(first) + "." + NameNormalizer.Compact(last);
        var candidate = local;
        for (var n = 2; _usedAddresses.Contains(candidate + "@" + Domain); n++) candidate = local + n.ToString(CultureInfo.InvariantCulture);
        _usedAddresses.Add(candidate + "@" + Domain);
        return new Person(first, last, candidate, phone ?? NewPhone());
    }

    /// <summary>A fresh number (70% of people have one): ten digits, never handed out twice by chance.</summary>
    private string NewPhone()
    {
        if (_random.NextDouble() >= 0.7) return "";
        while (true)
        {
            var phone = AreaCodes[_random.Next(AreaCodes.Length)] + _random.Next(2_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
            if (_usedPhones.Add(phone)) return phone;
        }
    }

    /// <summary>A number as people type it: +1 206 555 0123, (206) 555-0123, 206.555.0123, 1-206-555-0123 x12.</summary>
    private string Format(string phone)
    {
        if (phone.Length == 0) return "";
        var (area, exchange, line) = (phone.Substring(0, 3), phone.Substring(3, 3), phone.Substring(6));
        return _random.Next(5) switch
        {
            0 => "+1 " + area + " " + exchange + " " + line,
            1 => "(" + area + ") " + exchange + "-" + line,
            2 => area + "." + exchange + "." + line,
            3 => "+1" + phone,
            _ => "1-" + area + "-" + exchange + "-" + line + " x" + _random.Next(10, 99).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The mobile a contact carries: the person's own (half the time, often typed differently), nothing,
    /// or now and then an older number. <paramref name="forced"/> when the case needs a given number.
    /// </summary>
    private string ContactMobile(Person person, string? forced)
    {
        if (forced != null) return Format(forced);
        var roll = _random.NextDouble();
        if (roll < 0.5) return Format(person.Phone);
        if (roll < 0.55) return Format(NewPhone());
        return "";
    }

    private GeneratedAccount AddAccount(ref int index, Person person, string? lastOverride = null)
    {
        index++;
        var id = "qp-" + index.ToString("D6", CultureInfo.InvariantCulture);
        var last = lastOverride ?? person.Last;
        var email = person.Local + "@" + Domain;
        var upnLocal = (NameNormalizer.Compact(person.First).Substring(0, 1) + NameNormalizer.Compact(last)) + index.ToString(CultureInfo.InvariantCulture);
        var upn = upnLocal + "@" + Domain;
        var proxies = "SMTP:" + email + ";smtp:" + upnLocal + "@" + TenantDomain;
        var display = _random.NextDouble() < 0.1 ? last + ", " + person.First : person.First + " " + last;
        var account = new GeneratedAccount(id, display, person.First, last, email, upn, proxies, Format(person.Phone));
        _corpus.Accounts.Add(account);
        return account;
    }

    private void AddContactFor(GeneratedAccount account, Person person, string kind)
    {
        var work = account.Email;
        var personal = NameNormalizer.Compact(person.First) + NameNormalizer.Compact(person.Last) + _random.Next(10, 99).ToString(CultureInfo.InvariantCulture) + "@gmail.com";
        var mobile = ContactMobile(person, null);
        string id;
        switch (kind)
        {
            case "EmailCaseOrTag":
                id = AddContact(person.First, person.Last, _random.NextDouble() < 0.5 ? work.ToUpperInvariant() : person.Local + "+psa@" + Domain, "", "", true, mobile);
                break;
            case "SecondSlot":
                id = AddContact(person.First, person.Last, personal, work, "", true, mobile);
                break;
            case "ThirdSlot":
                id = AddContact(person.First, person.Last, personal, "", work, true, mobile);
                break;
            case "UpnOnly":
                id = AddContact(person.First, person.Last, account.Upn, "", "", true, mobile);
                break;
            case "TenantAlias":
                id = AddContact(person.First, person.Last, account.ProxyAddresses.Split(';')[1].Substring(5), "", "", true, mobile);
                break;
            case "OldDomainAlias":
            {
                // The PSA still has the address from before the rebrand; Exchange kept it as a proxy.
                var old = person.Local + "@" + OldDomain;
                ReplaceLastAccount(account with { ProxyAddresses = account.ProxyAddresses + ";smtp:" + old });
                id = AddContact(person.First, person.Last, old, "", "", true, mobile);
                break;
            }
            case "MarriedName":
            {
                // The contact has the maiden name and old address; the account the new name, the old address as a proxy.
                var newLast = NameFrequencies.Surnames.Pick(_random);
                var newLocal = person.Local.Replace(NameNormalizer.Compact(person.Last), NameNormalizer.Compact(newLast));
                var newEmail = newLocal + "@" + Domain;
                if (!_usedAddresses.Add(newEmail)) goto default;
                ReplaceLastAccount(account with
                {
                    LastName = newLast, DisplayName = person.First + " " + newLast, Email = newEmail,
                    ProxyAddresses = "SMTP:" + newEmail + ";smtp:" + work + ";" + account.ProxyAddresses.Split(';')[1],
                });
                id = AddContact(person.First, person.Last, work, "", "", true, mobile);
                break;
            }
            case "MarriedMobile":
            {
                // Married and the directory moved on (new name, new address, the old one gone), but the PSA
                // contact still has the maiden name, a personal address and the unchanged mobile.
                if (person.Phone.Length == 0) goto case "MarriedName";
                var newLast = NameFrequencies.Surnames.Pick(_random);
                var newLocal = person.Local.Replace(NameNormalizer.Compact(person.Last), NameNormalizer.Compact(newLast));
                var newEmail = newLocal + "@" + Domain;
                if (newLast == person.Last || !_usedAddresses.Add(newEmail)) goto default;
                ReplaceLastAccount(account with
                {
                    LastName = newLast, DisplayName = person.First + " " + newLast, Email = newEmail,
                    ProxyAddresses = "SMTP:" + newEmail + ";" + account.ProxyAddresses.Split(';')[1],
                });
                id = AddContact(person.First, person.Last, _random.NextDouble() < 0.5 ? personal : "", "", "", true, ContactMobile(person, person.Phone));
                break;
            }
            case "InactiveDuplicate":
                AddContact(person.First, person.Last, work, "", "", false, mobile);
                id = AddContact(person.First, person.Last, work, "", "", true, mobile);
                break;
            case "InactiveOnly":
                id = AddContact(person.First, person.Last, work, "", "", false, mobile);
                break;
            case "PersonalEmailSameName":
                id = AddContact(person.First, person.Last, personal, "", "", true, mobile);
                break;
            case "NoEmailSameName":
                id = AddContact(person.First, person.Last, "", "", "", true, mobile);
                break;
            case "FoldedName":
                // The PSA has the ASCII spelling ("Zoe Nguyen", "OBrien", "Smith Jones") and no email.
                id = AddContact(Ascii(person.First), Ascii(person.Last), "", "", "", true, mobile);
                break;
            case "LastCommaFirst":
                id = AddContact(person.Last + ", " + person.First, "", personal, "", "", true, mobile);
                break;
            case "Swapped":
                id = AddContact(person.Last, person.First, "", "", "", true, mobile);
                break;
            case "SwappedPersonalEmail":
                id = AddContact(person.Last, person.First, personal, "", "", true, mobile);
                break;
            case "Nickname":
            case "NicknameMobile":
            {
                var nick = NicknameTable.Default.EquivalentsOf(person.First).OrderBy(n => n, StringComparer.Ordinal).ToList();
                if (nick.Count == 0 || (kind == "NicknameMobile" && person.Phone.Length == 0)) goto default;
                id = AddContact(Capitalise(nick[_random.Next(nick.Count)]), person.Last, personal, "", "",
                    true, kind == "NicknameMobile" ? ContactMobile(person, person.Phone) : mobile);
                break;
            }
            case "Initial":
                id = AddContact(person.First.Substring(0, 1), person.Last, "", "", "", true, mobile);
                break;
            case "Typo":
            {
                var typo = Typo(person.Last);
                if (typo == null) goto default;
                id = AddContact(person.First, typo, "", "", "", true, mobile);
                break;
            }
            case "EmailTypo":
            {
                // A slip typed into the PSA: missing dot, swapped letters, a wrong, missing or extra letter, or two.
                var typo = EmailTypo(person.Local, Domain, inDomain: false);
                if (typo == null) goto default;
                id = AddContact(person.First, person.Last, typo, "", "", true, mobile);
                break;
            }
            case "DomainTypo":
            {
                var typo = EmailTypo(person.Local, Domain, inDomain: true);
                if (typo == null) goto default;
                id = AddContact(person.First, person.Last, typo, "", "", true, mobile);
                break;
            }
            case "EmailTypoNickname":
            {
                var nick = NicknameTable.Default.EquivalentsOf(person.First).OrderBy(n => n, StringComparer.Ordinal).ToList();
                var typo = EmailTypo(person.Local, Domain, inDomain: _random.NextDouble() < 0.3);
                if (nick.Count == 0 || typo == null) goto default;
                id = AddContact(Capitalise(nick[_random.Next(nick.Count)]), person.Last, typo, "", "", true, mobile);
                break;
            }
            case "EmailTypoNoName":
            {
                // Created from an email by a ticket: no name at all, and the address mistyped.
                var typo = EmailTypo(person.Local, Domain, inDomain: _random.NextDouble() < 0.3);
                if (typo == null) goto default;
                id = AddContact("", "", typo, "", "", true, mobile);
                break;
            }
            case "BlankFirstName":
                id = AddContact("", person.Last, _random.NextDouble() < 0.5 ? personal : "", "", "", true, mobile);
                break;
            case "BlankLastName":
                id = AddContact(person.First, "", _random.NextDouble() < 0.5 ? personal : "", "", "", true, mobile);
                break;
            default:
                kind = "ExactEmail";
                id = AddContact(person.First, person.Last, work, "", "", true, mobile);
                break;
        }
        Label(account, id, kind);
    }

    private void AddGroup(string group, ref int index)
    {
        switch (group)
        {
            case "SameNamePair":
            {
                // Two different people with one name: one has a contact (with their own address), the other none.
                var first = NewPerson();
                var second = NewPerson(first.First, first.Last);
                var a = AddAccount(ref index, first);
                AddContactFor(a, first, "ExactEmail");
                Label(AddAccount(ref index, second), null, "SameNameOtherPerson");
                break;
            }
            case "FamilyPair":
            {
                // Family members: same surname and domain, different given names; only one has a contact.
                var first = NewPerson();
                var second = NewPerson(OtherGender(first.First), first.Last);
                var a = AddAccount(ref index, first);
                AddContactFor(a, first, _random.NextDouble() < 0.5 ? "ExactEmail" : "NoEmailSameName");
                Label(AddAccount(ref index, second), null, "FamilyMember");
                break;
            }
            case "FamilyPhone":
            {
                // Family members on one phone: both accounts carry it, the one contact too; the number proves nothing.
                var first = NewPerson();
                var phone = first.Phone.Length > 0 ? first.Phone : NewPhone();
                first = first with { Phone = phone };
                var second = NewPerson(OtherGender(first.First), first.Last, phone);
                var a = AddAccount(ref index, first);
                var id = AddContact(first.First, first.Last, _random.NextDouble() < 0.5 ? first.Local + "@" + Domain : "", "", "", true, ContactMobile(first, phone));
                Label(a, id, "FamilyPhoneOwner");
                Label(AddAccount(ref index, second), null, "FamilyPhoneOther");
                break;
            }
            case "GenderPair":
            case "RelativeSharedPhone":
            {
                // Maria and Mario Rossi: only Mario has a contact, without an email (and, for relatives, one shared phone).
                var (withContact, without) = NamePools.GenderPairs[_random.Next(NamePools.GenderPairs.Length)];
                if (_random.NextDouble() < 0.5) (withContact, without) = (without, withContact);
                var last = NameFrequencies.Surnames.Pick(_random);
                var first = NewPerson(withContact, last);
                var shared = group == "RelativeSharedPhone" ? (first.Phone.Length > 0 ? first.Phone : NewPhone()) : null;
                if (shared != null) first = first with { Phone = shared };
                var second = NewPerson(without, last, shared);
                var a = AddAccount(ref index, first);
                var id = AddContact(first.First, first.Last, "", "", "", true, ContactMobile(first, shared));
                Label(a, id, group == "GenderPair" ? "NoEmailSameName" : "RelativeSharedPhoneOwner");
                Label(AddAccount(ref index, second), null, group);
                break;
            }
            case "SharedMailbox":
            {
                // A shared mailbox (frontdesk@) on two people's accounts and in two PSA contacts, each with its own name.
                var box = "frontdesk" + _random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + "@" + Domain;
                if (!_usedAddresses.Add(box)) goto case "SameNamePair";
                for (var k = 0; k < 2; k++)
                {
                    var person = NewPerson();
                    var account = AddAccount(ref index, person);
                    ReplaceLastAccount(account with { ProxyAddresses = account.ProxyAddresses + ";smtp:" + box });
                    var id = AddContact(person.First, person.Last, box, "", "", true, ContactMobile(person, null));
                    Label(_corpus.Accounts[^1], id, "SharedMailbox");
                }
                break;
            }
            case "LeftNamesake":
            case "LeftNamesakeNewContact":
            {
                // Someone left (inactive contact, no account); a namesake joined. With or without a contact of their own.
                var left = NewPerson();
                AddContact(left.First, left.Last, left.Local + "@" + Domain, "", "", false, ContactMobile(left, null));
                var joined = NewPerson(left.First, left.Last);
                var account = AddAccount(ref index, joined);
                if (group == "LeftNamesakeNewContact") Label(account, AddContact(joined.First, joined.Last, account.Email, "", "", true, ContactMobile(joined, null)), group);
                else Label(account, null, group);
                // The second slot of the pair: an ordinary person, so that a group costs two accounts like the others.
                var person = NewPerson();
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
            case "ReassignedAddress":
            {
                // A leaver's address given to a new hire: the leaver's contact still has it, under the leaver's name.
                var left = NewPerson();
                var joined = NewPerson();
                AddContact(left.First, left.Last, left.Local + "@" + Domain, "", "", true, ContactMobile(left, null));
                var account = AddAccount(ref index, joined);
                ReplaceLastAccount(account with { Email = left.Local + "@" + Domain, ProxyAddresses = "SMTP:" + left.Local + "@" + Domain + ";" + account.ProxyAddresses.Split(';')[1] });
                Label(_corpus.Accounts[^1], null, group);
                var person = NewPerson();
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
            case "HandedOnPhone":
            {
                // A company mobile handed to a colleague with the same first name; the leaver's contact keeps the number.
                var left = NewPerson();
                var phone = left.Phone.Length > 0 ? left.Phone : NewPhone();
                if (phone.Length == 0) goto case "SameNamePair";
                AddContact(left.First, left.Last, "", "", "", true, ContactMobile(left, phone));
                var joined = NewPerson(left.First, null, phone);
                if (joined.Last == left.Last) goto case "SameNamePair";
                Label(AddAccount(ref index, joined), null, group);
                var person = NewPerson();
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
            case "FamilyNicknamePhone":
            {
                // Samuel and Samantha Rossi share the family phone; Samuel has a contact, Samantha's account says "Sam".
                var (formal, other, nick) = NamePools.SharedNicknames[_random.Next(NamePools.SharedNicknames.Length)];
                var last = NameFrequencies.Surnames.Pick(_random);
                var phone = NewPhone();
                if (phone.Length == 0) goto case "SameNamePair";
                var contactPerson = NewPerson(formal, last, phone);
                AddContact(contactPerson.First, contactPerson.Last, "", "", "", true, ContactMobile(contactPerson, phone));
                Label(AddAccount(ref index, NewPerson(nick, last, phone)), null, group);
                var person = NewPerson(other);
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
            case "NamesakeMailbox":
            {
                // Two John Smiths: the one with a contact left; the new one's mailbox has a middle initial.
                var left = NewPerson();
                AddContact(left.First, left.Last, left.Local + "@" + Domain, "", "", true, ContactMobile(left, null));
                var initial = (char)('a' + _random.Next(26));
                var local = NameNormalizer.Compact(left.First) + "." + initial + "." + NameNormalizer.Compact(left.Last);
                if (!_usedAddresses.Add(local + "@" + Domain)) goto case "SameNamePair";
                var joined = new Person(left.First, left.Last, local, NewPhone());
                Label(AddAccount(ref index, joined), null, group);
                var person = NewPerson();
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
            case "GuestNamesake":
            {
                // A B2B guest from a partner with a namesake on the customer's staff.
                var staff = NewPerson();
                AddContact(staff.First, staff.Last, staff.Local + "@" + Domain, "", "", true, ContactMobile(staff, null));
                index++;
                var id = "qp-" + index.ToString("D6", CultureInfo.InvariantCulture);
                var home = staff.Local + "@" + PartnerDomain;
                var upn = staff.Local + "_" + PartnerDomain + "#EXT#@" + TenantDomain;
                var guest = new GeneratedAccount(id, staff.First + " " + staff.Last, staff.First, staff.Last, home, upn, "SMTP:" + home, "");
                _corpus.Accounts.Add(guest);
                Label(guest, null, group);
                var person = NewPerson();
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
            case "NoiseRow":
            {
                // Rows that are not people: a room, a scanner, a test user, on both sides.
                string[] things = { "Conference Room", "Scanner", "Test User", "Front Desk", "Accounts Payable", "Boardroom", "Printer", "Service Account" };
                var thing = things[_random.Next(things.Length)];
                var n = _random.Next(1, 99).ToString(CultureInfo.InvariantCulture);
                var local = NameNormalizer.Compact(thing) + n;
                if (!_usedAddresses.Add(local + "@" + Domain)) goto case "SameNamePair";
                index++;
                var id = "qp-" + index.ToString("D6", CultureInfo.InvariantCulture);
                var account = new GeneratedAccount(id, thing + " " + n, _random.NextDouble() < 0.5 ? thing : "", "", local + "@" + Domain, local + "@" + Domain, "SMTP:" + local + "@" + Domain, "");
                _corpus.Accounts.Add(account);
                Label(account, null, "NoiseRow");
                AddContact(thing, "", "", "", "", true, "");
                AddContact("", "", NameNormalizer.Compact(thing) + "@" + Domain, "", "", true, "");
                var person = NewPerson();
                AddContactFor(AddAccount(ref index, person), person, "ExactEmail");
                break;
            }
        }
    }

    private string OtherGender(string first) =>
        NamePools.FemaleFirst.Contains(first) ? NameFrequencies.MaleFirst.Pick(_random) : NameFrequencies.FemaleFirst.Pick(_random);

    private string AddContact(string first, string last, string email, string email2, string email3, bool active, string mobile)
    {
        var id = "c-" + (++_nextContact).ToString("D7", CultureInfo.InvariantCulture);
        _corpus.Contacts.Add(new GeneratedContact(id, "contoso", first, last, email, email2, email3, mobile, active));
        return id;
    }

    private static string Address(Person person, bool unique) => person.Local + "@" + (unique ? Domain : OldDomain);

    private void Label(GeneratedAccount account, string? contactId, string kind)
    {
        _corpus.Truth[account.Id] = contactId;
        _corpus.CaseOf[account.Id] = kind;
        _corpus.Cases[kind] = _corpus.Cases.TryGetValue(kind, out var n) ? n + 1 : 1;
    }

    private void ReplaceLastAccount(GeneratedAccount account) => _corpus.Accounts[^1] = account;

    /// <summary>One slip in a surname of at least six letters, the first letter kept.</summary>
    private string? Typo(string last)
    {
        if (last.Length < 6 || last.Any(c => !char.IsAsciiLetter(c))) return null;
        var chars = last.ToCharArray();
        var at = _random.Next(2, chars.Length - 1);
        (chars[at], chars[at - 1]) = (chars[at - 1], chars[at]);
        var typo = new string(chars);
        return typo == last ? null : typo;
    }

    /// <summary>
    /// The address with one slip (sometimes two) in the mailbox name or in the domain: a dot dropped, two
    /// letters swapped, a letter wrong, missing or doubled. Null when the result is taken or unchanged.
    /// </summary>
    private string? EmailTypo(string local, string domain, bool inDomain)
    {
        var text = inDomain ? domain.Substring(0, domain.LastIndexOf('.')) : local;
        var edits = _random.NextDouble() < 0.2 ? 2 : 1;
        for (var e = 0; e < edits; e++) text = Slip(text);
        var address = inDomain ? local + "@" + text + domain.Substring(domain.LastIndexOf('.')) : text + "@" + domain;
        if (text.Length < 2 || address == local + "@" + domain || !_usedAddresses.Add(address)) return null;
        return address;
    }

    private string Slip(string text)
    {
        var dot = text.IndexOf('.');
        if (dot > 0 && _random.NextDouble() < 0.3) return text.Remove(dot, 1);
        var at = _random.Next(1, text.Length);
        switch (_random.Next(4))
        {
            case 0:
                var chars = text.ToCharArray();
                (chars[at], chars[at - 1]) = (chars[at - 1], chars[at]);
                return new string(chars);
            case 1:
                return text.Remove(at, 1);
            case 2:
                return text.Insert(at, text[at].ToString());
            default:
                return text.Substring(0, at) + (char)('a' + _random.Next(26)) + text.Substring(at + 1);
        }
    }

    private static string Ascii(string name)
    {
        var folded = NameNormalizer.Normalize(name);
        return string.Join(" ", folded.Split(' ').Select(Capitalise));
    }

    private static string Capitalise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    private string Pick((string Case, int Weight)[] weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = _random.Next(total);
        foreach (var (kind, weight) in weighted)
        {
            if (roll < weight) return kind;
            roll -= weight;
        }
        return weighted[0].Case;
    }

    /// <summary>A group of accounts (a hard negative or a pair) this time, or null for one ordinary person.</summary>
    private string? PickGroup()
    {
        var roll = _random.NextDouble();
        foreach (var (group, share) in _mix.Groups)
        {
            if (roll < share) return group;
            roll -= share;
        }
        return null;
    }
}
