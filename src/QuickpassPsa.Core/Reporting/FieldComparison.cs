using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>How one field of an account compares with the same field of a candidate contact.</summary>
    public enum FieldAgreement
    {
        /// <summary>
        /// Both sides have the value as the matcher compares it: names folded by <see cref="Matching.NameNormalizer"/> (case, accents,
        /// apostrophes, hyphens and spacing aside: Zoë Ünal is Zoe Unal), addresses by <see cref="Matching.EmailNormalizer"/> (any of the
        /// account's among the contact's), mobiles by <see cref="Matching.PhoneNormalizer.SameNumber"/>.
        /// </summary>
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
            // Folded as the matcher folds them (case, a plus tag, an "SMTP:" prefix aside), so the cell agrees where the evidence does.
            var theirs = new HashSet<string>(emails.Select(EmailNormalizer.Normalize).Where(e => e != null)!, StringComparer.Ordinal);
            var emailAgreement = addresses.Count == 0 || emails.Count == 0
                ? FieldAgreement.Missing
                : addresses.Any(a => EmailNormalizer.Normalize(a) is { } folded && theirs.Contains(folded)) ? FieldAgreement.Agrees : FieldAgreement.Differs;

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

        /// <summary>
        /// Names agree when the matcher's folding makes them one (round 59: Zoe Unal against Zoë Ünal was red, "Differs", in a row the
        /// matcher called NameExact): case, accents, apostrophes, hyphens and spacing aside (<see cref="NameNormalizer.Compact"/>).
        /// </summary>
        private static FieldComparison Text(string field, string? left, string? right)
        {
            var a = NameNormalizer.Compact(left);
            var b = NameNormalizer.Compact(right);
            var agreement = a.Length == 0 || b.Length == 0 ? FieldAgreement.Missing
                : string.Equals(a, b, StringComparison.Ordinal) ? FieldAgreement.Agrees : FieldAgreement.Differs;
            return new FieldComparison(field, left?.Trim() ?? string.Empty, right?.Trim() ?? string.Empty, agreement);
        }

        /// <summary>
        /// Mobiles agree when the matcher reads them as one line (<see cref="PhoneNormalizer.SameNumber"/>: formatting, a trunk 0 against
        /// the country code, an extension on one side only aside); a side with no number on it is missing.
        /// </summary>
        private static FieldComparison Phone(string? left, string? right)
        {
            var agreement = PhoneNormalizer.Significant(left) == null || PhoneNormalizer.Significant(right) == null ? FieldAgreement.Missing
                : PhoneNormalizer.SameNumber(left, right) ? FieldAgreement.Agrees : FieldAgreement.Differs;
            return new FieldComparison("Mobile", left?.Trim() ?? string.Empty, right?.Trim() ?? string.Empty, agreement);
        }
    }
}
