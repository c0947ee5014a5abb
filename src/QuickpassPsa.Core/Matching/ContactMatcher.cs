using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
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
    public sealed partial class ContactMatcher
    {
        private readonly ContactIndex _index;
        private readonly MatchOptions _options;
        private ClaimTable? _spareClaims;
        private readonly Dictionary<string, string> _confirmed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // Contact id to the account a stored decision links it to: a contact a person gave one account is no other account's link,
        // whether or not that account is in this run.
        private readonly Dictionary<string, string> _confirmedContacts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, HashSet<string>> _excluded = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);

        public ContactMatcher(IEnumerable<PsaContact> contacts, IEnumerable<MatchDecision>? decisions = null, MatchOptions? options = null)
        {
            if (contacts == null) throw new ArgumentNullException(nameof(contacts));
            _options = options ?? new MatchOptions();
            _index = new ContactIndex(contacts);
            if (_options.Fuzzy && _options.Strategy == MatchStrategy.Default)
            {
                // Built with the rest of the index (once per company), not inside the first account's match.
                _ = _index.NearMiss;
                _ = _index.NameTypos;
            }
            foreach (var decision in decisions ?? Enumerable.Empty<MatchDecision>())
            {
                if (decision.Kind == MatchDecisionKind.Confirmed)
                {
                    _confirmed[decision.AccountId] = decision.ContactId;
                    _confirmedContacts[decision.ContactId.Trim()] = decision.AccountId;
                }
                else
                {
                    if (!_excluded.TryGetValue(decision.AccountId, out var set)) _excluded[decision.AccountId] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    set.Add(decision.ContactId);
                }
            }
            // Built here, not by the first account that needs it: two Match calls may run at once.
            if (_confirmed.Count > 0 || _options.Strategy == MatchStrategy.QuickpassCompatible) _ = _index.ById;
        }

        /// <summary>One result per account, in input order.</summary>
        public IReadOnlyList<ContactMatch> Match(IEnumerable<Account> accounts)
        {
            if (accounts == null) throw new ArgumentNullException(nameof(accounts));
            var clock = Stopwatch.StartNew();
            Mark("start", clock);
            // Profiles (folded addresses and names) are made per account and dropped after its decision:
            // kept for every account they were the largest thing a run held, and copying them from one
            // garbage collection generation to the next was most of the cost at a million accounts. The few
            // accounts an elimination round revisits get theirs made again.
            var list = accounts as IReadOnlyList<Account> ?? accounts.ToList();

            // A number on several accounts (or several contacts) is a family or desk phone: no evidence.
            var sharedAccountLines = new SharedLines(list);
            Func<AccountProfile, int, bool> phoneShared = (account, extension) => _index.HoldersOf(account, extension) > 1 || sharedAccountLines.Contains(account.Phone!, extension);
            var collector = new EvidenceCollector(_index, _options.Nicknames ?? NicknameTable.Default, _options.Fuzzy, phoneShared);
            Mark("mobile counts", clock);

            long collecting = 0;
            // Made in input order, before any matching: the one-to-one rules and elimination walk them in
            // that order several times, and at a million accounts objects made in matching order (below)
            // would be visited at random.
            var outcomes = new Outcome[list.Count];
            for (var i = 0; i < outcomes.Length; i++) outcomes[i] = new Outcome(list[i], i);
            var sequence = ProcessingOrder(list);
            Mark("order", clock);
            for (var at = 0; at < sequence.Length; at++)
            {
                if (at % ReadAhead.Batch == 0) Touch(list, sequence, at);
                var order = sequence[at];
                var account = list[order];
                var outcome = outcomes[order];
                if (TryStoredDecision(outcome)) continue;

                if (_options.Strategy == MatchStrategy.QuickpassCompatible)
                {
                    QuickpassRule.Decide(outcome, _index, Excluded(account));
                    continue;
                }
                var profile = AccountProfile.Reuse(account, order);
                var started = Stopwatch.GetTimestamp();
                var found = collector.Collect(profile, Excluded(account));
                collecting += Stopwatch.GetTimestamp() - started;
                Decide(outcome, profile, found);
            }
            Mark("evidence+decide", clock);
            if (Stages != null) Stages["of which evidence"] = collecting * 1000.0 / Stopwatch.Frequency;

            if (_options.Strategy == MatchStrategy.Default)
            {
                // Rented from the matcher (a second Match running at the same time makes its own).
                var claims = Interlocked.Exchange(ref _spareClaims, null) ?? new ClaimTable(_index.All.Count);
                EnforceOneToOne(outcomes, claims);
                RequireNoRival(outcomes, claims);
                Mark("one-to-one", clock);
                Eliminate(list, outcomes, collector, claims);
                PreferAnUnheldContact(outcomes, claims);
                KeepStoredLinks(outcomes);
                Volatile.Write(ref _spareClaims, claims);
                Mark("elimination", clock);
            }
            var matches = new List<ContactMatch>(outcomes.Length);
            foreach (var result in outcomes) matches.Add(result.ToMatch(_options.Strategy));
            StringPool.ReleaseIfLarge();
            NameNormalizer.ReleaseIfLarge();
            Mark("results", clock);
            return matches;
        }

        /// <summary>
        /// A Suggested row whose contact a stored decision links to another account, in this run or not, is Review (ContactClaimed):
        /// saving it would replace a person's decision (round 79a: matched alone, an account was Suggested to a contact a person had
        /// linked to another account, and Save-PsaContactMatch took it over).
        /// </summary>
        private void KeepStoredLinks(Outcome[] outcomes)
        {
            if (_confirmedContacts.Count == 0) return;
            foreach (var outcome in outcomes)
            {
                if (outcome.Status != MatchStatus.Suggested || outcome.Contact == null) continue;
                var id = outcome.Contact.Contact.Id;
                if (id != null && _confirmedContacts.TryGetValue(id.Trim(), out var owner) && !string.Equals(owner, outcome.Account.Id?.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    outcome.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                }
            }
        }

        /// <summary>
        /// The order accounts are matched in: people with the same surname and first name one after another.
        /// Each account's evidence is its own, so the order changes no result (the results keep the input
        /// order); but with a hundred thousand contacts and more every lookup is a cache miss, and namesakes
        /// in a row look up the same name, nickname and typo keys while they are still in the cache. Keyed by
        /// a hash of the case-folded names (no string per account), sorted as numbers.
        /// </summary>
        private static int[] ProcessingOrder(IReadOnlyList<Account> accounts)
        {
            var keys = new long[accounts.Count];
            var sequence = new int[accounts.Count];
            for (var i = 0; i < accounts.Count; i++)
            {
                sequence[i] = i;
                keys[i] = NamesakeKey(accounts[i]);
            }
            Array.Sort(keys, sequence);
            return sequence;
        }

        /// <summary>
        /// Reads the next accounts' texts before matching them. In namesakes-together order the account
        /// objects come at random from memory, a chain of cache misses each (the account, then each of its
        /// texts); read together, those of thirty-two accounts are waited for at once.
        /// </summary>
        private static void Touch(IReadOnlyList<Account> accounts, int[] sequence, int from)
        {
            var to = Math.Min(from + ReadAhead.Batch, sequence.Length);
            var sum = 0;
            for (var i = from; i < to; i++)
            {
                var account = accounts[sequence[i]];
                sum += ReadAhead.Last(account.FirstName) + ReadAhead.Last(account.LastName) + ReadAhead.Last(account.DisplayName) + ReadAhead.Last(account.Email) +
                       ReadAhead.Last(account.UserPrincipalName) + ReadAhead.Last(account.MobilePhone) + account.ProxyAddresses.Count;
            }
            for (var i = from; i < to; i++)
            {
                var proxies = accounts[sequence[i]].ProxyAddresses;
                for (var p = 0; p < proxies.Count; p++) sum += ReadAhead.Last(proxies[p].Address);
            }
            ReadAhead.Keep(sum);
        }

        /// <summary>The surname's and the first name's case-folded hashes: equal for namesakes, sorted as a number.</summary>
        private static long NamesakeKey(Account account) => ((long)FoldedHash(account.LastName) << 32) | FoldedHash(account.FirstName);

        private static uint FoldedHash(string? text)
        {
            var hash = Fnv1a.Offset;
            if (text == null) return hash;
            foreach (var c in text) hash = Fnv1a.Step(hash, c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            return hash;
        }

        /// <summary>For the bench: the elapsed time (ms, cumulative) at the end of each stage of the last Match.</summary>
        internal Dictionary<string, double>? Stages { get; set; }

        /// <summary>For the bench: the process's garbage collection pause time so far (ms), read at each stage mark.</summary>
        internal Func<double>? PauseClock { get; set; }

        private void Mark(string stage, Stopwatch clock)
        {
            if (Stages == null) return;
            Stages[stage] = clock.Elapsed.TotalMilliseconds;
            if (PauseClock != null) Stages["gc " + stage] = PauseClock();
        }

        // Both maps are usually empty (no stored decisions): then no account's id is hashed, ignoring case, at all.
        private HashSet<string>? Excluded(Account account) =>
            _excluded.Count > 0 && account.Id != null && _excluded.TryGetValue(account.Id, out var set) ? set : null;
    }
}
