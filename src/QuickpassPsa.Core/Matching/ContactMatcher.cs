using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// Matches accounts to one company's contacts. Contacts are indexed once; each account costs a few
    /// hash lookups for exact evidence and small blocked sets for fuzzy evidence. Evidence order: stored
    /// decision; exact address (unique on both sides) → Suggested ★★★; exact first+last name, unique, no
    /// contradicting email → Suggested ★★; nickname, swapped, initial, typo, alias domain → Review ★;
    /// equally good candidates → Ambiguous. One account links to at most one contact and one contact to at
    /// most one account. A wrong automatic link lets a technician reset the wrong person's password, so
    /// anything short of strong, unique evidence is left to a person.
    /// </summary>
    public sealed class ContactMatcher
    {
        private const int MaxCandidates = 10;

        private readonly ContactIndex _index;
        private readonly MatchOptions _options;
        private readonly Dictionary<string, string> _confirmed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, HashSet<string>> _excluded = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);

        public ContactMatcher(IEnumerable<PsaContact> contacts, IEnumerable<MatchDecision>? decisions = null, MatchOptions? options = null)
        {
            if (contacts == null) throw new ArgumentNullException(nameof(contacts));
            _options = options ?? new MatchOptions();
            _index = new ContactIndex(contacts);
            foreach (var decision in decisions ?? Enumerable.Empty<MatchDecision>())
            {
                if (decision.Kind == MatchDecisionKind.Confirmed) _confirmed[decision.AccountId] = decision.ContactId;
                else
                {
                    if (!_excluded.TryGetValue(decision.AccountId, out var set)) _excluded[decision.AccountId] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    set.Add(decision.ContactId);
                }
            }
        }

        /// <summary>One result per account, in input order.</summary>
        public IReadOnlyList<ContactMatch> Match(IEnumerable<Account> accounts)
        {
            if (accounts == null) throw new ArgumentNullException(nameof(accounts));
            var profiles = accounts.Select((a, i) => new AccountProfile(a, i)).ToList();
            var results = new List<Outcome>(profiles.Count);
            var collector = new EvidenceCollector(_index, _options.Nicknames ?? NicknameTable.Default, _options.Fuzzy);

            foreach (var profile in profiles)
            {
                var outcome = new Outcome(profile);
                results.Add(outcome);
                if (TryStoredDecision(outcome)) continue;

                var excluded = profile.Account.Id != null && _excluded.TryGetValue(profile.Account.Id, out var set) ? set : null;
                if (_options.Strategy == MatchStrategy.QuickpassCompatible) QuickpassRule.Decide(outcome, _index, excluded);
                else Decide(outcome, collector.Collect(profile, excluded));
            }

            if (_options.Strategy == MatchStrategy.Default) EnforceOneToOne(results);
            return results.Select(r => r.ToMatch(_options.Strategy)).ToList();
        }

        private bool TryStoredDecision(Outcome outcome)
        {
            var id = outcome.Profile.Account.Id;
            if (id == null || !_confirmed.TryGetValue(id, out var contactId) || !_index.ById.TryGetValue(contactId, out var contact)) return false;
            outcome.Set(MatchStatus.Matched, 0, contact, new[] { MatchReason.StoredDecision });
            outcome.Candidates = new List<MatchCandidate> { new MatchCandidate(contact.Contact, 100, new[] { MatchReason.StoredDecision }) };
            return true;
        }

        private static void Decide(Outcome outcome, Dictionary<IndexedContact, Evidence> found)
        {
            if (found.Count == 0)
            {
                outcome.Set(MatchStatus.Unmatched, 0, null, Array.Empty<MatchReason>());
                return;
            }

            var ranked = new List<Evidence>(found.Values);
            if (ranked.Count > 1) ranked.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Contact.Order.CompareTo(y.Contact.Order));
            var candidates = new List<MatchCandidate>(Math.Min(ranked.Count, MaxCandidates));
            for (var i = 0; i < ranked.Count && i < MaxCandidates; i++) candidates.Add(ranked[i].ToCandidate());
            outcome.Candidates = candidates;

            if (ranked.Count == 1 && ranked[0].Contact.Active && ranked[0].HasEmail)
            {
                Suggest(outcome, ranked[0], 3); // the common case: one contact, found by address
                return;
            }

            var byEmail = ranked.Where(e => e.HasEmail).ToList();
            if (byEmail.Count > 0)
            {
                var pool = PreferActive(byEmail);
                if (pool.Count > 1)
                {
                    // Several contacts share the address: the name may still single one out.
                    var named = pool.Where(e => e.HasName).ToList();
                    if (named.Count == 1 && named[0].Contact.Active) Suggest(outcome, named[0], 3);
                    else outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { pool[0].Reasons[0], MatchReason.SharedAddress });
                    return;
                }
                if (!pool[0].Contact.Active) ReviewInactive(outcome, pool[0]);
                else Suggest(outcome, pool[0], 3);
                return;
            }

            var byName = ranked.Where(e => e.HasName).ToList();
            if (byName.Count > 0)
            {
                var pool = PreferActive(byName);
                if (pool.Count > 1)
                {
                    outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { MatchReason.NameExact, MatchReason.SharedName });
                    return;
                }
                var contact = pool[0];
                if (!contact.Contact.Active) ReviewInactive(outcome, contact);
                else if (HasConflictingEmail(outcome.Profile, contact.Contact)) outcome.Set(MatchStatus.Review, 1, contact.Contact, new[] { MatchReason.NameExact, MatchReason.ConflictingEmail });
                else Suggest(outcome, contact, 2);
                return;
            }

            // Only fuzzy evidence: never more than Review, and a tie at the top is for a person to choose.
            var best = ranked[0];
            if (ranked.Count > 1 && ranked[1].Score == best.Score)
            {
                outcome.Set(MatchStatus.Ambiguous, 0, null, best.Reasons.ToArray());
                return;
            }
            var reasons = best.Reasons.ToList();
            if (!best.Contact.Active) reasons.Add(MatchReason.InactiveContact);
            outcome.Set(MatchStatus.Review, 1, best.Contact, reasons);
        }

        /// <summary>Active contacts when there are any; inactive duplicates only count when nothing else does.</summary>
        private static List<Evidence> PreferActive(List<Evidence> evidence)
        {
            var active = evidence.Where(e => e.Contact.Active).ToList();
            return active.Count > 0 ? active : evidence;
        }

        private static void Suggest(Outcome outcome, Evidence evidence, int stars)
        {
            outcome.Set(MatchStatus.Suggested, stars, evidence.Contact, evidence.Reasons.ToArray());
            outcome.Score = evidence.Score;
        }

        private static void ReviewInactive(Outcome outcome, Evidence evidence) =>
            outcome.Set(MatchStatus.Review, 1, evidence.Contact, evidence.Reasons.Concat(new[] { MatchReason.InactiveContact }).ToArray());

        /// <summary>
        /// The contact has an address on one of the account's own domains that the account does not have:
        /// most likely another person with the same name.
        /// </summary>
        private static bool HasConflictingEmail(AccountProfile account, IndexedContact contact)
        {
            foreach (var email in contact.Emails)
            {
                if (account.HasDomain(EmailNormalizer.Domain(email)) && !account.Addresses.Contains(email)) return true;
            }
            return false;
        }

        /// <summary>
        /// A contact may be Suggested for one account only. The strongest claim keeps it (stars, then score);
        /// weaker claims become Review; equal claims at the top all become Ambiguous. A contact linked by a
        /// stored decision is taken.
        /// </summary>
        private static void EnforceOneToOne(List<Outcome> outcomes)
        {
            var taken = new HashSet<IndexedContact>(outcomes.Where(o => o.Status == MatchStatus.Matched).Select(o => o.Contact!));
            // Most contacts are claimed once: count first, and sort only the contested ones.
            var claimCount = new Dictionary<IndexedContact, int>();
            foreach (var outcome in outcomes)
            {
                if (outcome.Status != MatchStatus.Suggested) continue;
                claimCount.TryGetValue(outcome.Contact!, out var n);
                claimCount[outcome.Contact!] = n + 1;
            }
            var contested = outcomes.Where(o => o.Status == MatchStatus.Suggested && (claimCount[o.Contact!] > 1 || taken.Contains(o.Contact!)));
            foreach (var claims in contested.GroupBy(o => o.Contact!))
            {
                var ordered = claims.OrderByDescending(o => o.Stars).ThenByDescending(o => o.Score).ThenBy(o => o.Profile.Order).ToList();
                if (taken.Contains(claims.Key))
                {
                    foreach (var claim in ordered) claim.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                    continue;
                }
                if (ordered.Count == 1) continue;
                var top = ordered[0];
                var tied = ordered.Where(o => o.Stars == top.Stars && o.Score == top.Score).ToList();
                foreach (var claim in ordered)
                {
                    if (tied.Count > 1 && tied.Contains(claim)) claim.Downgrade(MatchStatus.Ambiguous, MatchReason.ContactClaimed);
                    else if (claim != top) claim.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                }
            }
        }

        /// <summary>The working state of one account's result.</summary>
        internal sealed class Outcome
        {
            public Outcome(AccountProfile profile) => Profile = profile;

            public AccountProfile Profile { get; }
            public MatchStatus Status { get; private set; }
            public int Stars { get; private set; }
            public IndexedContact? Contact { get; private set; }
            public IReadOnlyList<MatchReason> Reasons { get; private set; } = Array.Empty<MatchReason>();
            public List<MatchCandidate> Candidates { get; set; } = new List<MatchCandidate>();

            /// <summary>The strength of a suggestion, for settling competing claims on one contact.</summary>
            public int Score { get; set; }

            public void Set(MatchStatus status, int stars, IndexedContact? contact, IReadOnlyList<MatchReason> reasons)
            {
                Status = status;
                Stars = stars;
                Contact = contact;
                Reasons = reasons;
            }

            public void Downgrade(MatchStatus status, MatchReason why)
            {
                var reasons = Reasons.Concat(new[] { why }).ToArray();
                if (status == MatchStatus.Ambiguous) Set(status, 0, null, reasons);
                else Set(status, 1, Contact, reasons);
            }

            public ContactMatch ToMatch(MatchStrategy strategy) => new ContactMatch(Profile.Account)
            {
                Status = Status,
                Stars = Stars,
                Contact = Contact?.Contact,
                Reasons = Reasons,
                Candidates = Candidates,
                Strategy = strategy,
            };
        }
    }
}
