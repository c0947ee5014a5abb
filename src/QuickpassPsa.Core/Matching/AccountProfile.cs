using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>An account's folded addresses and names, computed once per match run.</summary>
    internal sealed class AccountProfile
    {
        public AccountProfile(Account account, int order)
        {
            Account = account;
            Order = order;
            Primary = EmailNormalizer.Normalize(account.Email);
            var addresses = _addresses ??= new List<string>(8);
            addresses.Clear();
            AddAddress(addresses, account.Email);
            AddAddress(addresses, account.UserPrincipalName);
            foreach (var proxy in account.ProxyAddresses)
            {
                AddAddress(addresses, proxy.Address);
                if (Primary == null && proxy.IsPrimary) Primary = EmailNormalizer.Normalize(proxy.Address);
            }
            Addresses = addresses.ToArray();
            Names = NameKey.ForAccount(account);

            // One address per distinct domain, the domain compared in place (HasDomainOf): no string per domain.
            var withDomain = _domains ??= new List<string>(8);
            withDomain.Clear();
            foreach (var address in addresses)
            {
                if (!HasDomainOf(withDomain, address)) withDomain.Add(address);
            }
            _domainAddresses = withDomain.ToArray();
            Phone = PhoneNormalizer.Significant(account.MobilePhone);
            CompareNames = Names.Length > 0 ? Names : new[] { new NameKey(NameNormalizer.Compact(account.FirstName), NameNormalizer.Compact(account.LastName)) };
        }

        // Scratch lists, one per thread: only the arrays copied out of them are kept.
        [ThreadStatic] private static List<string>? _addresses;
        [ThreadStatic] private static List<string>? _domains;

        public Account Account { get; }
        public int Order { get; }

        /// <summary>The primary address: the Email field, else the primary SMTP proxy.</summary>
        public string? Primary { get; }

        /// <summary>Email, UPN and every SMTP proxy address (onmicrosoft.com included), folded, distinct.</summary>
        public string[] Addresses { get; }

        public NameKey[] Names { get; }
        /// <summary>The names to compare field by field: <see cref="Names"/>, or the raw fields when one is blank.</summary>
        public NameKey[] CompareNames { get; }

        /// <summary>The mobile's significant digits (<see cref="PhoneNormalizer"/>), or null.</summary>
        public string? Phone { get; }

        private readonly string[] _domainAddresses;

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

        private static void AddAddress(List<string> addresses, string? value)
        {
            var normalized = EmailNormalizer.Normalize(value);
            if (normalized != null && !addresses.Contains(normalized)) addresses.Add(normalized);
        }
    }
}
