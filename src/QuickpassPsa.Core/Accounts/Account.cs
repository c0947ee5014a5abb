using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// One Quickpass end-user account, as read from an export or converted from an AD / Entra ID object.
    /// Values are kept as the source gave them (trimmed); normalisation for matching happens in Matching.
    /// </summary>
    public sealed class Account
    {
        /// <summary>Stable identifier: the source's id column, else the UPN, else the email.</summary>
        public string? Id { get; set; }

        /// <summary>The customer (PSA company) the account belongs to.</summary>
        public string? Customer { get; set; }

        public string? DisplayName { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }

        /// <summary>The primary email address: the email column, else the primary SMTP proxy address.</summary>
        public string? Email { get; set; }

        public string? UserPrincipalName { get; set; }

        /// <summary>Every SMTP address of the account as the source listed it; the primary one is marked.</summary>
        public IReadOnlyList<ProxyAddress> ProxyAddresses
        {
            get => _proxyAddresses;
            set => _proxyAddresses = ValueList<ProxyAddress>.From(value);
        }

        private ValueList<ProxyAddress> _proxyAddresses = ValueList<ProxyAddress>.Empty;

        public string? MobilePhone { get; set; }

        /// <summary>False only when the source says the account is disabled; true when it says nothing.</summary>
        public bool Enabled { get; set; } = true;

        public AccountSource Source { get; set; }

        /// <summary>Where the account came from, for messages: "contoso.csv, row 3" or the input object's identity.</summary>
        public string? Origin { get; set; }

        /// <summary>
        /// "Ann Lee &lt;ann.lee@contoso.com&gt;", as every message quotes an account: a character that would not show as itself (a
        /// control or format character, half of a character) written as its code point (<see cref="AccountText.Shown"/>), so that an
        /// account written by hand or by a script cannot act on the screen from an error's text (round 74b).
        /// </summary>
        public override string ToString()
        {
            var name = DisplayName ?? JoinName(FirstName, LastName);
            var address = Email ?? UserPrincipalName;
            if (string.IsNullOrEmpty(name)) return AccountText.Shown(address ?? Id ?? string.Empty);
            return AccountText.Shown(string.IsNullOrEmpty(address) ? name! : name + " <" + address + ">");
        }

        /// <summary>
        /// A copy that shares nothing mutable with this account, for callers that must not change an
        /// object they were given (ConvertTo-QpAccount -Customer on a piped Account).
        /// </summary>
        internal Account Copy()
        {
            var copy = (Account)MemberwiseClone();
            copy.ProxyAddresses = ProxyAddresses.ToArray();
            return copy;
        }

        internal static string? JoinName(string? first, string? last)
        {
            var joined = ((first ?? string.Empty) + " " + (last ?? string.Empty)).Trim();
            return joined.Length == 0 ? null : joined;
        }
    }
}
