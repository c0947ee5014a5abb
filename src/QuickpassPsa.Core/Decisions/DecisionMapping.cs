using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>From stored decisions to what the matcher and the reports need.</summary>
    public static class DecisionMapping
    {
        /// <summary>
        /// The company's stored decisions mapped onto the accounts at hand: an account gets a decision when any of its
        /// UPN, email or Id equals any identity the decision kept (<see cref="AccountIdentity"/>), unless only a short id
        /// agrees and the addresses say another person (<see cref="AccountIdentity.Strength"/>: "jsmith" at two
        /// customers). The MatchDecisions are keyed by the account's current Id (accounts without one are skipped: the
        /// matcher keys by Id). An account that several stored links reach (two identities saved separately) gets the
        /// newest link only; a link that reaches several accounts of this run (two accounts with one address) goes to the
        /// one it names most surely (UPN, then address, then id; then input order), never to two: one contact, one account.
        /// </summary>
        public static IReadOnlyList<MatchDecision> For(IEnumerable<ContactMatchDecision> stored, string companyId, IEnumerable<Account> accounts)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            if (accounts == null) throw new ArgumentNullException(nameof(accounts));
            var company = (companyId ?? string.Empty).Trim();
            var byIdentity = new Dictionary<string, List<ContactMatchDecision>>(AccountIdentity.Comparer);
            foreach (var d in stored.Where(d => string.Equals(d.CompanyId, company, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var value in AccountIdentity.ValuesOf(d))
                {
                    if (!byIdentity.TryGetValue(value, out var list)) byIdentity[value] = list = new List<ContactMatchDecision>();
                    list.Add(d);
                }
            }

            var exclusions = new List<MatchDecision>();
            var links = new List<(Account Account, ContactMatchDecision Link, int Strength, int Order)>();
            var done = new HashSet<string>(StringComparer.Ordinal);
            var order = 0;
            foreach (var account in accounts)
            {
                order++;
                if (account == null || string.IsNullOrWhiteSpace(account.Id) || !done.Add(account.Id!)) continue;
                var found = new List<ContactMatchDecision>();
                foreach (var value in AccountIdentity.ValuesOf(account))
                {
                    if (byIdentity.TryGetValue(value, out var list)) found.AddRange(list.Where(d => !found.Contains(d) && AccountIdentity.Strength(d, account) > 0));
                }
                if (found.Count == 0) continue;

                var link = found.Where(d => d.DecisionKind == MatchDecisionKind.Confirmed).OrderByDescending(d => d.DecidedAt).FirstOrDefault();
                if (link != null) links.Add((account, link, AccountIdentity.Strength(link, account), order));
                foreach (var contactId in found.Where(d => d.DecisionKind == MatchDecisionKind.Excluded).Select(d => d.ContactId).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    exclusions.Add(new MatchDecision(account.Id!, contactId, MatchDecisionKind.Excluded));
                }
            }

            var result = new List<MatchDecision>();
            foreach (var contact in links.GroupBy(l => l.Link.ContactId.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                var surest = contact.OrderByDescending(l => l.Strength).ThenBy(l => l.Order).First();
                result.Add(new MatchDecision(surest.Account.Id!, surest.Link.ContactId, MatchDecisionKind.Confirmed));
            }
            result.AddRange(exclusions);
            return result;
        }

        /// <summary>
        /// <see cref="For"/>, and the stored links that reach no account at hand, each keyed by an id no account has: the contact is held
        /// all the same, so the matcher suggests it to no other account (round 79a: matched alone, an account was Suggested to a contact a
        /// person had linked to another account, and Save-PsaContactMatch replaced that decision).
        /// </summary>
        public static IReadOnlyList<MatchDecision> ForMatching(IEnumerable<ContactMatchDecision> stored, string companyId, IEnumerable<Account> accounts)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            var all = stored as IReadOnlyCollection<ContactMatchDecision> ?? stored.ToList();
            var at = accounts as IReadOnlyCollection<Account> ?? (accounts ?? throw new ArgumentNullException(nameof(accounts))).ToList();
            var result = new List<MatchDecision>(For(all, companyId, at));
            var company = (companyId ?? string.Empty).Trim();
            var held = new HashSet<string>(result.Where(d => d.Kind == MatchDecisionKind.Confirmed).Select(d => d.ContactId.Trim()), StringComparer.OrdinalIgnoreCase);
            // The accounts at hand by each identity, once: thousands of decisions against thousands of accounts.
            var byIdentity = new Dictionary<string, List<Account>>(AccountIdentity.Comparer);
            foreach (var account in at)
            {
                if (account == null) continue;
                foreach (var value in AccountIdentity.ValuesOf(account))
                {
                    if (!byIdentity.TryGetValue(value, out var list)) byIdentity[value] = list = new List<Account>();
                    list.Add(account);
                }
            }
            foreach (var d in all)
            {
                if (d.DecisionKind != MatchDecisionKind.Confirmed || !string.Equals(d.CompanyId, company, StringComparison.OrdinalIgnoreCase)) continue;
                var contactId = (d.ContactId ?? string.Empty).Trim();
                if (contactId.Length == 0 || held.Contains(contactId)) continue;
                // A link that reaches an account at hand is that account's, even when For gave the contact to another (newest first).
                if (AccountIdentity.ValuesOf(d).Any(v => byIdentity.TryGetValue(v, out var list) && list.Any(a => AccountIdentity.Strength(d, a) > 0))) continue;
                held.Add(contactId);
                result.Add(new MatchDecision(HeldElsewherePrefix + contactId, contactId, MatchDecisionKind.Confirmed));
            }
            return result;
        }

        /// <summary>The account id of a link kept for an account not at hand: no account has it (a character no id holds).</summary>
        internal const string HeldElsewherePrefix = "\u0001held-elsewhere:";

        /// <summary>A link <see cref="ForMatching"/> kept for an account not at hand: nothing to say about it to the user.</summary>
        public static bool IsHeldElsewhere(MatchDecision decision) =>
            decision != null && decision.AccountId.StartsWith(HeldElsewherePrefix, StringComparison.Ordinal);

        /// <summary>
        /// The stored decision that forbids linking this account to this contact, or null: an exclusion of the pair
        /// (a person said "not this contact"), or another account's confirmed link to the contact (one contact, one
        /// account). New-PsaContact asks before it links an account to a contact it found by address.
        /// </summary>
        public static ContactMatchDecision? Forbidding(IEnumerable<ContactMatchDecision> stored, string companyId, Account account, string contactId)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            if (account == null) throw new ArgumentNullException(nameof(account));
            var company = (companyId ?? string.Empty).Trim();
            var contact = (contactId ?? string.Empty).Trim();
            ContactMatchDecision? linkedElsewhere = null;
            foreach (var d in stored)
            {
                if (!string.Equals(d.CompanyId, company, StringComparison.OrdinalIgnoreCase) || !string.Equals(d.ContactId, contact, StringComparison.OrdinalIgnoreCase)) continue;
                var same = AccountIdentity.Strength(d, account) > 0;
                if (d.DecisionKind == MatchDecisionKind.Excluded && same) return d;
                if (d.DecisionKind == MatchDecisionKind.Confirmed && !same && (linkedElsewhere == null || d.DecidedAt > linkedElsewhere.DecidedAt)) linkedElsewhere = d;
            }
            return linkedElsewhere;
        }

        /// <summary>The newest confirmed link of this account in this company (<see cref="AccountIdentity.Strength"/>), or null.</summary>
        public static ContactMatchDecision? LinkOf(IEnumerable<ContactMatchDecision> stored, string companyId, Account account)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            if (account == null) throw new ArgumentNullException(nameof(account));
            var company = (companyId ?? string.Empty).Trim();
            return stored.Where(d => d.DecisionKind == MatchDecisionKind.Confirmed && string.Equals(d.CompanyId, company, StringComparison.OrdinalIgnoreCase) &&
                                     AccountIdentity.Strength(d, account) > 0)
                .OrderByDescending(d => d.DecidedAt).FirstOrDefault();
        }

        /// <summary>
        /// Accounts with more than one confirmed link in the company (a store merged by hand, two copies edited apart): the
        /// newest is used (<see cref="For"/>); the caller says so, since the docs promise one link per account and company.
        /// </summary>
        public static IReadOnlyList<IReadOnlyList<ContactMatchDecision>> SeveralLinks(IEnumerable<ContactMatchDecision> stored, string companyId)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            var company = (companyId ?? string.Empty).Trim();
            return stored.Where(d => d.DecisionKind == MatchDecisionKind.Confirmed && string.Equals(d.CompanyId, company, StringComparison.OrdinalIgnoreCase))
                .GroupBy(d => d.AccountKey, AccountIdentity.Comparer)
                .Where(g => g.Select(d => d.ContactId.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
                .Select(g => (IReadOnlyList<ContactMatchDecision>)g.OrderByDescending(d => d.DecidedAt).ToList())
                .ToList();
        }

        /// <summary>The company's confirmed links whose contact is not among the contacts fetched now.</summary>
        public static IReadOnlyList<ContactMatchDecision> LinksToMissingContacts(IEnumerable<ContactMatchDecision> stored, string companyId, IEnumerable<string> contactIds)
        {
            if (stored == null) throw new ArgumentNullException(nameof(stored));
            var present = new HashSet<string>((contactIds ?? Enumerable.Empty<string>()).Where(id => id != null).Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase);
            var company = (companyId ?? string.Empty).Trim();
            return stored.Where(d => d.DecisionKind == MatchDecisionKind.Confirmed &&
                                     string.Equals(d.CompanyId, company, StringComparison.OrdinalIgnoreCase) &&
                                     !present.Contains(d.ContactId))
                .ToList();
        }
    }
}
