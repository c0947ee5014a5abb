using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// Which stored decisions belong to which account. An account is known by up to three values (UPN, primary
    /// email, id) and the same person can arrive with different ones: from AD with a UPN and an objectGUID, from
    /// Graph with a mail address and another id. Two identities are the same person when any value of one equals
    /// any value of the other, case-insensitively (UPNs are often the mail address, and Account.Id falls back to the
    /// UPN or the email). GUID-like ids never equal an address, so crossing the fields adds no false matches.
    /// </summary>
    internal static class AccountIdentity
    {
        public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

        public static string KeyOf(string? upn, string? email, string? id) =>
            Clean(upn) ?? Clean(email) ?? Clean(id) ?? string.Empty;

        public static IEnumerable<string> ValuesOf(string? upn, string? email, string? id)
        {
            var seen = new HashSet<string>(Comparer);
            foreach (var value in new[] { Clean(upn), Clean(email), Clean(id) })
            {
                if (value != null && seen.Add(value)) yield return value;
            }
        }

        public static IEnumerable<string> ValuesOf(ContactMatchDecision d) => ValuesOf(d.UserPrincipalName, d.Email, d.AccountId);

        public static IEnumerable<string> ValuesOf(Account a) => ValuesOf(a.UserPrincipalName, a.Email, a.Id);

        public static bool Same(ContactMatchDecision a, ContactMatchDecision b)
        {
            var values = new HashSet<string>(ValuesOf(a), Comparer);
            foreach (var value in ValuesOf(b))
            {
                if (values.Contains(value)) return true;
            }
            return false;
        }

        /// <summary>True when the decision belongs to an account known by <paramref name="text"/> (a UPN, email or id).</summary>
        public static bool Has(ContactMatchDecision d, string text)
        {
            var value = Clean(text);
            if (value == null) return false;
            foreach (var own in ValuesOf(d))
            {
                if (Comparer.Equals(own, value)) return true;
            }
            return false;
        }

        public static string? Clean(string? value)
        {
            var trimmed = value?.Trim();
            return string.IsNullOrEmpty(trimmed) ? null : trimmed;
        }
    }
}
