using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Cmdlets.Writes
{
    /// <summary>
    /// What Update-PsaContact would change on a linked pair. Email: the account's primary address, through
    /// EmailNormalizer (case and a +tag are not a difference), against every address of the contact: one the
    /// contact already has is no change (writing it into the primary slot would hold it twice and lose the
    /// address that slot had). A new address replaces the contact's old one at its domain, in whatever slot
    /// (ReplacedEmail), else the primary slot. Mobile: by digits (PhoneNumbers). An empty account value is never a change: the
    /// PSA keeps what it has. <paramref name="contact"/> is the contact as the PSA holds it now, so Before is what
    /// the write replaces.
    /// </summary>
    internal static class ContactDiff
    {
        public static (ContactUpdate Update, List<ContactChange> Changes) Between(ContactMatch match, PsaContact contact, string psa)
        {
            var account = match.Account;
            var update = new ContactUpdate();
            var changes = new List<ContactChange>();

            var email = EmailNormalizer.Normalize(account.Email);
            if (email != null && !contact.Emails.Any(e => EmailNormalizer.Normalize(e) == email))
            {
                update.Email = account.Email!.Trim();
                // The old work address, wherever it sits (ReplacedEmail); else the primary slot, which on
                // Autotask may be empty while emailAddress3 holds one.
                update.ReplacesEmail = ReplacedEmail.Of(contact, update.Email);
                // A contact with personal addresses only keeps them: the work address is added (Before is then empty).
                update.AddsEmail = update.ReplacesEmail == null && ReplacedEmail.AddsBeside(contact, update.Email);
                var before = update.AddsEmail ? null : update.ReplacesEmail ?? contact.PrimaryEmail ?? (psa == "Autotask" ? null : contact.Emails.FirstOrDefault());
                changes.Add(Change(match, contact, psa, ContactField.Email, before, update.Email));
            }

            var mobile = account.MobilePhone?.Trim();
            if (PhoneNumbers.Digits(mobile).Length > 0 && !PhoneNumbers.Same(mobile, contact.MobilePhone))
            {
                update.MobilePhone = mobile;
                changes.Add(Change(match, contact, psa, ContactField.MobilePhone, contact.MobilePhone, mobile));
            }
            return (update, changes);
        }

        private static ContactChange Change(ContactMatch match, PsaContact contact, string psa, string field, string? before, string? after) => new ContactChange
        {
            Psa = psa,
            ContactId = contact.Id,
            ContactName = contact.DisplayName,
            AccountId = match.Account.Id,
            Account = match.Account.ToString(),
            Field = field,
            Before = string.IsNullOrWhiteSpace(before) ? null : before,
            After = after,
            Applied = false,
        };
    }
}
