using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The account's own stored link in a company (a person linked this account to a contact), with the contact as it is now and
    /// whether the link still stands. While that contact is there, active or not, and still the person's (not stale: as
    /// Find-PsaContactMatch, which reports it Matched), the account is settled and that contact is its answer, whatever the address
    /// finds (round 48: a hand-linked account was an error on every run). A link to a contact deleted or reused since is not: the
    /// account is handled as any other, and a new link replaces it.
    /// </summary>
    internal sealed class OwnLink
    {
        private OwnLink(ContactMatchDecision link, PsaContact contact, StaleWhy? stale)
        {
            Link = link;
            Contact = contact;
            Stale = stale;
        }

        public ContactMatchDecision Link { get; }

        /// <summary>The linked contact as it is now.</summary>
        public PsaContact Contact { get; }

        /// <summary>Why the link is stale (<see cref="StaleLinks.Why"/>), or null when it stands.</summary>
        public StaleWhy? Stale { get; }

        /// <summary>The link settles the account: its contact is the answer, and nothing is created.</summary>
        public bool Stands => Stale == null;

        /// <summary>
        /// The account's newest confirmed link in the company (<see cref="DecisionMapping.LinkOf"/>) and its contact now; null when
        /// there is no link, or its contact is gone (deleted, or moved to another company).
        /// </summary>
        /// <param name="found">The company's contacts at the account's address (<see cref="AddressHolders.Find"/>): asked first.</param>
        /// <param name="check">The company's read, or null: when it is complete, a contact it lacks is gone.</param>
        /// <param name="contactById">The PSA's contact of an id, or null (asked only when neither the address nor the read answers).</param>
        public static OwnLink? Of(IEnumerable<ContactMatchDecision> stored, string companyId, Account account, IReadOnlyList<PsaContact> found,
            ExistingPersonCheck? check, Func<string, PsaContact?> contactById)
        {
            var link = DecisionMapping.LinkOf(stored, companyId, account);
            if (link == null) return null;
            var now = ContactNow(link, found, check, contactById);
            return now == null ? null : new OwnLink(link, now, StaleLinks.Why(link, account, now));
        }

        /// <summary>The contact a stored link names, as it is now: from the address's answer, the company's read, or the PSA; null when gone.</summary>
        private static PsaContact? ContactNow(ContactMatchDecision link, IReadOnlyList<PsaContact> found, ExistingPersonCheck? check, Func<string, PsaContact?> contactById)
        {
            var id = link.ContactId.Trim();
            var contact = found.FirstOrDefault(c => string.Equals(c.Id?.Trim(), id, StringComparison.OrdinalIgnoreCase));
            if (contact != null) return contact;
            if (check != null && check.Complete) return check.ById(id);
            contact = contactById(id);
            // Another company's contact now (moved): not this company's, so not the account's answer here.
            var moved = contact?.CompanyId != null && !string.Equals(contact.CompanyId.Trim(), (link.CompanyId ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);
            return moved ? null : contact;
        }
    }
}
