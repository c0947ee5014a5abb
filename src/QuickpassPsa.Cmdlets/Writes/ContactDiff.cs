using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.Writes;

namespace QuickpassPsa.Cmdlets.Writes
{
    /// <summary>
    /// What Update-PsaContact would change on a linked pair. Email: the account's primary address against the
    /// contact's primary one, both through EmailNormalizer (case and a +tag are not a difference). Mobile: by
    /// digits (PhoneNumbers). An empty account value is never a change: the PSA keeps what it has.
    /// </summary>
    internal static class ContactDiff
    {
        public static (ContactUpdate Update, List<ContactChange> Changes) Between(ContactMatch match, string psa)
        {
            var account = match.Account;
            var contact = match.Contact!;
            var update = new ContactUpdate();
            var changes = new List<ContactChange>();

            var email = EmailNormalizer.Normalize(account.Email);
            var contactEmail = contact.Emails.FirstOrDefault();
            if (email != null && email != EmailNormalizer.Normalize(contactEmail))
            {
                update.Email = account.Email!.Trim();
                changes.Add(Change(match, psa, ContactField.Email, contactEmail, update.Email));
            }

            var mobile = account.MobilePhone?.Trim();
            if (PhoneNumbers.Digits(mobile).Length > 0 && !PhoneNumbers.Same(mobile, contact.MobilePhone))
            {
                update.MobilePhone = mobile;
                changes.Add(Change(match, psa, ContactField.MobilePhone, contact.MobilePhone, mobile));
            }
            return (update, changes);
        }

        private static ContactChange Change(ContactMatch match, string psa, string field, string? before, string? after) => new ContactChange
        {
            Psa = psa,
            ContactId = match.Contact!.Id,
            ContactName = match.Contact.DisplayName,
            AccountId = match.Account.Id,
            Account = match.Account.ToString(),
            Field = field,
            Before = string.IsNullOrWhiteSpace(before) ? null : before,
            After = after,
            Applied = false,
        };
    }
}
