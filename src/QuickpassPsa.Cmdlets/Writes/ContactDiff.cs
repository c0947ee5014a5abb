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
    /// address that slot had). A new address replaces the contact's address that holds the person's name, else its old one
    /// at its domain, in whatever slot, a role mailbox last (ReplacedEmail), else the primary slot. Mobile: by digits (PhoneNumbers). An empty account value is never a change: the
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
            out IReadOnlyList<string>? slotsFull) => Between(match, contact, psa, replacePersonal, null, out slotsFull, out _);

        /// <summary>
        /// As above, knowing the addresses the account had when its link was stored (<paramref name="linkedOn"/>: the stored
        /// decision's email and UPN). The contact's address the link was made on is the account's old one, and a new address takes
        /// its place, wherever it sits (round 65b: Kate Bell, linked on kate.old@, had reception@ first, and the shared desk address
        /// was overwritten); else one of the account's own aliases that the contact holds; else the rule of <see cref="ReplacedEmail"/>.
        /// <paramref name="notOwn"/> is the address the write replaces when it is none of these: an address not known to be the
        /// account's, which the caller says it replaces.
        /// </summary>
        public static (ContactUpdate Update, List<ContactChange> Changes) Between(ContactMatch match, PsaContact contact, string psa, bool replacePersonal,
            IReadOnlyList<string>? linkedOn, out IReadOnlyList<string>? slotsFull, out string? notOwn)
        {
            slotsFull = null;
            notOwn = null;
            var account = match.Account;
            var update = new ContactUpdate();
            var changes = new List<ContactChange>();

            var email = EmailNormalizer.Normalize(account.Email);
            if (email != null && !contact.Emails.Any(e => EmailNormalizer.Normalize(e) == email))
            {
                update.Email = account.Email!.Trim();
                var own = OwnAddresses(account, linkedOn);
                // The address the link was made on, or another of the account's own, as the contact holds it.
                update.ReplacesEmail = own.Select(o => contact.Emails.FirstOrDefault(e => ReplacedEmail.Same(e, o))).FirstOrDefault(e => e != null)
                    // The old work address, wherever it sits (ReplacedEmail); else the primary slot, which on
                    // Autotask may be empty while emailAddress3 holds one.
                    ?? ReplacedEmail.Of(contact, update.Email, new[] { (account.FirstName, account.LastName), (contact.FirstName, contact.LastName) });
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
                if (!string.IsNullOrWhiteSpace(before) && !own.Any(o => ReplacedEmail.Same(before, o))) notOwn = before;
                changes.Add(Change(match, contact, psa, ContactField.Email, before, update.Email));
            }

            // A number the contact already holds as a mobile, on any of its mobile items (ConnectWise: an old and a new handset), is
            // no change: writing it over the default item would hold it twice and lose the number that item had (round 65b).
            // Autotask has one mobile field, mobilePhone; its phone and alternatePhone are other lines and are never written.
            var mobile = account.MobilePhone?.Trim();
            if (PhoneNumbers.Digits(mobile).Length > 0 && !PhoneNumbers.Same(mobile, contact.MobilePhone) && !contact.OtherMobilePhones.Any(m => PhoneNumbers.Same(mobile, m)))
            {
                update.MobilePhone = mobile;
                changes.Add(Change(match, contact, psa, ContactField.MobilePhone, contact.MobilePhone, mobile));
            }
            return (update, changes);
        }

        /// <summary>
        /// The addresses the account is known to have had, surest first: the stored link's (its email, then its UPN), then the
        /// account's UPN and aliases (an address it still has, as the contact may hold it).
        /// </summary>
        private static List<string> OwnAddresses(QuickpassPsa.Core.Accounts.Account account, IReadOnlyList<string>? linkedOn)
        {
            var own = new List<string>();
            foreach (var address in (linkedOn ?? System.Array.Empty<string>()).Concat(new[] { account.UserPrincipalName }).Concat(account.ProxyAddresses.Select(p => p.Address)))
            {
                if (address != null && address.IndexOf('@') > 0 && !ReplacedEmail.Same(address, account.Email) && !own.Any(o => ReplacedEmail.Same(o, address))) own.Add(address.Trim());
            }
            return own;
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
