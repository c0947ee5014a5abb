using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>How one field of an account compares with the same field of a candidate contact.</summary>
    public enum FieldAgreement
    {
        /// <summary>Both sides have the value (ignoring case and spacing; for email, any of the account's addresses among the contact's).</summary>
        Agrees,

        /// <summary>Both sides have a value and they differ.</summary>
        Differs,

        /// <summary>One side has no value, so there is nothing to compare.</summary>
        Missing,
    }

    /// <summary>One row of the side-by-side evidence: the field, the account's value, the contact's value, and whether they agree.</summary>
    public sealed class FieldComparison
    {
        internal FieldComparison(string field, string accountValue, string contactValue, FieldAgreement agreement)
        {
            Field = field;
            AccountValue = accountValue;
            ContactValue = contactValue;
            Agreement = agreement;
        }

        public string Field { get; }
        public string AccountValue { get; }
        public string ContactValue { get; }
        public FieldAgreement Agreement { get; }

        /// <summary>First name, last name, email and mobile of the account against the contact, plus whether the contact is active.</summary>
        public static IReadOnlyList<FieldComparison> Compare(Account account, PsaContact contact)
        {
            var addresses = new[] { account.Email, account.UserPrincipalName }
                .Concat(account.ProxyAddresses.Select(p => p.Address))
                .Where(a => !string.IsNullOrWhiteSpace(a))
                .Select(a => a!.Trim())
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var emails = contact.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
            var emailAgreement = addresses.Count == 0 || emails.Count == 0
                ? FieldAgreement.Missing
                : addresses.Any(a => emails.Contains(a, StringComparer.OrdinalIgnoreCase)) ? FieldAgreement.Agrees : FieldAgreement.Differs;

            return new[]
            {
                Text("First name", account.FirstName, contact.FirstName),
                Text("Last name", account.LastName, contact.LastName),
                new FieldComparison("Email", string.Join("; ", addresses), string.Join("; ", emails), emailAgreement),
                Phone(account.MobilePhone, contact.MobilePhone),
                new FieldComparison("Active", account.Enabled ? "enabled" : "disabled", contact.Active ? "active" : "inactive",
                    account.Enabled == contact.Active ? FieldAgreement.Agrees : FieldAgreement.Differs),
            };
        }

        private static FieldComparison Text(string field, string? left, string? right)
        {
            var a = Squash(left);
            var b = Squash(right);
            var agreement = a.Length == 0 || b.Length == 0 ? FieldAgreement.Missing
                : string.Equals(a, b, StringComparison.OrdinalIgnoreCase) ? FieldAgreement.Agrees : FieldAgreement.Differs;
            return new FieldComparison(field, left?.Trim() ?? string.Empty, right?.Trim() ?? string.Empty, agreement);
        }

        /// <summary>Phones agree when their digits do (the last nine, so +44 7700 and 07700 agree).</summary>
        private static FieldComparison Phone(string? left, string? right)
        {
            var a = Digits(left);
            var b = Digits(right);
            var agreement = a.Length == 0 || b.Length == 0 ? FieldAgreement.Missing
                : Tail(a) == Tail(b) ? FieldAgreement.Agrees : FieldAgreement.Differs;
            return new FieldComparison("Mobile", left?.Trim() ?? string.Empty, right?.Trim() ?? string.Empty, agreement);
        }

        private static string Squash(string? value) => string.Join(" ", (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static string Digits(string? value) => new string((value ?? string.Empty).Where(char.IsDigit).ToArray());

        private static string Tail(string digits) => digits.Length > 9 ? digits.Substring(digits.Length - 9) : digits;
    }
}
