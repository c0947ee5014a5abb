using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;
using static QuickpassPsa.Core.Matching.LinkChecks;

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
        private ClaimTable? _spareClaims;
        private readonly Dictionary<string, string> _confirmed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
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
                if (decision.Kind == MatchDecisionKind.Confirmed) _confirmed[decision.AccountId] = decision.ContactId;
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
                Eliminate(outcomes, collector, claims);
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
                keys[i] = ((long)FoldedHash(accounts[i].LastName) << 32) | FoldedHash(accounts[i].FirstName);
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

        /// <summary>
        /// Elimination rounds: a contact linked on strong evidence (a stored decision, a unique exact
        /// address) belongs to that account, so an account that was Ambiguous or Review only because of such
        /// a contact is judged again on the evidence that remains, by the same rules: a link that the
        /// remaining evidence alone would not justify is never made. New claims then compete one-to-one as
        /// before. A few rounds settle chains; each round only revisits the accounts it concerns.
        /// </summary>
        private void Eliminate(Outcome[] results, EvidenceCollector collector, ClaimTable claims)
        {
            // By contact position (ClaimTable), not a hash set: at a million accounts most of them hold a
            // strong link, and hashing each contact into a set was seconds.
            var eliminated = claims.Eliminated;
            try
            {
                EliminateRounds(results, collector, claims, eliminated);
            }
            finally
            {
                Array.Clear(eliminated, 0, eliminated.Length);
                Array.Clear(claims.TakenBy, 0, claims.TakenBy.Length);
            }
        }

        private void EliminateRounds(Outcome[] results, EvidenceCollector collector, ClaimTable claims, bool[] eliminated)
        {
            for (var round = 0; round < 3; round++)
            {
                var grew = false;
                foreach (var outcome in results)
                {
                    if (!IsStrongLink(outcome) || eliminated[outcome.Contact!.Order]) continue;
                    eliminated[outcome.Contact.Order] = true;
                    claims.TakenBy[outcome.Contact.Order] = outcome;
                    grew = true;
                }
                if (!grew) return;

                var changed = false;
                var revisited = 0;
                foreach (var outcome in results)
                {
                    if (outcome.Status != MatchStatus.Ambiguous && outcome.Status != MatchStatus.Review) continue;
                    if (!HasEliminatedCandidate(outcome, eliminated) || StaysSharedName(outcome, eliminated)) continue;
                    revisited++;
                    var again = new Outcome(outcome.Account, outcome.Order);
                    var profile = AccountProfile.Reuse(outcome.Account, outcome.Order);
                    Decide(again, profile, collector.Collect(profile, Excluded(outcome.Account), eliminated));
                    // The account is the taker's person's other mailbox (a role mailbox shown with the person's name, an admin's or a
                    // plus-tagged one): the namesake's record that remains is no more its than the one taken (round 60a: reception@
                    // as "Maria Lopez" was Suggested to a second Maria Lopez contact). A person looks.
                    if (again.Status == MatchStatus.Suggested && again.Stars < 3 && IsTakersOtherMailbox(outcome, claims.TakenBy)) again.Set(MatchStatus.Review, 1, again.Contact, again.Reasons);
                    if (again.Status == outcome.Status && again.Contact == outcome.Contact) continue;
                    if (again.Status == MatchStatus.Unmatched)
                    {
                        // Every candidate is another account's by its exact address (a new Paul Smith beside John Paul Smith, whose
                        // own account holds his address): no contact is this person's, so New-PsaContact may create one. The
                        // candidates that were taken stay listed for the reviewer (round 48: Review, and the new hire never created).
                        // Not when a candidate came by the account's address or mobile (a near miss, another domain, the number):
                        // then the account's own contact was likely missed, and a person looks before a second one is made.
                        // Nor for an account whose name is qualified ("Ann Lee (Admin)", "- Test"): a second account of the
                        // person whose contact was taken, for whom a new contact would be a twin.
                        if (HasAddressOrPhoneCandidate(outcome, profile) || HasNameTheTakerLacks(outcome, claims.TakenBy) || NameDetails.IsQualified(outcome.Account)) continue;
                        outcome.Set(MatchStatus.Unmatched, 0, null, ReasonSets.Of(Array.Empty<MatchReason>(), MatchReason.AfterElimination));
                        outcome.Score = 0;
                        changed = true;
                        continue;
                    }
                    outcome.Set(again.Status, again.Stars, again.Contact, ReasonSets.Of(again.Reasons, MatchReason.AfterElimination));
                    outcome.Score = again.Score;
                    outcome.Candidates = again.Candidates;
                    changed = true;
                }
                if (Stages != null) Stages["of which revisits in round " + (round + 1)] = revisited;
                if (!changed) return;
                EnforceOneToOne(results, claims);
                RequireNoRival(results, claims);
            }
        }

        /// <summary>
        /// A candidate with the account's exact name, taken by an account whose own name is not exactly the contact's (Annie
        /// Lee at ann@ took Ann Lee's contact; this account is Ann Lee at a personal address), or by a stored decision: either
        /// account may be the contact's person, so a person chooses. A namesake's contact taken by the namesake's own address
        /// and name (the first James Wilson) leaves the second one Unmatched.
        /// </summary>
        private static bool HasNameTheTakerLacks(Outcome outcome, Outcome?[] takenBy)
        {
            foreach (var candidate in outcome.Candidates)
            {
                if (candidate.Indexed == null || !Contains(candidate.Reasons, MatchReason.NameExact)) continue;
                var taker = takenBy[candidate.Indexed.Order];
                if (taker == null || !Contains(taker.Reasons, MatchReason.NameExact) || MaySecondAccountOf(outcome.Account, taker.Account)) return true;
            }
            return false;
        }

        /// <summary>The exact name, the same mailbox name at another domain (AliasDomain) and the same mobile, on this account and this contact only.
        /// Only where nothing else speaks against it: no other address of the contact on the account's domain (a namesake's
        /// mailbox there), and the number written alike on both sides with no extension (a national form against a country
        /// code, or a switchboard's main line beside an extension, may be two people's: round 50).
        /// </summary>
        private static bool IsRenamedDomain(AccountProfile profile, Evidence contact) =>
            contact.Vector.Phone == PhoneLevel.Equal && contact.Reasons.Contains(MatchReason.AliasDomain) && contact.Reasons.Contains(MatchReason.MobilePhone) &&
            !HasAnotherAddressOnTheDomain(profile, contact.Contact) &&
            profile.PhoneExtension == 0 && contact.Contact.PhoneExtension == 0 && OneCountry(profile.PhoneCountry, contact.Contact.PhoneCountry, profile.Phone);

        /// <summary>
        /// The contact's only conflicting address is on the account's own domain and is a mailbox of the account's own name in another
        /// style (alee@, a.lee@, lee.ann@ for Ann Lee at ann.lee@), and the contact carries the account's own mobile (on this account
        /// and this contact only, no extension, one country): the person's address before the company changed its address style.
        /// A mailbox that adds anything (john.m.smith@, jsmith2@) may be a namesake's, and stays ConflictingEmail. The numbers are
        /// written alike (<see cref="WrittenAlike"/>: one country code, or a national form with its trunk 0 beside one).
        /// </summary>
        private static bool IsOlderMailboxOfTheName(AccountProfile profile, Evidence contact)
        {
            if (contact.Vector.Phone != PhoneLevel.Equal || profile.PhoneExtension != 0 || contact.Contact.PhoneExtension != 0) return false;
            if (!WrittenAlike(profile, contact.Contact)) return false;
            if (HasAddressOfAnotherOrganisation(profile, contact.Contact)) return false;
            var any = false;
            foreach (var email in contact.Contact.Emails)
            {
                if (!profile.HasDomainOf(email) || Array.IndexOf(profile.Addresses, email) >= 0) continue;
                if (!NameDetails.IsMailboxOfTheName(EmailNormalizer.LocalPart(email), profile.CompareNames)) return false;
                any = true;
            }
            return any;
        }

        /// <summary>
        /// Two numbers written in one country: the same country code, or +1 beside a North American number of ten digits written
        /// without it (425-555-0199). A national form beside another code ("9123 4567" and +852 or +65) may be two countries'.
        /// </summary>
        private static bool OneCountry(int a, int b, string? digits) =>
            (a != 0 && a == b) || ((a == 1 && b == 0 || a == 0 && b == 1) && digits != null && digits.Length == 10);

        /// <summary>
        /// An account with the taker's exact name that may be the same person's second account, not a namesake (round 50: each was
        /// made a twin): the same mobile as the taker's, an address only at a personal mailbox (annlee77@outlook.com) or at
        /// another organisation's domain than the taker's (a merged tenant's khill@fabrikam.com), or an admin's mailbox name
        /// (adm-dchen@, admin.dchen@, dchen-adm@), or a role mailbox (reception@). A second James Wilson at james.wilson2@ on the same
        /// domain is a namesake.
        /// </summary>
        private static bool MaySecondAccountOf(Account account, Account taker)
        {
            if (PhoneNormalizer.KeyOf(account.MobilePhone) != 0 && PhoneNormalizer.SameNumber(account.MobilePhone, taker.MobilePhone)) return true;
            var takerAddress = EmailNormalizer.Normalize(taker.Email ?? taker.UserPrincipalName);
            var address = EmailNormalizer.Normalize(account.Email ?? account.UserPrincipalName);
            if (address == null || takerAddress == null) return true;
            if (PersonalMailDomains.IsPersonal(address) || EmailNormalizer.Domain(address) != EmailNormalizer.Domain(takerAddress)) return true;
            return IsNoPersonOfItsOwn(address, takerAddress);
        }

        /// <summary>
        /// The account's address is no mailbox of a person of its own beside the taker's: the taker's own once a plus tag is folded
        /// (jsmith+2@ beside jsmith@), a role mailbox that shows a person's name (reception@, empfang@, reception.london@ as "James
        /// Moore", rounds 59a and 60a: the receptionist's second account or a mailbox the person answers), or an admin's mailbox.
        /// </summary>
        private static bool IsNoPersonOfItsOwn(string address, string takerAddress)
        {
            if (address == takerAddress) return true;
            var local = EmailNormalizer.LocalPart(address);
            if (EvidenceCollector.IsRoleMailbox(local)) return true;
            foreach (var prefix in AdminPrefixes)
            {
                if (local.StartsWith(prefix, StringComparison.Ordinal)) return true;
            }
            foreach (var suffix in AdminSuffixes)
            {
                if (local.EndsWith(suffix, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// A contact of the account's exact name was taken by an account of that exact name whose second mailbox this account is
        /// (<see cref="IsNoPersonOfItsOwn"/>): the account is that person's too.
        /// </summary>
        private static bool IsTakersOtherMailbox(Outcome outcome, Outcome?[] takenBy)
        {
            var address = EmailNormalizer.Normalize(outcome.Account.Email ?? outcome.Account.UserPrincipalName);
            if (address == null) return false;
            foreach (var candidate in outcome.Candidates)
            {
                if (candidate.Indexed == null || !Contains(candidate.Reasons, MatchReason.NameExact)) continue;
                var taker = takenBy[candidate.Indexed.Order];
                if (taker == null || !Contains(taker.Reasons, MatchReason.NameExact)) continue;
                var takerAddress = EmailNormalizer.Normalize(taker.Account.Email ?? taker.Account.UserPrincipalName);
                if (takerAddress != null && EmailNormalizer.Domain(address) == EmailNormalizer.Domain(takerAddress) && IsNoPersonOfItsOwn(address, takerAddress)) return true;
            }
            return false;
        }

        // Mailbox names of an admin's second account: adm-dchen, admin.dchen, a-dchen, da-dchen, sa-dchen; dchen-adm, dchen.admin.
        private static readonly string[] AdminPrefixes = { "adm-", "adm.", "adm_", "admin-", "admin.", "admin_", "a-", "da-", "sa-", "ea-" };
        private static readonly string[] AdminSuffixes = { "-adm", ".adm", "_adm", "-admin", ".admin", "_admin" };

        private static bool HasAddressOrPhoneCandidate(Outcome outcome, AccountProfile profile)
        {
            foreach (var candidate in outcome.Candidates)
            {
                if (Contains(candidate.Reasons, MatchReason.AliasDomain) || Contains(candidate.Reasons, MatchReason.MobilePhone)) return true;
                // The account's own address (jsmith+son@ once its tag is folded) is on the contact taken: the same mailbox, never a new
                // person for New-PsaContact (round 62a: the son's tagged account was Unmatched, and the nightly run linked it to his father).
                if (Contains(candidate.Reasons, MatchReason.EmailPrimary) || Contains(candidate.Reasons, MatchReason.EmailAlias)) return true;
                // A near miss that each person's own name explains (sophie.baker@ beside sophie.barker@) is no sign of a missed contact.
                if (Contains(candidate.Reasons, MatchReason.EmailNearMiss) && (candidate.Indexed == null || !PairComparer.AddressesFollowNames(profile, candidate.Indexed))) return true;
            }
            return false;
        }

        /// <summary>
        /// An account Ambiguous because several active contacts have its exact name stays so while two of
        /// them remain: judging it again would find the same name blocks (elimination removes contacts, it
        /// never adds any, and no address evidence can appear), so the same Ambiguous result, which is then
        /// not adopted. Skipping it changes nothing; near a common name at a million contacts these were
        /// most of the accounts revisited, each with dozens of candidates to compare.
        /// </summary>
        private static bool StaysSharedName(Outcome outcome, bool[] eliminated)
        {
            if (outcome.Status != MatchStatus.Ambiguous || outcome.Reasons.Count != 2 ||
                outcome.Reasons[0] != MatchReason.NameExact || outcome.Reasons[1] != MatchReason.SharedName)
            {
                return false;
            }
            var remaining = 0;
            var candidates = outcome.Candidates;
            for (var i = 0; i < candidates.Count && remaining < 2; i++)
            {
                var contact = candidates[i].Indexed;
                if (contact == null || !contact.Active || eliminated[contact.Order]) continue;
                if (Contains(candidates[i].Reasons, MatchReason.NameExact)) remaining++;
            }
            return remaining >= 2;
        }

        private static bool Contains(IReadOnlyList<MatchReason> reasons, MatchReason reason)
        {
            for (var i = 0; i < reasons.Count; i++)
            {
                if (reasons[i] == reason) return true;
            }
            return false;
        }

        /// <summary>A stored decision, or a Suggested link by a unique exact address.</summary>
        private static bool IsStrongLink(Outcome outcome) =>
            outcome.Contact != null &&
            (outcome.Status == MatchStatus.Matched ||
             (outcome.Status == MatchStatus.Suggested && outcome.Stars == 3 && !outcome.Reasons.Contains(MatchReason.AfterElimination)));

        /// <summary>
        /// One of the two best candidates is taken: only then can the decision change (the tiers and ties
        /// are judged at the top). Skipping the others costs no safety, only a chance of a link.
        /// </summary>
        private static bool HasEliminatedCandidate(Outcome outcome, bool[] eliminated)
        {
            for (var i = 0; i < outcome.Candidates.Count && i < 2; i++)
            {
                var contact = outcome.Candidates[i].Indexed;
                if (contact != null && eliminated[contact.Order]) return true;
            }
            return false;
        }


        private bool TryStoredDecision(Outcome outcome)
        {
            if (_confirmed.Count == 0) return false; // before the account is read: usually there are no stored decisions
            var id = outcome.Account.Id;
            if (id == null || !_confirmed.TryGetValue(id, out var contactId) || !_index.ById.TryGetValue(contactId, out var contact)) return false;
            outcome.Set(MatchStatus.Matched, 0, contact, new[] { MatchReason.StoredDecision });
            outcome.Candidates = new List<MatchCandidate> { new MatchCandidate(contact.Contact, 100, new[] { MatchReason.StoredDecision }) };
            return true;
        }

        private void Decide(Outcome outcome, AccountProfile profile, EvidenceSet found)
        {
            // Ranked by match weight: the order a reviewer reads, and the order ties are judged in.
            var ranked = _ranked ??= new List<Evidence>();
            ranked.Clear();
            ranked.AddRange(found.Items);
            if (ranked.Count > 0 && ranked.Exists(IsDismissed)) ranked.RemoveAll(IsDismissed);
            if (ranked.Count == 0)
            {
                outcome.Set(MatchStatus.Unmatched, 0, null, Array.Empty<MatchReason>());
                return;
            }
            if (ranked.Count > 1) ranked.Sort(ByWeightComparison);
            var candidates = new MatchCandidate[Math.Min(ranked.Count, MaxCandidates)];
            for (var i = 0; i < candidates.Length; i++) candidates[i] = ranked[i].ToCandidate();
            outcome.Candidates = ValueList<MatchCandidate>.Own(candidates);

            if (ranked.Count == 1 && ranked[0].Contact.Active && ranked[0].HasEmail && !ranked[0].AddressConflict && !SurnameDiffers(profile, ranked[0]) &&
                !NameDetails.Conflict(profile.Account, ranked[0].Contact.Named, oneSided: false))
            {
                Suggest(outcome, ranked[0], 3); // the common case: one contact, found by address
                return;
            }

            var byEmail = Filter(ranked, email: true, _byEmail ??= new List<Evidence>());
            if (byEmail.Count > 0)
            {
                // An address whose contact has another person's name is no link: the address was handed on
                // (a leaver's mailbox given to a new hire, jsmith@ from John to Jane) or is a shared or role
                // mailbox. A person decides, and the account's address pointing elsewhere counts against any
                // namesake too.
                var holders = byEmail.Count;
                var addressReason = byEmail[0].Reasons[0]; // EmailPrimary or EmailAlias: kept first (Evidence.Add)
                byEmail.RemoveAll(IsNameConflict);
                if (byEmail.Count == 0)
                {
                    if (holders > 1) outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { addressReason, MatchReason.SharedAddress });
                    else ReviewAddressOfAnother(outcome, ranked[0]);
                    return;
                }
                var pool = PreferActive(byEmail);
                if (pool.Count > 1)
                {
                    // Several contacts share the address: the name may still single one out.
                    var named = Filter(pool, email: false, _named ??= new List<Evidence>());
                    // ...unless another holder is named as the account's display name (Wei Zhang's and David Zhang's contacts
                    // both at wei.zhang@): the same person twice, or a mailbox handed on, for a person to choose.
                    if (named.Count == 1 && named[0].Contact.Active && !pool.Exists(e => e.NamesWrittenOtherwise)) Suggest(outcome, named[0], 3);
                    else outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { pool[0].Reasons[0], MatchReason.SharedAddress });
                    return;
                }
                if (!pool[0].Contact.Active) ReviewInactive(outcome, pool[0]);
                // Rakesh Kumar's account holds rkumar@, Rajesh Kumar's contact has it, and Rakesh has a contact of his own.
                else if (NamesakeHasTheExactName(ranked, pool[0])) ReviewAddressOfAnother(outcome, pool[0]);
                // Another surname on the address's contact is a married name, unless another contact has the
                // account's exact name: then the address may have been handed on to a namesake of the first name.
                // The address's contact is the one to review (the address is the stronger evidence, and the
                // namesake may well be another account's).
                // A married name also needs the mobiles not to differ: a leaver's address kept as an alias on a
                // colleague's mailbox (offboarding) looks the same when the two share a first name.
                // And the given name the same: Katherine Brown's old alias kate.smith@ on a contact Kate Smith is two names apart.
                else if (SurnameDiffers(profile, pool[0]) && (HasNamesakeBesides(ranked, pool[0]) || !MarriedNameFits(profile, pool[0]) || pool[0].Vector.Phone == PhoneLevel.Different ||
                                                              pool[0].Vector.First < NameLevel.Folded))
                {
                    ReviewAddressOfAnother(outcome, pool[0]);
                }
                // jsmith@ handed from John Q. Smith to John P. Smith, or shared by John Smith Sr. and Jr.
                else if (NameDetails.Conflict(profile.Account, pool[0].Contact.Named, oneSided: false)) ReviewAddressOfAnother(outcome, pool[0]);
                else Suggest(outcome, pool[0], 3);
                return;
            }

            var byName = Filter(ranked, email: false, _byName ??= new List<Evidence>());
            if (byName.Count > 0)
            {
                var pool = PreferActive(byName);
                // Two Thomas Müllers, each contact with its own mobile: the one with this account's (on no other account or
                // contact) is its person, when every other namesake carries another number.
                if (pool.Count > 1) NarrowToTheOwnMobile(pool, profile);
                if (pool.Count > 1)
                {
                    outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { MatchReason.NameExact, MatchReason.SharedName });
                    return;
                }
                var contact = pool[0];
                if (!contact.Contact.Active) ReviewInactive(outcome, contact);
                // Fields Mary | Lee shown as "Mary Ann Lee" and only a MaryAnn Lee contact: the display name fits it, the fields do not.
                else if (contact.OnlyByAddedGivenName) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.OtherGivenName));
                // "Wei Zhang (David)" over Wei | Zhang, and contacts Wei Zhang and David Zhang: the fields fit one, the name the person
                // goes by the other (round 59a: linked to Wei Zhang). The same person twice or two people: a person chooses.
                else if (HasOtherGivenNameNamesake(ranked, contact)) outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { MatchReason.NameExact, MatchReason.OtherGivenName });
                // Another contact weighs more (a nickname or crossed names with the account's mobile): two
                // plausible people, for a person to choose.
                else if (ranked[0] != contact && ranked[0].Weight > contact.Weight) outcome.Set(MatchStatus.Review, 1, ranked[0].Contact, ranked[0].Reasons);
                // "Alex Brown" against "Alexandra (Alex)" Brown and Alexander Brown: the exact key is only her working name, and
                // Alex stands for him as well.
                else if (NameDetails.NamedByWorkingNameOnly(profile.Account.FirstName, contact.Contact.Named.FirstName) && HasNicknameNamesake(ranked, contact))
                {
                    outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { MatchReason.NameExact, MatchReason.SharedName });
                }
                // "J Smith" and "J Smith", "John S." and "John S.": an initial is not a name (round 60a: John S. was Suggested to John | S.).
                else if (OnlyInitials(profile) || OnlySurnameInitials(profile)) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.Initial));
                // "Zhang Wei" as a display name only, and contacts Zhang|Wei and Wei|Zhang: which word is the family name is not known.
                else if (NameOrderUnknown(profile) && HasCrossedNamesake(ranked, contact)) outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { MatchReason.NameExact, MatchReason.SwappedName });
                // The same mailbox name at the company's old domain with the account's own mobile (a rebrand whose old addresses
                // were not kept as aliases) is the person's, not a namesake's (round 49: Review, 19 accounts in one run).
                // Nor is an older mailbox of the person's own name on the account's domain with the account's own mobile (alee@ for
                // Ann Lee at ann.lee@: an address style changed in a migration; round 51).
                else if (HasConflictingEmail(profile, contact) && !IsRenamedDomain(profile, contact) && !IsOlderMailboxOfTheName(profile, contact)) outcome.Set(MatchStatus.Review, 1, contact.Contact, new[] { MatchReason.NameExact, MatchReason.ConflictingEmail });
                // No address of its own to tell (a .local sign-in name, or none), and the contact is reached only at another
                // organisation's domain than the company's: a contractor or a partner's namesake.
                else if (!HasOrganisationAddress(profile.Addresses) && IsAtAnotherOrganisationThanTheCompany(_index.HomeDomain, contact.Contact))
                {
                    outcome.Set(MatchStatus.Review, 1, contact.Contact, new[] { MatchReason.NameExact, MatchReason.ConflictingEmail });
                }
                // The same name with two different mobiles: a stale namesake (a leaver, another person's duplicate) as often as a new number.
                else if (contact.Vector.Phone == PhoneLevel.Different) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.ConflictingMobile));
                // A name read from the address, or a guest's name: a guess and an outsider, for a person to confirm.
                else if (profile.NamesFromAddress || profile.IsGuest) outcome.Set(MatchStatus.Review, 1, contact.Contact, contact.Reasons);
                // John P. and John Q., John and John Jr.: the same name keys, maybe two people.
                else if (NameDetails.Conflict(profile.Account, contact.Contact.Named, oneSided: true)) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.ConflictingName));
                else Suggest(outcome, contact, 2);
                return;
            }

            // No exact address or name: a near-miss address or a unique mobile may still settle it when the
            // name agrees too (MayLink), if that contact is the only one that qualifies and the best by weight.
            // Not for a name read from the address (the address would count twice) nor for a guest.
            Evidence? qualified = null;
            var qualifiedCount = 0;
            foreach (var evidence in ranked)
            {
                if (profile.NamesFromAddress || profile.IsGuest) break;
                if (!evidence.Contact.Active || evidence.Contact.Crowded || !MayLink(evidence.Vector)) continue;
                qualified ??= evidence;
                qualifiedCount++;
            }
            if (qualifiedCount == 1 && qualified == ranked[0] && (ranked.Count == 1 || ranked[1].Weight < qualified.Weight))
            {
                // What keeps an exact name from a link keeps these too: John P. and John Q., Jr and Sr, a contact that leaves out
                // a word of a display-only name ("Ana Rodríguez Pérez" and Pérez | Ana with her mobile was Suggested).
                if (NameDetails.Conflict(profile.Account, qualified.Contact.Named, oneSided: true)) outcome.Set(MatchStatus.Review, 1, qualified.Contact, ReasonSets.Of(qualified.Reasons, MatchReason.ConflictingName));
                else Suggest(outcome, qualified, 2);
                return;
            }

            // Only fuzzy evidence: never more than Review, and a tie at the top is for a person to choose.
            var best = ranked[0];
            if (ranked.Count > 1 && ranked[1].Weight >= best.Weight && ranked[1].Score >= best.Score)
            {
                outcome.Set(MatchStatus.Ambiguous, 0, null, best.Reasons);
                return;
            }
            outcome.Set(MatchStatus.Review, 1, best.Contact, ReasonSets.Of(best.Reasons, best.Contact.Active ? MatchReason.None : MatchReason.InactiveContact));
        }

        // Reused for every account (one thread at a time runs a matcher's accounts).
        [ThreadStatic] private static List<Evidence>? _ranked;
        [ThreadStatic] private static List<Evidence>? _byEmail;
        [ThreadStatic] private static List<Evidence>? _byName;
        [ThreadStatic] private static List<Evidence>? _named;

        /// <summary>The evidence with an exact address (or, with email false, an exact name), in order, into a reused list.</summary>
        private static List<Evidence> Filter(List<Evidence> from, bool email, List<Evidence> into)
        {
            into.Clear();
            foreach (var evidence in from)
            {
                if (email ? evidence.HasEmail : evidence.HasName) into.Add(evidence);
            }
            return into;
        }
        private static readonly Comparison<Evidence> ByWeightComparison = ByWeight;

        /// <summary>Weight first, then the evidence score, then input order (never hash order).</summary>
        private static int ByWeight(Evidence x, Evidence y)
        {
            if (x.Weight != y.Weight) return y.Weight.CompareTo(x.Weight);
            if (x.Score != y.Score) return y.Score.CompareTo(x.Score);
            return x.Contact.Order.CompareTo(y.Contact.Order);
        }

        /// <summary>
        /// Namesake contacts of one name: when exactly one carries the account's mobile (PhoneLevel.Equal: on this account and
        /// this contact only) and every other carries a number of its own, only that one stays in the pool. A namesake
        /// without a number may be the person's own second record, and a crowded name was not read whole: both stay Ambiguous.
        /// So does a number with an extension on one side only (the bare one is the switchboard's main line, everyone's: for a
        /// single contact that difference is formatting, to tell namesakes apart it is no evidence), and one written without
        /// a country code or a trunk 0 against one with a country code (<see cref="WrittenAlike"/>).
        /// </summary>
        private static void NarrowToTheOwnMobile(List<Evidence> pool, AccountProfile profile)
        {
            if (pool.Count > ContactIndex.CrowdedName) return;
            Evidence? own = null;
            foreach (var evidence in pool)
            {
                if (evidence.Contact.Crowded) return;
                if (evidence.Vector.Phone == PhoneLevel.Equal)
                {
                    if (own != null || evidence.Contact.PhoneExtension != profile.PhoneExtension || !WrittenAlike(profile, evidence.Contact)) return;
                    own = evidence;
                }
                // Another desk of the switchboard the account's own extension is on (x214 beside the account's x215): another line.
                else if (evidence.Vector.Phone == PhoneLevel.Shared && profile.PhoneExtension != 0 && evidence.Contact.PhoneExtension != 0 &&
                         evidence.Contact.PhoneExtension != profile.PhoneExtension) continue;
                else if (evidence.Vector.Phone != PhoneLevel.Different) return;
            }
            if (own == null) return;
            // A number written nationally (07700 900123) is one country's: beside a namesake whose number carries another country's
            // code, the +49 one with the same digits is not shown to be this person's (round 53: David Jones in the UK was linked
            // to the German David Jones at +49 7700 900123 beside a +44 namesake).
            if (profile.PhoneCountry == 0 && own.Contact.PhoneCountry != 0)
            {
                foreach (var evidence in pool)
                {
                    if (evidence != own && evidence.Contact.PhoneCountry != 0 && evidence.Contact.PhoneCountry != own.Contact.PhoneCountry) return;
                }
            }
            pool.Clear();
            pool.Add(own);
        }

        /// <summary>
        /// Both numbers written with one country code, or the one written nationally with its trunk 0 (0412 ..., 07700 ...), or
        /// the North American way beside +1 ((425) 555-0119, <see cref="PhoneNormalizer.WrittenNorthAmerican"/>): "9123 4567"
        /// without either may be Hong Kong's or Singapore's, and "7700 900123" a UK mobile without its 0, so they do not tell
        /// namesakes apart.
        /// </summary>
        private static bool WrittenAlike(AccountProfile profile, IndexedContact contact) =>
            profile.PhoneCountry == contact.PhoneCountry ||
            // One side's digits carry the other's country code ("447700900101" without its '+' and +44 7700 900101) or its country's
            // trunk 8 ("8 912 345-67-89" and +7 912 345 67 89): written in one country.
            (profile.Phone != null && contact.Phone != null && profile.Phone.Length != contact.Phone.Length &&
             (PhoneNormalizer.SameNumberWrittenTwoWays(profile.Phone, profile.PhoneCountry, profile.PhoneNational, contact.Phone, contact.PhoneCountry, contact.PhoneNational, profile.Account.MobilePhone, contact.Contact.MobilePhone) ||
              PhoneNormalizer.SameWithOtherTrunk(profile.Phone, profile.PhoneCountry, profile.PhoneNational, contact.Phone, contact.PhoneCountry, contact.PhoneNational))) ||
            (profile.PhoneCountry == 0
                ? profile.PhoneNational || (contact.PhoneCountry == 1 && PhoneNormalizer.WrittenNorthAmerican(profile.Account.MobilePhone))
                : contact.PhoneCountry == 0 && (contact.PhoneNational || (profile.PhoneCountry == 1 && PhoneNormalizer.WrittenNorthAmerican(contact.Contact.MobilePhone))));

        /// <summary>
        /// Another active contact under the other given name the account's display name adds (<see cref="DisplayGivenNames"/>: David for
        /// "Wei Zhang (David)", Mei Ling for "Joyce Tan Mei Ling"), with the surname.
        /// </summary>
        private static bool HasOtherGivenNameNamesake(List<Evidence> ranked, Evidence holder)
        {
            foreach (var evidence in ranked)
            {
                if (evidence != holder && evidence.Contact.Active && !evidence.HasName && evidence.Reasons.Contains(MatchReason.OtherGivenName)) return true;
            }
            return false;
        }

        /// <summary>Another active contact the account's given name stands for (a nickname of its full name, the same surname).</summary>
        private static bool HasNicknameNamesake(List<Evidence> ranked, Evidence holder)
        {
            foreach (var evidence in ranked)
            {
                if (evidence != holder && evidence.Contact.Active && evidence.Vector.First == NameLevel.Nickname && evidence.Vector.Last >= NameLevel.Folded) return true;
            }
            return false;
        }

        private static readonly Predicate<Evidence> IsNameConflict = e => e.AddressConflict;

        /// <summary>
        /// Review of the best candidate when the account's address is on a contact with another person's name:
        /// ConflictingName on that contact, ConflictingEmail on any other (the account's address says otherwise).
        /// </summary>
        private static void ReviewAddressOfAnother(Outcome outcome, Evidence best) =>
            outcome.Set(MatchStatus.Review, 1, best.Contact,
                ReasonSets.Of(best.Reasons, best.HasEmail ? MatchReason.ConflictingName : MatchReason.ConflictingEmail));

        /// <summary>Active contacts when there are any (the list is filtered in place); inactive duplicates only count when nothing else does.</summary>
        private static List<Evidence> PreferActive(List<Evidence> evidence)
        {
            var active = 0;
            foreach (var e in evidence)
            {
                if (e.Contact.Active) active++;
            }
            if (active > 0 && active < evidence.Count) evidence.RemoveAll(IsInactive);
            return evidence;
        }

        private static readonly Predicate<Evidence> IsInactive = e => !e.Contact.Active;
        private static readonly Predicate<Evidence> IsDismissed = e => e.Dismissed;

        private static void Suggest(Outcome outcome, Evidence evidence, int stars)
        {
            outcome.Set(MatchStatus.Suggested, stars, evidence.Contact, evidence.Reasons);
            outcome.Score = evidence.Score;
        }

        private static void ReviewInactive(Outcome outcome, Evidence evidence) =>
            outcome.Set(MatchStatus.Review, 1, evidence.Contact, ReasonSets.Of(evidence.Reasons, MatchReason.InactiveContact));

        /// <summary>
        /// A contact may be Suggested for one account only. The strongest claim keeps it (stars, then score
        /// between addresses); weaker claims become Review; equal claims at the top (and any two claims of
        /// two stars or fewer) all become Ambiguous. A contact linked by a
        /// stored decision is taken.
        /// </summary>
        private static void EnforceOneToOne(Outcome[] outcomes, ClaimTable table)
        {
            // Arrays by contact position (ClaimTable), not hash maps: at a million accounts this runs once per
            // elimination round. Most contacts are claimed once: count first, and sort only the contested claims.
            var taken = table.Taken;
            var count = table.Count;
            foreach (var outcome in outcomes)
            {
                if (outcome.Status == MatchStatus.Matched) taken[outcome.Contact!.Order] = true;
                else if (outcome.Status == MatchStatus.Suggested) count[outcome.Contact!.Order]++;
            }
            var contested = table.Contested;
            contested.Clear();
            foreach (var outcome in outcomes)
            {
                if (outcome.Status == MatchStatus.Suggested && (count[outcome.Contact!.Order] > 1 || taken[outcome.Contact.Order])) contested.Add(outcome);
            }
            foreach (var outcome in outcomes)
            {
                if (outcome.Status == MatchStatus.Suggested) count[outcome.Contact!.Order] = 0;
            }

            // Each contact's claims together, strongest first (stars, then score, then input order).
            contested.Sort(ByContactThenStrength);
            var ordered = table.Group;
            var tied = table.Tied;
            for (var at = 0; at < contested.Count;)
            {
                var contact = contested[at].Contact!;
                ordered.Clear();
                while (at < contested.Count && contested[at].Contact == contact) ordered.Add(contested[at++]);
                if (taken[contact.Order])
                {
                    foreach (var claim in ordered) claim.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                    continue;
                }
                if (ordered.Count == 1) continue;
                var top = ordered[0];
                // Below an address (3 stars) the evidence kinds are not comparable by score: a unique mobile
                // against an exact name is two accounts with a claim each, for a person to settle.
                tied.Clear();
                foreach (var o in ordered)
                {
                    if (o.Stars == top.Stars && (top.Stars < 3 || o.Score == top.Score)) tied.Add(o);
                }
                // jsmith@ and jsmith+2@ both hold John Smith's address once the tag is folded: the account at the address as written
                // is its person's, the tagged one a second account of the person (round 59a: both Ambiguous).
                if (tied.Count > 1 && top.Stars == 3 && OnlyOneUntagged(tied) is { } untagged)
                {
                    top = untagged;
                    tied.Clear();
                }
                foreach (var claim in ordered)
                {
                    if (tied.Count > 1 && tied.Contains(claim)) claim.Downgrade(MatchStatus.Ambiguous, MatchReason.ContactClaimed);
                    else if (claim != top) claim.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                }
            }
            foreach (var outcome in outcomes)
            {
                if (outcome.Status == MatchStatus.Matched) taken[outcome.Contact!.Order] = false;
            }
        }

        /// <summary>The one claim whose account holds the contact's address as the contact writes it, when the others hold it only once a plus tag is folded.</summary>
        private static Outcome? OnlyOneUntagged(List<Outcome> tied)
        {
            Outcome? found = null;
            foreach (var claim in tied)
            {
                if (!HoldsUntagged(claim.Account, claim.Contact!)) continue;
                if (found != null) return null;
                found = claim;
            }
            return found;
        }

        private static bool HoldsUntagged(Account account, IndexedContact contact)
        {
            if (IsUntaggedOn(account.Email, contact) || IsUntaggedOn(account.UserPrincipalName, contact)) return true;
            foreach (var proxy in account.ProxyAddresses)
            {
                if (IsUntaggedOn(proxy.Address, contact)) return true;
            }
            return false;
        }

        /// <summary>The address is one of the contact's as the contact writes it (case and spaces aside): no tag folded to make it so.</summary>
        private static bool IsUntaggedOn(string? address, IndexedContact contact)
        {
            if (address == null || address.IndexOf('@') <= 0) return false;
            var written = address.Trim();
            foreach (var email in contact.Contact.Emails)
            {
                if (email != null && string.Equals(email.Trim(), written, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        private static readonly Comparison<Outcome> ByContactThenStrength = (x, y) =>
        {
            if (x.Contact!.Order != y.Contact!.Order) return x.Contact.Order.CompareTo(y.Contact.Order);
            if (x.Stars != y.Stars) return y.Stars.CompareTo(x.Stars);
            if (x.Score != y.Score) return y.Score.CompareTo(x.Score);
            return x.Order.CompareTo(y.Order);
        };

        /// <summary>
        /// A link of two stars or fewer (a name, a mobile, a near-miss address) needs a unique pair: it
        /// stands only while no other account, still unsettled, could claim that contact too. Two Christopher
        /// Morrises and one Christopher Morris contact (whose address is a typo of the second one's) is a
        /// choice for a person, even when only one of the two qualifies. A rival is an account with its own
        /// linkable evidence on the contact (an address, a near miss, the exact name, the mobile); for a link
        /// made in an elimination round, any account that lists the contact among its candidates. Accounts settled on another contact are no rivals.
        /// </summary>
        private static void RequireNoRival(Outcome[] outcomes, ClaimTable table)
        {
            var linked = table.Linked;
            var any = false;
            foreach (var outcome in outcomes)
            {
                if (outcome.Status != MatchStatus.Suggested || outcome.Stars > 2) continue;
                linked[outcome.Contact!.Order] = outcome;
                any = true;
            }
            if (!any) return;
            foreach (var outcome in outcomes)
            {
                if (outcome.Status == MatchStatus.Matched) continue;
                // An account settled on another contact is no rival by name; but a contact that carries its mobile or
                // its address is its duplicate (a phone-call copy, a record with its personal address), never a namesake's.
                var settled = outcome.Status == MatchStatus.Suggested && linked[outcome.Contact!.Order] == null;
                var candidates = outcome.Candidates;
                for (var i = 0; i < candidates.Count; i++)
                {
                    var candidate = candidates[i];
                    if (candidate.Indexed == null) continue;
                    if (settled)
                    {
                        // Most settled accounts have no other candidate tied to them: look at the candidate first, the table after.
                        if (candidate.Indexed == outcome.Contact || !(candidate.Vector?.Phone >= PhoneLevel.Shared || HasAddress(candidate.Reasons))) continue;
                        var owner = linked[candidate.Indexed.Order];
                        if (owner != null && owner != outcome && owner.Status == MatchStatus.Suggested &&
                            !(owner.Reasons.Contains(MatchReason.MobilePhone) || HasAddress(owner.Reasons)))
                        {
                            owner.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                        }
                        continue;
                    }
                    var holder = linked[candidate.Indexed.Order];
                    if (holder == null || holder == outcome || holder.Status != MatchStatus.Suggested) continue;
                    var strict = holder.Reasons.Contains(MatchReason.AfterElimination);
                    if (!strict && !IsLinkable(candidate.Reasons)) continue;
                    // A namesake whose mobile is not the contact's is no rival to the holder whose mobile is.
                    if (!strict && holder.Reasons.Contains(MatchReason.MobilePhone) && candidate.Vector?.Phone == PhoneLevel.Different && !HasAddress(candidate.Reasons)) continue;
                    holder.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                }
            }
            Array.Clear(linked, 0, linked.Length); // one reference per contact: a memset, cheaper than finding the few set
        }

        private static bool HasAddress(IReadOnlyList<MatchReason> reasons)
        {
            // By index: foreach over the interface would box an enumerator for every candidate of every settled account.
            for (var i = 0; i < reasons.Count; i++)
            {
                var reason = reasons[i];
                if (reason == MatchReason.EmailPrimary || reason == MatchReason.EmailAlias || reason == MatchReason.EmailNearMiss) return true;
            }
            return false;
        }

        private static bool IsLinkable(IReadOnlyList<MatchReason> reasons)
        {
            foreach (var reason in reasons)
            {
                if (reason == MatchReason.EmailPrimary || reason == MatchReason.EmailAlias || reason == MatchReason.EmailNearMiss ||
                    reason == MatchReason.NameExact || reason == MatchReason.MobilePhone)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The working state of one account's result.</summary>
        internal sealed class Outcome
        {
            public Outcome(Account account, int order)
            {
                Account = account;
                Order = order;
            }

            public Account Account { get; }

            /// <summary>The account's position in the input.</summary>
            public int Order { get; }
            public MatchStatus Status { get; private set; }
            public int Stars { get; private set; }
            public IndexedContact? Contact { get; private set; }
            public ValueList<MatchReason> Reasons { get; private set; } = ValueList<MatchReason>.Empty;

            /// <summary>Read-only once set: handed to the ContactMatch as it is, without a copy.</summary>
            public IReadOnlyList<MatchCandidate> Candidates { get; set; } = ValueList<MatchCandidate>.Empty;


            /// <summary>The strength of a suggestion, for settling competing claims on one contact.</summary>
            public int Score { get; set; }

            /// <summary>The reasons are copied into a shared list (<see cref="ReasonSets"/>): the caller may reuse its own.</summary>
            public void Set(MatchStatus status, int stars, IndexedContact? contact, IReadOnlyList<MatchReason> reasons)
            {
                Status = status;
                Stars = stars;
                Contact = contact;
                Reasons = reasons as ValueList<MatchReason> ?? ReasonSets.Of(reasons);
            }

            public void Downgrade(MatchStatus status, MatchReason why)
            {
                var reasons = ReasonSets.Of(Reasons, why);
                if (status == MatchStatus.Ambiguous) Set(status, 0, null, reasons);
                else Set(status, 1, Contact, reasons);
            }

            public ContactMatch ToMatch(MatchStrategy strategy)
            {
                // The weight shown is the linked or suggested contact's, else the best candidate's.
                MatchCandidate? source = Candidates.Count > 0 ? Candidates[0] : null;
                for (var i = 0; i < Candidates.Count; i++)
                {
                    var candidate = Candidates[i];
                    if (Contact == null || !ReferenceEquals(candidate.Contact, Contact.Contact)) continue;
                    source = candidate;
                    break;
                }
                return new ContactMatch(Account)
                {
                    Status = Status,
                    Stars = Stars,
                    Contact = Contact?.Contact,
                    Reasons = Reasons,
                    Candidates = Candidates,
                    Weight = source?.Weight ?? 0,
                    WeightSource = source,
                    Strategy = strategy,
                };
            }
        }
    }
}
