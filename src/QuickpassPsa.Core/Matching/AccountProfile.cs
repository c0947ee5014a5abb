using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// An account's folded addresses and names, made for one account's matching and dropped after it.
    /// The matcher uses one per thread, reset for each account (<see cref="Reuse"/>): its arrays come from
    /// per-length caches, so matching an account leaves no garbage between the results that stay (the
    /// costly kind for the garbage collector, which must then move every survivor).
    /// </summary>
    internal sealed class AccountProfile
    {
        /// <summary>A profile of its own (tests, one-off comparisons).</summary>
        public AccountProfile(Account account, int order)
        {
            _fresh = true;
            Fill(account, order);
        }

        private AccountProfile()
        {
        }

        [ThreadStatic] private static AccountProfile? _current;

        /// <summary>
        /// This thread's profile, refilled for the account: valid until the next call on the thread, which
        /// the matcher only makes once it is done with the previous account.
        /// </summary>
        public static AccountProfile Reuse(Account account, int order)
        {
            var profile = _current ??= new AccountProfile();
            profile.Fill(account, order);
            return profile;
        }

        private readonly bool _fresh;
        private readonly ArrayCache<string> _addressArrays = new ArrayCache<string>();
        private readonly ArrayCache<string> _domainArrays = new ArrayCache<string>();
        private readonly ArrayCache<NameKey> _nameArrays = new ArrayCache<NameKey>();
        private readonly ArrayCache<NameKey> _compareArrays = new ArrayCache<NameKey>();

        private void Fill(Account account, int order)
        {
            Account = account;
            Order = order;
            Primary = EmailNormalizer.Normalize(account.Email);
            var addresses = _addresses ??= new List<string>(8);
            addresses.Clear();
            AddAddress(addresses, account.Email);
            AddAddress(addresses, account.UserPrincipalName);
            AddAddress(addresses, GuestHomeAddress(account.UserPrincipalName));
            // By index: foreach over the interface boxed an enumerator for every account.
            var proxies = account.ProxyAddresses;
            for (var i = 0; i < proxies.Count; i++)
            {
                var proxy = proxies[i];
                AddAddress(addresses, proxy.Address);
                if (Primary == null && proxy.IsPrimary) Primary = EmailNormalizer.Normalize(proxy.Address);
            }
            Addresses = Copy(addresses, _addressArrays);
            Names = Copy(NameKey.ForAccountScratch(account, out var fromAddress), _nameArrays);
            NamesFromAddress = fromAddress;
            IsGuest = account.UserPrincipalName != null && account.UserPrincipalName.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase) >= 0;

            // One address per distinct domain, the domain compared in place (HasDomainOf): no string per domain.
            var withDomain = _domains ??= new List<string>(8);
            withDomain.Clear();
            foreach (var address in addresses)
            {
                if (!HasDomainOf(withDomain, address)) withDomain.Add(address);
            }
            _domainAddresses = Copy(withDomain, _domainArrays);
            // "07700 900123 / 01632 960000": the first number of a field that holds two.
            Phone = PhoneNormalizer.Significant(PhoneNormalizer.FirstNumber(account.MobilePhone), out var country, out var extension, out var national);
            PhoneCountry = country;
            PhoneNational = national;
            PhoneExtension = extension;
            // One name and no family name ("Kyaw Zin" in the first-name field alone): also the whole name in one field, as the contact
            // carries it ("Kyaw Zin" | "-").
            var single = SingleName = SingleNames.Of(account);
            var wholeSingle = single == null ? default : new NameKey(single, string.Empty);
            if (Names.Length > 0 && (single == null || Array.IndexOf(Names, wholeSingle) >= 0))
            {
                CompareNames = Names;
            }
            else if (Names.Length > 0)
            {
                var more = _fresh ? new NameKey[Names.Length + 1] : _compareArrays.OfLength(Names.Length + 1);
                Array.Copy(Names, more, Names.Length);
                more[Names.Length] = wholeSingle;
                CompareNames = more;
            }
            else
            {
                var only = single != null ? wholeSingle : new NameKey(NameNormalizer.Compact(account.FirstName), NameNormalizer.Compact(account.LastName));
                var one = _fresh ? new NameKey[1] : _compareArrays.OfLength(1);
                one[0] = only;
                CompareNames = one;
            }
        }

        private T[] Copy<T>(List<T> items, ArrayCache<T> cache)
        {
            var array = _fresh ? new T[items.Count] : cache.OfLength(items.Count);
            items.CopyTo(array);
            return array;
        }

        /// <summary>One array per length, reused: the arrays of a profile must have the exact length (they are iterated whole).</summary>
        private sealed class ArrayCache<T>
        {
            private T[]?[] _byLength = new T[]?[8];

            public T[] OfLength(int length)
            {
                if (length >= _byLength.Length) Array.Resize(ref _byLength, length + 1);
                return _byLength[length] ??= new T[length];
            }
        }

        // Scratch lists, one per thread: only the arrays copied out of them are kept.
        [ThreadStatic] private static List<string>? _addresses;
        [ThreadStatic] private static List<string>? _domains;

        public Account Account { get; private set; } = null!;
        public int Order { get; private set; }

        /// <summary>The primary address: the Email field, else the primary SMTP proxy.</summary>
        public string? Primary { get; private set; }

        /// <summary>Email, UPN and every SMTP proxy address (onmicrosoft.com included), folded, distinct.</summary>
        public string[] Addresses { get; private set; } = null!;

        public NameKey[] Names { get; private set; } = null!;

        /// <summary>
        /// <see cref="Names"/> were read from the address ("john.korvenberg2@"): the account has no name of its
        /// own, so a name found this way is a guess, never enough to link.
        /// </summary>
        public bool NamesFromAddress { get; private set; }

        /// <summary>
        /// A B2B guest (its UPN holds #EXT#): a person from another organisation, whose name alone says nothing
        /// about the customer's contacts; only an address links it.
        /// </summary>
        public bool IsGuest { get; private set; }
        /// <summary>The names to compare field by field: <see cref="Names"/>, or the raw fields when one is blank.</summary>
        public NameKey[] CompareNames { get; private set; } = null!;

        /// <summary>The account's one name when it has no family name (<see cref="SingleNames.Of"/>: "sukarno", "kyawzin"), or null.</summary>
        public string? SingleName { get; private set; }

        /// <summary>The mobile's significant digits (<see cref="PhoneNormalizer"/>), or null.</summary>
        public string? Phone { get; private set; }

        /// <summary>The country code the mobile is written with, 0 when written nationally.</summary>
        public int PhoneCountry { get; private set; }

        /// <summary>The extension the number is written with, 0 for none (<see cref="PhoneNormalizer.ExtensionOf"/>).</summary>
        public int PhoneExtension { get; private set; }

        /// <summary>The mobile is written nationally with its trunk 0 (<see cref="PhoneNormalizer.SameNumberWrittenTwoWays"/>).</summary>
        public bool PhoneNational { get; private set; }

        private string[] _domainAddresses = null!;

        /// <summary>
        /// The folded address is on one of the account's own domains. Compared in place: it runs for every
        /// address of every candidate, and cutting domains out allocated a string each time.
        /// </summary>
        public bool HasDomainOf(string normalizedEmail) => HasDomainOf(_domainAddresses, normalizedEmail);

        private static bool HasDomainOf(IReadOnlyList<string> addresses, string normalizedEmail)
        {
            var start = normalizedEmail.LastIndexOf('@') + 1;
            var length = normalizedEmail.Length - start;
            for (var i = 0; i < addresses.Count; i++)
            {
                var address = addresses[i];
                var at = address.LastIndexOf('@') + 1;
                if (address.Length - at == length && string.CompareOrdinal(address, at, normalizedEmail, start, length) == 0) return true;
            }
            return false;
        }

        /// <summary>
        /// A B2B guest's own address, from its UPN: "john.k_partnerco.com#EXT#@contoso.onmicrosoft.com" is
        /// john.k@partnerco.com (the last underscore before #EXT# stands for the @). Null for anyone else.
        /// </summary>
        internal static string? GuestHomeAddress(string? userPrincipalName)
        {
            if (userPrincipalName == null) return null;
            var ext = userPrincipalName.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase);
            if (ext <= 0) return null;
            var at = userPrincipalName.LastIndexOf('_', ext - 1);
            return at <= 0 || at == ext - 1 ? null : userPrincipalName.Substring(0, at) + "@" + userPrincipalName.Substring(at + 1, ext - at - 1);
        }

        private static void AddAddress(List<string> addresses, string? value)
        {
            var normalized = EmailNormalizer.Normalize(value);
            if (normalized != null && !addresses.Contains(normalized)) addresses.Add(normalized);
        }
    }
}
