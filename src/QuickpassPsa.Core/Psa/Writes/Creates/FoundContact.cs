using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>
    /// The one active contact of the company found at the account's address: linked (<see cref="PersonVerdictKind.Found"/>,
    /// EmailPrimary or EmailAlias) unless a decision (stored, or made by this run) says otherwise or the matcher does not take it
    /// for the account's person.
    /// </summary>
    internal static class FoundContact
    {
        /// <param name="stored">The stored contact decisions.</param>
        /// <param name="runLinks">The links this run has made so far.</param>
        public static PersonVerdict Judge(Account account, string email, string companyId, PsaContact found, IEnumerable<ContactMatchDecision> stored, RunLinks runLinks)
        {
            // A person's decision wins over the address: an excluded pair never comes back, and another
            // account's link is not taken over by a job that only creates what is missing.
            // The links this run made count as stored ones: two accounts of one run found at one contact (a father's
            // jsmith@ and his son's jsmith+son@) never both get it (round 62a: the son took it, the father was demoted).
            if (DecisionMapping.Forbidding(stored.Concat(runLinks.All), companyId, account, found.Id) is { } decision)
            {
                return PersonVerdict.DecidedOtherwise(found, decision, thisRun: runLinks.Contains(decision));
            }
            // The address alone does not make the contact the person's: under another name (Michelle Brown holding
            // michael.brown@, Paul Lee holding ann.lee+tix@) the matcher says Review, and a link stored here would come
            // back Matched and let Update-PsaContact overwrite that person's mobile (round 45). The matcher decides.
            if (!TheMatcherLinks(account, found)) return PersonVerdict.AnotherPerson(found);
            // Found at the account's own address (a plus tag aside), or at one of its other addresses only.
            var plain = EmailNormalizer.Normalize(email);
            var atOwn = found.Emails.Any(e => string.Equals(EmailNormalizer.Normalize(e), plain, StringComparison.Ordinal));
            return PersonVerdict.Found(found, atOwn ? MatchReason.EmailPrimary : MatchReason.EmailAlias);
        }

        /// <summary>The matcher, given only this contact, links the account to it (Suggested): the address and the names agree.</summary>
        internal static bool TheMatcherLinks(Account account, PsaContact contact)
        {
            var match = new ContactMatcher(new[] { contact.WithoutRaw() }).Match(new[] { account });
            return match.Count == 1 && match[0].Status == MatchStatus.Suggested;
        }
    }
}
