using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes
{
    /// <summary>
    /// The ContactMatch New-PsaContact emits: Matched, with the contact it created (or found by the account's
    /// email) as both the contact and the only candidate. ContactMatch keeps its setters internal so that only
    /// Core decides a status; this is that decision for a link a write has just made.
    /// </summary>
    internal static class LinkedMatch
    {
        /// <summary>
        /// An existing contact found by the account's address: EmailPrimary (the account's own address, a plus tag aside), or
        /// <paramref name="reason"/> (EmailAlias: one of the account's other addresses).
        /// </summary>
        public static ContactMatch Create(Account account, PsaContact contact, MatchReason reason = MatchReason.EmailPrimary) => Linked(account, contact, reason);

        /// <summary>
        /// A contact New-PsaContact has just created for the account: Reason ContactCreated, so that a report or a script tells
        /// the new contacts from those found (round 49: 23 created and 46 found all read EmailPrimary).
        /// </summary>
        public static ContactMatch Created(Account account, PsaContact contact) => Linked(account, contact, MatchReason.ContactCreated);

        private static ContactMatch Linked(Account account, PsaContact contact, MatchReason reason)
        {
            // ValueLists: a CSV cell of the row reads "EmailPrimary", not a collection's type name.
            var reasons = ValueList<MatchReason>.From(new[] { reason });
            return new ContactMatch(account)
            {
                Status = MatchStatus.Matched,
                Contact = contact,
                Reasons = reasons,
                Candidates = ValueList<MatchCandidate>.From(new[] { new MatchCandidate(contact, 100, reasons) }),
            };
        }

        /// <summary>
        /// The account's contact by a stored decision (a person's link, Set-PsaContactMatch or Save-PsaContactMatch), as
        /// Find-PsaContactMatch reports it: Matched, StoredDecision.
        /// </summary>
        public static ContactMatch Decided(Account account, PsaContact contact)
        {
            var reasons = ValueList<MatchReason>.From(new[] { MatchReason.StoredDecision });
            return new ContactMatch(account)
            {
                Status = MatchStatus.Matched,
                Contact = contact,
                Reasons = reasons,
                Candidates = ValueList<MatchCandidate>.From(new[] { new MatchCandidate(contact, 100, reasons) }),
            };
        }
    }
}
