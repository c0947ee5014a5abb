using System.Globalization;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Bench.Corpus;

/// <summary>
/// A deterministic, seeded generator of labelled account/contact corpora for one customer company,
/// covering the ways real PSAs and directories disagree: case and plus-tags, emails in a second or third
/// slot, UPN and onmicrosoft.com aliases, old domains, married-name changes, inactive duplicates,
/// personal addresses, missing emails, accents, apostrophes and hyphens, "Last, First", swapped fields,
/// nicknames, initials and typos; and hard negatives: two people with one name, family members sharing
/// a surname and domain, Maria vs Mario. Extra contacts (people who left) have no account.
/// </summary>
internal sealed class CorpusGenerator
{
    private const string Domain = "contoso.com";
    private const string TenantDomain = "contoso.onmicrosoft.com";
    private const string OldDomain = "contoso-old.com";

    // Weights of the cases for an account that has a contact.
    private static readonly (string Case, int Weight)[] ContactCases =
    {
        ("ExactEmail", 520), ("EmailCaseOrTag", 40), ("SecondSlot", 40), ("ThirdSlot", 20), ("UpnOnly", 30),
        ("TenantAlias", 20), ("OldDomainAlias", 30), ("MarriedName", 20), ("InactiveDuplicate", 30), ("InactiveOnly", 10),
        ("PersonalEmailSameName", 40), ("NoEmailSameName", 40), ("FoldedName", 25), ("LastCommaFirst", 20),
        ("Swapped", 15), ("Nickname", 30), ("Initial", 10), ("Typo", 15),
    };

    private readonly Random _random;
    private readonly LabelledCorpus _corpus = new();
    private readonly HashSet<string> _usedAddresses = new(StringComparer.OrdinalIgnoreCase);
    private int _nextContact;

    private CorpusGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public static LabelledCorpus Generate(int accounts, int seed = 20261122, double contactShare = 0.85, double extraContactShare = 0.15)
    {
        var generator = new CorpusGenerator(seed);
        generator.Fill(accounts, contactShare, extraContactShare);
        return generator._corpus;
    }

    private void Fill(int accounts, double contactShare, double extraContactShare)
    {
        var i = 0;
        while (i < accounts)
        {
            var roll = _random.NextDouble();
            if (roll < 0.02 && i + 2 <= accounts) { SameNamePair(ref i); continue; }
            if (roll < 0.04 && i + 2 <= accounts) { FamilyPair(ref i); continue; }
            if (roll < 0.05 && i + 2 <= accounts) { GenderPair(ref i); continue; }

            var person = NewPerson();
            var account = AddAccount(ref i, person);
            if (_random.NextDouble() < contactShare) AddContactFor(account, person, Pick(ContactCases));
            else Label(account, null, "NoContact");
        }

        var extra = (int)(accounts * extraContactShare);
        for (var k = 0; k < extra; k++)
        {
            var person = NewPerson();
            AddContact(person.First, person.Last, Address(person, unique: true), "", "", true);
        }

        // Contacts come back from a PSA in its own order, not ours.
        var shuffled = _corpus.Contacts.OrderBy(_ => _random.Next()).ToList();
        _corpus.Contacts.Clear();
        _corpus.Contacts.AddRange(shuffled);
    }

    private sealed record Person(string First, string Last, string Local);

    private Person NewPerson(string? first = null, string? last = null)
    {
        first ??= _random.NextDouble() < 0.5 ? Pick(NamePools.FemaleFirst) : Pick(NamePools.MaleFirst);
        last ??= Pick(NamePools.Surnames);
        var local = NameNormalizer.Compact(first) + "." + NameNormalizer.Compact(last);
        var candidate = local;
        for (var n = 2; _usedAddresses.Contains(candidate + "@" + Domain); n++) candidate = local + n.ToString(CultureInfo.InvariantCulture);
        _usedAddresses.Add(candidate + "@" + Domain);
        return new Person(first, last, candidate);
    }

    private GeneratedAccount AddAccount(ref int index, Person person, string? proxiesExtra = null, string? lastOverride = null)
    {
        index++;
        var id = "qp-" + index.ToString("D6", CultureInfo.InvariantCulture);
        var last = lastOverride ?? person.Last;
        var email = person.Local + "@" + Domain;
        var upnLocal = (NameNormalizer.Compact(person.First).Substring(0, 1) + NameNormalizer.Compact(last)) + index.ToString(CultureInfo.InvariantCulture);
        var upn = upnLocal + "@" + Domain;
        var proxies = "SMTP:" + email + ";smtp:" + upnLocal + "@" + TenantDomain + (proxiesExtra == null ? "" : ";" + proxiesExtra);
        var display = _random.NextDouble() < 0.1 ? last + ", " + person.First : person.First + " " + last;
        var account = new GeneratedAccount(id, display, person.First, last, email, upn, proxies, Mobile());
        _corpus.Accounts.Add(account);
        return account;
    }

    private void AddContactFor(GeneratedAccount account, Person person, string kind)
    {
        var work = account.Email;
        var personal = NameNormalizer.Compact(person.First) + NameNormalizer.Compact(person.Last) + _random.Next(10, 99).ToString(CultureInfo.InvariantCulture) + "@gmail.com";
        string id;
        switch (kind)
        {
            case "EmailCaseOrTag":
                id = AddContact(person.First, person.Last, _random.NextDouble() < 0.5 ? work.ToUpperInvariant() : person.Local + "+psa@" + Domain, "", "", true);
                break;
            case "SecondSlot":
                id = AddContact(person.First, person.Last, personal, work, "", true);
                break;
            case "ThirdSlot":
                id = AddContact(person.First, person.Last, personal, "", work, true);
                break;
            case "UpnOnly":
                id = AddContact(person.First, person.Last, account.Upn, "", "", true);
                break;
            case "TenantAlias":
                id = AddContact(person.First, person.Last, account.ProxyAddresses.Split(';')[1].Substring(5), "", "", true);
                break;
            case "OldDomainAlias":
            {
                // The PSA still has the address from before the rebrand; Exchange kept it as a proxy.
                var old = person.Local + "@" + OldDomain;
                ReplaceLastAccount(account with { ProxyAddresses = account.ProxyAddresses + ";smtp:" + old });
                id = AddContact(person.First, person.Last, old, "", "", true);
                break;
            }
            case "MarriedName":
            {
                // The contact has the maiden name and old address; the account the new name, the old address as a proxy.
                var newLast = Pick(NamePools.Surnames);
                var newLocal = person.Local.Replace(NameNormalizer.Compact(person.Last), NameNormalizer.Compact(newLast));
                var newEmail = newLocal + "@" + Domain;
                if (!_usedAddresses.Add(newEmail)) goto default;
                ReplaceLastAccount(account with
                {
                    LastName = newLast, DisplayName = person.First + " " + newLast, Email = newEmail,
                    ProxyAddresses = "SMTP:" + newEmail + ";smtp:" + work + ";" + account.ProxyAddresses.Split(';')[1],
                });
                id = AddContact(person.First, person.Last, work, "", "", true);
                break;
            }
            case "InactiveDuplicate":
                AddContact(person.First, person.Last, work, "", "", false);
                id = AddContact(person.First, person.Last, work, "", "", true);
                break;
            case "InactiveOnly":
                id = AddContact(person.First, person.Last, work, "", "", false);
                break;
            case "PersonalEmailSameName":
                id = AddContact(person.First, person.Last, personal, "", "", true);
                break;
            case "NoEmailSameName":
                id = AddContact(person.First, person.Last, "", "", "", true);
                break;
            case "FoldedName":
                // The PSA has the ASCII spelling ("Zoe Nguyen", "OBrien", "Smith Jones") and no email.
                id = AddContact(Ascii(person.First), Ascii(person.Last), "", "", "", true);
                break;
            case "LastCommaFirst":
                id = AddContact(person.Last + ", " + person.First, "", personal, "", "", true);
                break;
            case "Swapped":
                id = AddContact(person.Last, person.First, "", "", "", true);
                break;
            case "Nickname":
            {
                var nick = NicknameTable.Default.EquivalentsOf(person.First).OrderBy(n => n, StringComparer.Ordinal).ToList();
                if (nick.Count == 0) goto default;
                id = AddContact(Capitalise(nick[_random.Next(nick.Count)]), person.Last, personal, "", "", true);
                break;
            }
            case "Initial":
                id = AddContact(person.First.Substring(0, 1), person.Last, "", "", "", true);
                break;
            case "Typo":
            {
                var typo = Typo(person.Last);
                if (typo == null) goto default;
                id = AddContact(person.First, typo, "", "", "", true);
                break;
            }
            default:
                kind = "ExactEmail";
                id = AddContact(person.First, person.Last, work, "", "", true);
                break;
        }
        Label(account, id, kind);
    }

    /// <summary>Two different people with one name: one has a contact (with their own address), the other none.</summary>
    private void SameNamePair(ref int index)
    {
        var first = NewPerson();
        var second = NewPerson(first.First, first.Last);
        var a = AddAccount(ref index, first);
        AddContactFor(a, first, "ExactEmail");
        Label(AddAccount(ref index, second), null, "SameNameOtherPerson");
    }

    /// <summary>Family members: same surname and domain, different given names; only one has a contact.</summary>
    private void FamilyPair(ref int index)
    {
        var first = NewPerson();
        var other = (NamePools.FemaleFirst.Contains(first.First) ? NamePools.MaleFirst : NamePools.FemaleFirst);
        var second = NewPerson(Pick(other), first.Last);
        var a = AddAccount(ref index, first);
        AddContactFor(a, first, _random.NextDouble() < 0.5 ? "ExactEmail" : "NoEmailSameName");
        Label(AddAccount(ref index, second), null, "FamilyMember");
    }

    /// <summary>Maria and Mario Rossi: only Mario has a contact, without an email.</summary>
    private void GenderPair(ref int index)
    {
        var (withContact, without) = NamePools.GenderPairs[_random.Next(NamePools.GenderPairs.Length)];
        if (_random.NextDouble() < 0.5) (withContact, without) = (without, withContact);
        var last = Pick(NamePools.Surnames);
        var first = NewPerson(withContact, last);
        var second = NewPerson(without, last);
        var a = AddAccount(ref index, first);
        AddContactFor(a, first, "NoEmailSameName");
        Label(AddAccount(ref index, second), null, "GenderPair");
    }

    private string AddContact(string first, string last, string email, string email2, string email3, bool active)
    {
        var id = "c-" + (++_nextContact).ToString("D7", CultureInfo.InvariantCulture);
        _corpus.Contacts.Add(new GeneratedContact(id, "contoso", first, last, email, email2, email3, Mobile(), active));
        return id;
    }

    private string Address(Person person, bool unique) => person.Local + "@" + (unique ? Domain : OldDomain);

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

    private static string Ascii(string name)
    {
        var folded = NameNormalizer.Normalize(name);
        return string.Join(" ", folded.Split(' ').Select(Capitalise));
    }

    private static string Capitalise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    private string Mobile() => _random.Next(4) switch
    {
        0 => "+1 206 555 " + _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
        1 => "(425) 555-" + _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
        2 => "07700 9" + _random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture),
        _ => "",
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

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
}
