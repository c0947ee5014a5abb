using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Accounts
{
    /// <summary>
    /// One SMTP address of an account. Exchange writes the primary address as "SMTP:" and the others
    /// as "smtp:"; other address types (X500:, SIP:, SPO:) are not email addresses and are dropped.
    /// </summary>
    public sealed class ProxyAddress : IEquatable<ProxyAddress>
    {
        public ProxyAddress(string address, bool isPrimary)
        {
            Address = address ?? throw new ArgumentNullException(nameof(address));
            IsPrimary = isPrimary;
        }

        public string Address { get; }
        public bool IsPrimary { get; }

        /// <summary>
        /// Parses one proxy value; returns null for non-SMTP address types, empty values and values that are no address. The
        /// address is cleaned as an Email value is (<see cref="AccountText.Address"/>: invisible characters, quotes and angle
        /// brackets, a final full stop); "dbl@@contoso.com" is none.
        /// </summary>
        public static ProxyAddress? Parse(string? value)
        {
            if (value == null) return null;
            var text = AccountText.Visible(value).Trim();
            if (text.Length == 0) return null;

            var colon = text.IndexOf(':');
            var at = text.IndexOf('@');
            if (colon > 0 && (at < 0 || colon < at))
            {
                var prefix = text.Substring(0, colon).Trim();
                // "mailto:" is no address type of Exchange's, but the same address: a secondary one, as a bare address is.
                if (prefix.Equals("mailto", StringComparison.OrdinalIgnoreCase)) return AccountText.Address(text) is { } mailto ? new ProxyAddress(mailto, false) : null;
                if (!prefix.Equals("smtp", StringComparison.OrdinalIgnoreCase)) return null;
                // Exchange's convention: upper-case prefix marks the primary address. Address drops this one "smtp:" and no second
                // ("smtp:smtp:ann@..." is no address, round 74b).
                return AccountText.Address("smtp:" + text.Substring(colon + 1)) is { } address ? new ProxyAddress(address, prefix == "SMTP") : null;
            }

            // A bare address (some exports drop the prefix) counts as a secondary SMTP address.
            return AccountText.Address(text) is { } bare ? new ProxyAddress(bare, false) : null;
        }

        /// <summary>
        /// Parses a list of proxy values: each value may itself hold several, separated by ';', ',' or spaces
        /// (how CSV exports flatten the multi-valued attribute), or by '+' before an address type (the
        /// Microsoft 365 admin center's user export writes "SMTP:ann@contoso.com+smtp:ann@contoso.onmicrosoft.com").
        /// </summary>
        public static IReadOnlyList<ProxyAddress> ParseMany(IEnumerable<string> values)
        {
            var result = new List<ProxyAddress>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in values)
            {
                if (value == null) continue;
                foreach (var part in Split(value))
                {
                    foreach (var piece in SplitAtPlusPrefix(part))
                    {
                        var parsed = Parse(piece);
                        if (parsed != null && seen.Add(parsed.Address)) result.Add(parsed);
                    }
                }
            }
            return result;
        }

        private static readonly char[] Separators = { ';', ',', ' ', '\r', '\n', '\t' };

        /// <summary>
        /// The values of a flattened list: split at ';', ',' and white space (an address holds none of them;
        /// "$($user.proxyAddresses)" joins with spaces), a type written apart from its address ("SMTP: ann@...")
        /// kept with it.
        /// </summary>
        internal static IEnumerable<string> Split(string value)
        {
            string? pendingType = null;
            foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part[part.Length - 1] == ':' && part.IndexOf('@') < 0)
                {
                    pendingType = part;
                    continue;
                }
                yield return pendingType == null ? part : pendingType + part;
                pendingType = null;
            }
        }

        /// <summary>
        /// Splits "SMTP:a@x.com+smtp:b@x.com+SIP:a@x.com" at each '+' that is followed by an address type
        /// ("smtp:", "SIP:", "X500:"). Any other '+' stays: "ann+news@contoso.com" is one address (plus addressing).
        /// </summary>
        private static IEnumerable<string> SplitAtPlusPrefix(string part)
        {
            var start = 0;
            for (var plus = part.IndexOf('+'); plus >= 0; plus = part.IndexOf('+', plus + 1))
            {
                if (!StartsWithAddressType(part, plus + 1)) continue;
                yield return part.Substring(start, plus - start);
                start = plus + 1;
            }
            yield return start == 0 ? part : part.Substring(start);
        }

        /// <summary>Letters and digits, then a colon, before any '@': how every proxy address type begins.</summary>
        private static bool StartsWithAddressType(string text, int from)
        {
            var i = from;
            while (i < text.Length && i - from < 12 && char.IsLetterOrDigit(text[i])) i++;
            return i > from && i < text.Length && text[i] == ':';
        }

        public override string ToString() => (IsPrimary ? "SMTP:" : "smtp:") + Address;

        public bool Equals(ProxyAddress? other) =>
            other != null && IsPrimary == other.IsPrimary && string.Equals(Address, other.Address, StringComparison.OrdinalIgnoreCase);

        public override bool Equals(object? obj) => Equals(obj as ProxyAddress);

        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Address) ^ (IsPrimary ? 1 : 0);
    }
}
