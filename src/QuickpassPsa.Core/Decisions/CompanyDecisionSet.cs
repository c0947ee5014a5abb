using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The rules for customer-company decisions, in memory: one confirmed link per customer and one customer per
    /// company (the "one customer to one company"), exclusions per pair, and a decision about a pair
    /// replaces the opposite one. An MSP has hundreds of customers, not tens of thousands: a list is enough.
    /// </summary>
    internal sealed class CompanyDecisionSet
    {
        private readonly List<CompanyMatchDecision> _items;

        public CompanyDecisionSet(IEnumerable<CompanyMatchDecision> items) => _items = items.ToList();

        public IReadOnlyList<CompanyMatchDecision> Items => _items;

        public CompanyDecisionChange Apply(CompanyMatchDecision decision)
        {
            var incoming = decision.Copy();
            var existing = _items.FirstOrDefault(d => d.DecisionKind == incoming.DecisionKind &&
                CompanyMatchDecision.SameCustomer(d.Customer, incoming.Customer) && CompanyMatchDecision.SameId(d.CompanyId, incoming.CompanyId));
            var replaced = _items.Where(old => !ReferenceEquals(old, existing) && Replaces(incoming, old)).ToList();

            if (existing != null)
            {
                incoming.DecidedBy = existing.DecidedBy;
                incoming.DecidedAt = existing.DecidedAt;
                incoming.CompanyName ??= existing.CompanyName;
                _items[_items.IndexOf(existing)] = incoming;
            }
            else
            {
                _items.Add(incoming);
            }
            foreach (var old in replaced) _items.Remove(old);
            return new CompanyDecisionChange(incoming, replaced, existing != null);
        }

        public IReadOnlyList<CompanyMatchDecision> Remove(System.Func<CompanyMatchDecision, bool> which)
        {
            var removed = _items.Where(which).ToList();
            foreach (var decision in removed) _items.Remove(decision);
            return removed;
        }

        private static bool Replaces(CompanyMatchDecision incoming, CompanyMatchDecision old)
        {
            var sameCustomer = CompanyMatchDecision.SameCustomer(old.Customer, incoming.Customer);
            var sameCompany = CompanyMatchDecision.SameId(old.CompanyId, incoming.CompanyId);
            if (sameCustomer && sameCompany) return true; // the opposite decision about the pair
            return incoming.DecisionKind == MatchDecisionKind.Confirmed && old.DecisionKind == MatchDecisionKind.Confirmed && (sameCustomer || sameCompany);
        }
    }
}
