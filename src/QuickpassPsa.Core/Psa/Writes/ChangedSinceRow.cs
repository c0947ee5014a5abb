using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>A field Update-PsaContact would write whose value on the contact is not what the row read from the PSA.</summary>
    internal sealed class ChangedField
    {
        public ChangedField(string field, string? then, string? now)
        {
            Field = field;
            Then = then;
            Now = now;
        }

        /// <summary>Email or MobilePhone (<see cref="ContactField"/>).</summary>
        public string Field { get; }

        /// <summary>What the contact held when the row was made (its addresses joined with ", " for Email).</summary>
        public string? Then { get; }

        /// <summary>What the contact holds now.</summary>
        public string? Now { get; }
    }

    /// <summary>
    /// Whether the contact changed since a row was made, in a field an update would write (round 54: Monday's saved rows,
    /// piped on Thursday, wrote the account's old address back over the new one Wednesday's run had put on the contact).
    /// A row carries the contact as Find-PsaContactMatch read it (its <see cref="ContactMatch.Contact"/>, kept through
    /// Export-Clixml); when the contact now holds other addresses, or another mobile, than that, the row's account values
    /// are older than the contact's, and writing them would undo a newer change. Addresses are compared as sets, normalised
    /// (case, a +tag), and numbers as the writer compares them, so a row made a minute ago never differs.
    /// </summary>
    internal static class ChangedSinceRow
    {
        /// <summary>The fields of <paramref name="update"/> whose value on the contact differs between the row's read and now; empty when none.</summary>
        public static IReadOnlyList<ChangedField> Fields(PsaContact then, PsaContact now, ContactUpdate update)
        {
            if (then == null) throw new ArgumentNullException(nameof(then));
            if (now == null) throw new ArgumentNullException(nameof(now));
            if (update == null) throw new ArgumentNullException(nameof(update));
            var changed = new List<ChangedField>();
            if (update.Email != null && !SameAddresses(then.Emails, now.Emails))
            {
                changed.Add(new ChangedField(ContactField.Email, Join(then.Emails), Join(now.Emails)));
            }
            if (update.MobilePhone != null && !SameNumber(then.MobilePhone, now.MobilePhone))
            {
                changed.Add(new ChangedField(ContactField.MobilePhone, Blank(then.MobilePhone), Blank(now.MobilePhone)));
            }
            return changed;
        }

        private static bool SameAddresses(IEnumerable<string>? a, IEnumerable<string>? b) =>
            new HashSet<string>(Normalised(a), StringComparer.Ordinal).SetEquals(Normalised(b));

        private static IEnumerable<string> Normalised(IEnumerable<string>? emails) =>
            (emails ?? Enumerable.Empty<string>()).Select(e => EmailNormalizer.Normalize(e)).Where(e => e != null).Select(e => e!);

        private static bool SameNumber(string? a, string? b)
        {
            var none = PhoneNumbers.Digits(a).Length == 0;
            return none == (PhoneNumbers.Digits(b).Length == 0) && (none || PhoneNumbers.Same(a, b));
        }

        private static string? Join(IEnumerable<string>? emails)
        {
            var list = (emails ?? Enumerable.Empty<string>()).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
            return list.Count == 0 ? null : string.Join(", ", list);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
