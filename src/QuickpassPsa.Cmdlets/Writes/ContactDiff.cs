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
        /// <summary>Autotask's three email slots, in the order its contact lists the addresses they hold.</summary>
        internal static readonly string[] AutotaskSlots = { "emailAddress", "emailAddress2", "emailAddress3" };

        /// <summary>
        /// The update and its changes. <paramref name="slotsFull"/> is set, and nothing is to be written, when an Autotask contact
        /// holds three different personal addresses, one in each slot, so the work address has no empty slot to go to and
        /// <paramref name="replacePersonal"/> (Update-PsaContact -ReplacePersonalEmail) does not allow the one in emailAddress3 to
        /// give way (round 60b: it was overwritten, and the change's Before was empty).
        /// </summary>
        public static (ContactUpdate Update, List<ContactChange> Changes) Between(ContactMatch match, PsaContact contact, string psa, bool replacePersonal,
            out IReadOnlyList<string>? slotsFull)
        {
            slotsFull = null;
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
                if (update.AddsEmail && psa == "Autotask" && contact.Emails.Count >= AutotaskSlots.Length)
                {
                    // No empty slot. An address held twice gives one of its slots up and nothing is lost; three different
                    // addresses are three the person may still use: none is replaced unless the admin says so.
                    var twice = contact.Emails.FirstOrDefault(e => contact.Emails.Count(o => string.Equals(o.Trim(), e.Trim(), System.StringComparison.OrdinalIgnoreCase)) > 1);
                    if (twice == null && !replacePersonal)
                    {
                        slotsFull = contact.Emails.Take(AutotaskSlots.Length).ToList();
                        return (new ContactUpdate(), new List<ContactChange>());
                    }
                    update.AddsEmail = false;
                    update.ReplacesEmail = twice ?? contact.Emails[AutotaskSlots.Length - 1];
                }
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
