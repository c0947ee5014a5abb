using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    // Elimination rounds: accounts judged again once the contacts linked on strong evidence leave the pool.
    public sealed partial class ContactMatcher
    {
        /// <summary>
        /// Elimination rounds: a contact linked on strong evidence (a stored decision, a unique exact
        /// address) belongs to that account, so an account that was Ambiguous or Review only because of such
        /// a contact is judged again on the evidence that remains, by the same rules: a link that the
        /// remaining evidence alone would not justify is never made. New claims then compete one-to-one as
        /// before. A few rounds settle chains; each round only revisits the accounts it concerns.
        /// </summary>
        private void Eliminate(IReadOnlyList<Account> accounts, Outcome[] results, EvidenceCollector collector, ClaimTable claims)
        {
            // By contact position (ClaimTable), not a hash set: at a million accounts most of them hold a
            // strong link, and hashing each contact into a set was seconds.
            var eliminated = claims.Eliminated;
            try
            {
                EliminateRounds(accounts, results, collector, claims, eliminated);
            }
            finally
            {
                Array.Clear(eliminated, 0, eliminated.Length);
                Array.Clear(claims.TakenBy, 0, claims.TakenBy.Length);
            }
        }

        private void EliminateRounds(IReadOnlyList<Account> accounts, Outcome[] results, EvidenceCollector collector, ClaimTable claims, bool[] eliminated)
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
                var sequence = Revisits(results, eliminated, namesakesTogether: round == 0);
                var revisited = sequence.Length;
                for (var at = 0; at < sequence.Length; at++)
                {
                    if (at % ReadAhead.Batch == 0) Touch(accounts, sequence, at);
                    var outcome = results[sequence[at]];
                    // A couple's mailbox ("David and Mary Chen", "David & Mary | Chen") is neither partner's: one partner's record taken
                    // leaves the other's no likelier its (round 73a: Review with Mary's alone, a click from a wrong link).
                    if (NameDetails.IsCoupleAccount(outcome.Account)) continue;
                    var again = new Outcome(outcome.Account, outcome.Order);
                    var profile = AccountProfile.Reuse(outcome.Account, outcome.Order);
                    Decide(again, profile, collector.Collect(profile, Excluded(outcome.Account), eliminated));
                    // The account is the taker's person's other mailbox (a role mailbox shown with the person's name, an admin's or a
                    // plus-tagged one): the namesake's record that remains is no more its than the one taken (round 60a: reception@
                    // as "Maria Lopez" was Suggested to a second Maria Lopez contact). A person looks.
                    if (again.Status == MatchStatus.Suggested && again.Stars < 3 && IsTakersOtherMailbox(outcome, claims.TakenBy)) again.Set(MatchStatus.Review, 1, again.Contact, again.Reasons);
                    // A contact of the account's exact name was taken, and the account may be the taker's person's second account: the
                    // contact taken carried its mobile or address, or a stored decision took it, or the account has the taker's mobile,
                    // a personal mailbox only, or another domain. Then the namesake's record that remains is no more its than the one
                    // taken (round 70b: Suggested at 2 stars to the second John Smith contact). A person looks.
                    // Not when the record that remains carries the account's own mobile (on this account and that contact only): that
                    // record is this person's whatever the account is (round 72a: cdoyle@ beside chdoyle@, a near miss, was held back).
                    if (again.Status == MatchStatus.Suggested && again.Stars < 3 && !again.Reasons.Contains(MatchReason.MobilePhone) &&
                        MayBeTakersSecondAccount(outcome, claims.TakenBy)) again.Set(MatchStatus.Review, 1, again.Contact, again.Reasons);
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
                        // Nor for an account with one name ("Ruth" at rpierce@ beside Ruth Pierce at ruth.pierce@): one name cannot tell a
                        // namesake from the same person's second or older account (round 66c: released, and a twin made).
                        if (HasAddressOrPhoneCandidate(outcome, profile) || HasNameTheTakerLacks(outcome, claims.TakenBy) || NameDetails.IsQualified(outcome.Account) ||
                            profile.SingleName != null) continue;
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
        /// The positions of the accounts a round judges again: Ambiguous or Review with one of their two best candidates taken, less
        /// those that stay Ambiguous by a shared name (<see cref="StaysSharedName"/>). Each is chosen by its own outcome alone, so
        /// choosing them all first is choosing them one by one. In the first round they are then judged namesakes together (as
        /// <see cref="ProcessingOrder"/> does the first pass): at a million accounts a revisit in input order was a cache miss at
        /// every name block, nickname and typo key, and most revisits are of a few common names. The order changes no result there:
        /// a revisit reads its own outcome, the contacts taken and their takers (links that no revisit changes: a taker of the first
        /// round is Suggested or Matched, a revisit is of Ambiguous and Review outcomes only). A later round keeps input order, as a
        /// taker of an earlier round may have been brought down to Review since and be judged again in it.
        /// </summary>
        private static int[] Revisits(Outcome[] results, bool[] eliminated, bool namesakesTogether)
        {
            var chosen = new List<int>();
            foreach (var outcome in results)
            {
                if (outcome.Status != MatchStatus.Ambiguous && outcome.Status != MatchStatus.Review) continue;
                if (!HasEliminatedCandidate(outcome, eliminated) || StaysSharedName(outcome, eliminated)) continue;
                chosen.Add(outcome.Order);
            }
            var sequence = chosen.ToArray();
            if (!namesakesTogether) return sequence;
            var keys = new long[sequence.Length];
            for (var i = 0; i < sequence.Length; i++) keys[i] = NamesakeKey(results[sequence[i]].Account);
            Array.Sort(keys, sequence);
            return sequence;
        }

        /// <summary>
        /// A candidate with the account's exact name, taken by an account whose own name is not exactly the contact's (Annie
        /// Lee at ann@ took Ann Lee's contact; this account is Ann Lee at a personal address), or by a stored decision: either
        /// account may be the contact's person, so a person chooses. A namesake's contact taken by the namesake's own address
        /// and name (the first James Wilson) leaves the second one Unmatched.
        /// </summary>
        private static bool HasNameTheTakerLacks(Outcome outcome, Outcome?[] takenBy)
        {
            for (var c = 0; c < outcome.Candidates.Count; c++)
            {
                var candidate = outcome.Candidates[c];
                if (candidate.Indexed == null || !Contains(candidate.Reasons, MatchReason.NameExact)) continue;
                var taker = takenBy[candidate.Indexed.Order];
                if (taker == null || !Contains(taker.Reasons, MatchReason.NameExact) || MaySecondAccountOf(outcome.Account, taker.Account)) return true;
            }
            return false;
        }

        /// <summary>
        /// A taken contact with the account's exact name that may be the account's own person's: it came by the account's mobile or
        /// address, a stored decision took it, or its taker may be the same person (<see cref="MaySecondAccountOf"/>). A namesake's
        /// contact taken by a namesake of its own (another mobile, an address of its own on the same domain) is none of these.
        /// </summary>
        private static bool MayBeTakersSecondAccount(Outcome outcome, Outcome?[] takenBy)
        {
            for (var c = 0; c < outcome.Candidates.Count; c++)
            {
                var candidate = outcome.Candidates[c];
                if (candidate.Indexed == null || !Contains(candidate.Reasons, MatchReason.NameExact)) continue;
                var taker = takenBy[candidate.Indexed.Order];
                if (taker == null) continue;
                if (taker.Status == MatchStatus.Matched || Contains(candidate.Reasons, MatchReason.MobilePhone) || HasAddress(candidate.Reasons) ||
                    Contains(candidate.Reasons, MatchReason.AliasDomain) || MaySecondAccountOf(outcome.Account, taker.Account)) return true;
            }
            return false;
        }

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
            for (var c = 0; c < outcome.Candidates.Count; c++)
            {
                var candidate = outcome.Candidates[c];
                if (candidate.Indexed == null || !Contains(candidate.Reasons, MatchReason.NameExact)) continue;
                var taker = takenBy[candidate.Indexed.Order];
                if (taker == null || !Contains(taker.Reasons, MatchReason.NameExact)) continue;
                var takerAddress = EmailNormalizer.Normalize(taker.Account.Email ?? taker.Account.UserPrincipalName);
                if (takerAddress != null && EmailNormalizer.Domain(address) == EmailNormalizer.Domain(takerAddress) && IsNoPersonOfItsOwn(address, takerAddress)) return true;
            }
            return false;
        }

        private static bool HasAddressOrPhoneCandidate(Outcome outcome, AccountProfile profile)
        {
            for (var c = 0; c < outcome.Candidates.Count; c++)
            {
                var candidate = outcome.Candidates[c];
                if (Contains(candidate.Reasons, MatchReason.AliasDomain) || Contains(candidate.Reasons, MatchReason.MobilePhone)) return true;
                // The account's own address (jsmith+son@ once its tag is folded) is on the contact taken: the same mailbox, never a new
                // person for New-PsaContact (round 62a: the son's tagged account was Unmatched, and the nightly run linked it to his father).
                if (Contains(candidate.Reasons, MatchReason.EmailPrimary) || Contains(candidate.Reasons, MatchReason.EmailAlias)) return true;
                // A near miss that each person's own name explains (sophie.baker@ beside sophie.barker@) is no sign of a missed contact;
                // not when the two names are one (Søren and Soren, Müller and Muller, Sara and Sarah: NameExact, Nickname), whose two
                // mailboxes may be one person's (round 66c: a second Søren Dahl was released, and New-PsaContact made a twin).
                if (Contains(candidate.Reasons, MatchReason.EmailNearMiss) &&
                    (candidate.Indexed == null || Contains(candidate.Reasons, MatchReason.NameExact) || Contains(candidate.Reasons, MatchReason.Nickname) ||
                     !PairComparer.AddressesFollowNames(profile, candidate.Indexed))) return true;
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
            // An account with a mobile may be narrowed to the namesake with its number once a namesake without one is taken (Thomas
            // Müller beside two numbered Thomas Müllers and one taken by its address): judged again (perf-69's note: skipped, Ambiguous).
            if (PhoneNormalizer.KeyOf(outcome.Account.MobilePhone) != 0) return false;
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
            // Namesakes shared by an account with a mobile: any of them taken may leave the one with its number alone among numbered
            // ones (NarrowToTheOwnMobile), wherever it stood in the list.
            var look = outcome.Status == MatchStatus.Ambiguous && PhoneNormalizer.KeyOf(outcome.Account.MobilePhone) != 0 ? outcome.Candidates.Count : 2;
            for (var i = 0; i < outcome.Candidates.Count && i < look; i++)
            {
                var contact = outcome.Candidates[i].Indexed;
                if (contact != null && eliminated[contact.Order]) return true;
            }
            return false;
        }


        // Mailbox names of an admin's second account: adm-dchen, admin.dchen, a-dchen, da-dchen, sa-dchen; dchen-adm, dchen.admin.
        private static readonly string[] AdminPrefixes = { "adm-", "adm.", "adm_", "admin-", "admin.", "admin_", "a-", "da-", "sa-", "ea-" };
        private static readonly string[] AdminSuffixes = { "-adm", ".adm", "_adm", "-admin", ".admin", "_admin" };
    }
}
