using System;
using System.Collections.Generic;
using System.Linq;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Quickpass's documented rule, reproduced for comparison (psa-api.md C3): "search by Email Address
    /// first; if no email matches, search by First and Last Name". Exact, case-insensitive comparisons of
    /// the account's email with every email of a contact, then of first and last name as written; no
    /// accent folding, no aliases, no nicknames, no one-to-one rule, inactive contacts included.
    /// </summary>
    internal static class QuickpassRule
    {
        public static void Decide(ContactMatcher.Outcome outcome, ContactIndex index, ISet<string>? excluded)
        {
            var account = outcome.Account;
            var email = account.Email?.Trim();
            var byEmail = string.IsNullOrEmpty(email)
                ? new List<IndexedContact>()
                : EmailCandidates(index, email!).Where(c => c.Contact.Emails.Any(e => string.Equals(e.Trim(), email, StringComparison.OrdinalIgnoreCase))).ToList();
            if (Finish(outcome, Allowed(byEmail, excluded), MatchReason.EmailPrimary, 3)) return;

            var first = account.FirstName?.Trim();
            var last = account.LastName?.Trim();
            var byName = string.IsNullOrEmpty(first) || string.IsNullOrEmpty(last)
                ? new List<IndexedContact>()
                : NameCandidates(index, first!, last!).Where(c =>
                    string.Equals(c.Contact.FirstName?.Trim(), first, StringComparison.OrdinalIgnoreCase) &&
                    string.Equals(c.Contact.LastName?.Trim(), last, StringComparison.OrdinalIgnoreCase)).ToList();
            if (Finish(outcome, Allowed(byName, excluded), MatchReason.NameExact, 2)) return;

            outcome.Set(MatchStatus.Unmatched, 0, null, Array.Empty<MatchReason>());
        }

        // The index narrows the search (exact equality implies equal folded keys); the rule's own exact
        // comparison above then decides. Only values the index cannot key fall back to a full scan.
        private static IEnumerable<IndexedContact> EmailCandidates(ContactIndex index, string email) =>
            EmailNormalizer.Normalize(email) is { } folded ? index.WithEmail(folded) : (IEnumerable<IndexedContact>)index.ById.Values;

        private static IEnumerable<IndexedContact> NameCandidates(ContactIndex index, string first, string last) =>
            first.IndexOf(',') >= 0 || last.IndexOf(',') >= 0 || NameNormalizer.Compact(first).Length == 0 || NameNormalizer.Compact(last).Length == 0
                ? index.ById.Values
                : (IEnumerable<IndexedContact>)index.WithName(new NameKey(NameNormalizer.Compact(first), NameNormalizer.Compact(last)));

        private static List<IndexedContact> Allowed(List<IndexedContact> contacts, ISet<string>? excluded) =>
            (excluded == null ? contacts : contacts.Where(c => !excluded.Contains(c.Contact.Id)).ToList()).OrderBy(c => c.Order).ToList();

        private static bool Finish(ContactMatcher.Outcome outcome, List<IndexedContact> hits, MatchReason reason, int stars)
        {
            if (hits.Count == 0) return false;
            var score = reason == MatchReason.EmailPrimary ? Evidence.EmailPrimaryScore : Evidence.NameExactScore;
            outcome.Candidates = hits.Take(10).Select(c => new MatchCandidate(c.Contact, score, new[] { reason })).ToList();
            if (hits.Count == 1) outcome.Set(MatchStatus.Suggested, stars, hits[0], new[] { reason });
            else outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { reason });
            return true;
        }
    }
}
