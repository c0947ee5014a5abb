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
        public static ContactMatch Create(Account account, PsaContact contact)
        {
            // The contact holds the account's primary address: the created one by construction, the found one by the lookup.
            // ValueLists: a CSV cell of the row reads "EmailPrimary", not a collection's type name.
            var reasons = ValueList<MatchReason>.From(new[] { MatchReason.EmailPrimary });
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
