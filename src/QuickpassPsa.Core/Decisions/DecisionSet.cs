using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The rules of the store, in memory: one confirmed link per account per company, one account per contact
    /// (per company), exclusions per account and contact pair, and a decision about a pair replaces the opposite one.
    /// </summary>
    internal sealed class DecisionSet
    {
        private readonly List<ContactMatchDecision> _items;

        public DecisionSet(IEnumerable<ContactMatchDecision> items) => _items = items.ToList();

        public IReadOnlyList<ContactMatchDecision> Items => _items;

        public DecisionChange Apply(ContactMatchDecision decision)
        {
            var incoming = decision.Copy();
            var sameCompany = _items.Where(d => Same(d.CompanyId, incoming.CompanyId)).ToList();

            // The same decision again (a Matched row saved once more): refresh the identities and names, keep who and when.
            var existing = sameCompany.FirstOrDefault(d => d.DecisionKind == incoming.DecisionKind && Same(d.ContactId, incoming.ContactId) && AccountIdentity.Same(d, incoming));
            var replaced = new List<ContactMatchDecision>();
            foreach (var old in sameCompany)
            {
                if (ReferenceEquals(old, existing)) continue;
                var sameAccount = AccountIdentity.Same(old, incoming);
                var sameContact = Same(old.ContactId, incoming.ContactId);
                var goes = incoming.DecisionKind == MatchDecisionKind.Confirmed
                    ? (old.DecisionKind == MatchDecisionKind.Confirmed && (sameAccount || sameContact)) || (sameAccount && sameContact)
                    : sameAccount && sameContact;
                if (goes) replaced.Add(old);
            }

            foreach (var old in replaced.Concat(existing == null ? Enumerable.Empty<ContactMatchDecision>() : new[] { existing }))
            {
                // The same person read from another source keeps the identities the older decision knew.
                if (!AccountIdentity.Same(old, incoming)) continue;
                incoming.UserPrincipalName ??= old.UserPrincipalName;
                incoming.Email ??= old.Email;
                incoming.AccountId ??= old.AccountId;
                incoming.AccountName ??= old.AccountName;
            }

            if (existing != null)
            {
                incoming.DecidedBy = existing.DecidedBy;
                incoming.DecidedAt = existing.DecidedAt;
                incoming.ContactName ??= existing.ContactName;
                _items[_items.IndexOf(existing)] = incoming;
            }
            else
            {
                _items.Add(incoming);
            }
            _items.RemoveAll(replaced.Contains);
            return new DecisionChange(incoming, replaced, existing != null);
        }

        public IReadOnlyList<ContactMatchDecision> Remove(Func<ContactMatchDecision, bool> which)
        {
            var removed = _items.Where(which).ToList();
            _items.RemoveAll(removed.Contains);
            return removed;
        }

        private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
