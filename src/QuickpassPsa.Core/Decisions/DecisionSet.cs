using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The rules of the store, in memory: one confirmed link per account per company, one account per contact
    /// (per company), exclusions per account and contact pair, and a decision about a pair replaces the opposite one.
    /// <para>
    /// Every rule concerns decisions of the same company that share the account or the contact, so the set keeps
    /// them indexed by (company, identity value) and (company, contact id): saving 10,000 rows looks at a handful
    /// of decisions each, not at every stored one.
    /// </para>
    /// </summary>
    internal sealed class DecisionSet
    {
        private static readonly StringComparer KeyComparer = StringComparer.OrdinalIgnoreCase;

        /// <summary>Decisions in file order; a removed one leaves a null until <see cref="Items"/> compacts.</summary>
        private readonly List<ContactMatchDecision?> _items = new List<ContactMatchDecision?>();
        private readonly Dictionary<ContactMatchDecision, int> _position = new Dictionary<ContactMatchDecision, int>(ReferenceComparer.Instance);
        private readonly Dictionary<string, List<ContactMatchDecision>> _byAccount = new Dictionary<string, List<ContactMatchDecision>>(KeyComparer);
        private readonly Dictionary<string, List<ContactMatchDecision>> _byContact = new Dictionary<string, List<ContactMatchDecision>>(KeyComparer);

        public DecisionSet(IEnumerable<ContactMatchDecision> items)
        {
            foreach (var item in items) Add(item);
        }

        public IReadOnlyList<ContactMatchDecision> Items => _items.Where(d => d != null).Select(d => d!).ToList();

        /// <summary>The decisions stored by this set's own Apply calls (one save's), which no row of that save predates as a person's would.</summary>
        private readonly HashSet<ContactMatchDecision> _applied = new HashSet<ContactMatchDecision>(ReferenceComparer.Instance);

        public DecisionChange Apply(ContactMatchDecision decision)
        {
            var incoming = decision.Copy();
            var related = Related(incoming);

            // The same decision again (a Matched row saved once more): refresh the identities and names, keep who and when.
            var existing = related.FirstOrDefault(d => d.DecisionKind == incoming.DecisionKind && Same(d.ContactId, incoming.ContactId) && AccountIdentity.Same(d, incoming));
            var replaced = new List<ContactMatchDecision>();
            foreach (var old in related)
            {
                if (ReferenceEquals(old, existing)) continue;
                var sameAccount = AccountIdentity.Same(old, incoming);
                var sameContact = Same(old.ContactId, incoming.ContactId);
                var goes = incoming.DecisionKind == MatchDecisionKind.Confirmed
                    ? (old.DecisionKind == MatchDecisionKind.Confirmed && (sameAccount || sameContact)) || (sameAccount && sameContact)
                    : sameAccount && sameContact;
                if (goes) replaced.Add(old);
            }

            // A decision made from a row must not replace one a person made after the row was computed (round 61b: a nightly job's
            // Suggested row overwrote a technician's exclusion, and a hand link, made while the job ran). Those stay; this one is not stored.
            if (incoming.RowComputedAt is DateTime computed)
            {
                var rowTime = computed.Kind == DateTimeKind.Local ? computed.ToUniversalTime() : DateTime.SpecifyKind(computed, DateTimeKind.Utc);
                var newer = replaced.Where(d => !_applied.Contains(d) && DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Utc) > rowTime).ToList();
                if (newer.Count > 0) return new DecisionChange(incoming, DecisionChange.None, false, newer);
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
                var at = _position[existing];
                Unindex(existing);
                _items[at] = incoming;
                Index(incoming, at);
            }
            else
            {
                Add(incoming);
            }
            foreach (var old in replaced) Delete(old);
            _applied.Add(incoming);
            return new DecisionChange(incoming, replaced, existing != null);
        }

        public IReadOnlyList<ContactMatchDecision> Remove(Func<ContactMatchDecision, bool> which)
        {
            var removed = Items.Where(which).ToList();
            foreach (var decision in removed) Delete(decision);
            return removed;
        }

        /// <summary>The decisions of the same company that share an identity value or the contact, in file order.</summary>
        private List<ContactMatchDecision> Related(ContactMatchDecision incoming)
        {
            var found = new HashSet<ContactMatchDecision>(ReferenceComparer.Instance);
            foreach (var value in AccountIdentity.ValuesOf(incoming))
            {
                if (_byAccount.TryGetValue(Key(incoming.CompanyId, value), out var list)) found.UnionWith(list);
            }
            if (_byContact.TryGetValue(Key(incoming.CompanyId, incoming.ContactId), out var sameContact)) found.UnionWith(sameContact);
            return found.OrderBy(d => _position[d]).ToList();
        }

        private void Add(ContactMatchDecision decision)
        {
            _items.Add(decision);
            Index(decision, _items.Count - 1);
        }

        private void Delete(ContactMatchDecision decision)
        {
            if (!_position.TryGetValue(decision, out var at)) return;
            Unindex(decision);
            _items[at] = null;
        }

        private void Index(ContactMatchDecision decision, int at)
        {
            _position[decision] = at;
            foreach (var value in AccountIdentity.ValuesOf(decision)) Bucket(_byAccount, Key(decision.CompanyId, value)).Add(decision);
            Bucket(_byContact, Key(decision.CompanyId, decision.ContactId)).Add(decision);
        }

        private void Unindex(ContactMatchDecision decision)
        {
            _position.Remove(decision);
            foreach (var value in AccountIdentity.ValuesOf(decision)) Bucket(_byAccount, Key(decision.CompanyId, value)).Remove(decision);
            Bucket(_byContact, Key(decision.CompanyId, decision.ContactId)).Remove(decision);
        }

        private static List<ContactMatchDecision> Bucket(Dictionary<string, List<ContactMatchDecision>> index, string key)
        {
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<ContactMatchDecision>(1);
            return list;
        }

        /// <summary>Company and value compared as <see cref="Same"/> compares them: trimmed, ignoring case.</summary>
        private static string Key(string? companyId, string? value) => (companyId?.Trim() ?? string.Empty) + "\u0001" + (value?.Trim() ?? string.Empty);

        private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

        /// <summary>Decisions are mutable records: identity, not value, says which one is which.</summary>
        private sealed class ReferenceComparer : IEqualityComparer<ContactMatchDecision>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(ContactMatchDecision? x, ContactMatchDecision? y) => ReferenceEquals(x, y);

            public int GetHashCode(ContactMatchDecision obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
