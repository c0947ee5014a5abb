using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;

namespace QuickpassPsa.Core.Matching
{
    // One account to one contact: competing claims on a contact are settled, and a rival's evidence keeps a link from being made.
    public sealed partial class ContactMatcher
    {
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
                if (outcome.Status != MatchStatus.Suggested || (outcome.Stars > 2 && !IsCrossedAddressLink(outcome) && !IsNamelessAddressLink(outcome))) continue;
                linked[outcome.Contact!.Order] = outcome;
                any = true;
            }
            if (!any) return;
            foreach (var outcome in outcomes)
            {
                if (outcome.Status == MatchStatus.Matched) continue;
                // A couple's mailbox ("David and Mary Chen") is neither partner's, and no rival of each one's own account (round 72a).
                if (outcome.Status != MatchStatus.Suggested && NameDetails.IsCoupleAccount(outcome.Account)) continue;
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
                        if (candidate.Indexed == outcome.Contact) continue;
                        var carries = candidate.Vector?.Phone >= PhoneLevel.Shared || HasAddress(candidate.Reasons);
                        // Nor is a record under a nickname at an address of the settled account's own name (Bobby | Moore at
                        // robertmoore52@ beside Robert Moore, linked to his own record): his second record as likely as a namesake's
                        // (round 71a: Robert's own link released it to Bobby at 2 stars).
                        if (!carries && !Contains(candidate.Reasons, MatchReason.Nickname)) continue;
                        var owner = linked[candidate.Indexed.Order];
                        if (owner != null && owner != outcome && owner.Status == MatchStatus.Suggested &&
                            !(owner.Reasons.Contains(MatchReason.MobilePhone) || HasAddress(owner.Reasons)) &&
                            (carries || IsNicknamedRecordOfTheRival(candidate, owner, outcome.Account)))
                        {
                            owner.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                        }
                        continue;
                    }
                    var holder = linked[candidate.Indexed.Order];
                    if (holder == null || holder == outcome || holder.Status != MatchStatus.Suggested) continue;
                    // Hạ Phạm's account is no rival for the contact Hà | Phạm: another mark on a letter is another name (round 71a: both
                    // namesakes Review ContactClaimed, each with a contact written as it writes itself).
                    if (!HasAddress(candidate.Reasons) && candidate.Vector?.Phone != PhoneLevel.Equal && NameMarks.Differ(outcome.Account, candidate.Indexed.Contact)) continue;
                    // An address link whose names agree only crossed yields only to an account with the contact's name (exact, or a
                    // nickname of its given name: Jim Thomas beside Thomas James at tjames@ on James | Thomas); one to a contact without
                    // a name, only to an account whose own mobile the contact carries (round 64b).
                    if (holder.Stars > 2 && !(IsNamelessAddressLink(holder)
                            ? candidate.Vector?.Phone == PhoneLevel.Equal
                            : (Contains(candidate.Reasons, MatchReason.NameExact) || Contains(candidate.Reasons, MatchReason.Nickname)) && !HasItsOwnExactName(outcome, candidate.Indexed))) continue;
                    var strict = holder.Reasons.Contains(MatchReason.AfterElimination);
                    // Found only crossed by an account with a contact of its own exact name: no claim, even on a link made by elimination.
                    if (Contains(candidate.Reasons, MatchReason.SwappedName) && !IsLinkable(candidate.Reasons) && HasItsOwnExactName(outcome, candidate.Indexed)) continue;
                    if (!strict && !IsLinkable(candidate.Reasons) &&
                        !(outcome.Status != MatchStatus.Suggested && IsCrossedRivalOfANameLink(candidate, holder) && !HasItsOwnExactName(outcome, candidate.Indexed)) &&
                        !(holder.Stars > 2 && Contains(candidate.Reasons, MatchReason.Nickname) && IsCrossedAddressLink(holder)) &&
                        !IsNicknamedRecordOfTheRival(candidate, holder, outcome.Account)) continue;
                    // A namesake whose mobile is not the contact's is no rival to the holder whose mobile is.
                    if (!strict && holder.Reasons.Contains(MatchReason.MobilePhone) && candidate.Vector?.Phone == PhoneLevel.Different && !HasAddress(candidate.Reasons)) continue;
                    holder.Downgrade(MatchStatus.Review, MatchReason.ContactClaimed);
                }
            }
            Array.Clear(linked, 0, linked.Length); // one reference per contact: a memset, cheaper than finding the few set
        }

        /// <summary>
        /// A Review row whose proposed contact another row links (Suggested or Matched) proposes instead its best candidate that no
        /// other row links, and lists the other row's contact after the rest: a reviewer who confirms the first candidate never moves
        /// another person's link (round 64d: James Anderson's Nickname candidate Jack | Anderson, Suggested to Jack Anderson by name and
        /// mobile, came before James's own record at an old address, and the README's confirm step would have moved Jack's link).
        /// </summary>
        private static void PreferAnUnheldContact(Outcome[] outcomes, ClaimTable table)
        {
            var held = table.Linked;
            var any = false;
            foreach (var outcome in outcomes)
            {
                if ((outcome.Status == MatchStatus.Suggested || outcome.Status == MatchStatus.Matched) && outcome.Contact != null)
                {
                    held[outcome.Contact.Order] = outcome;
                    any = true;
                }
            }
            if (!any) return;
            try
            {
                foreach (var outcome in outcomes)
                {
                    if (outcome.Status != MatchStatus.Review || outcome.Contact == null) continue;
                    var holder = held[outcome.Contact.Order];
                    if (holder == null || holder == outcome) continue;
                    var candidates = outcome.Candidates;
                    MatchCandidate? free = null;
                    for (var i = 0; i < candidates.Count && free == null; i++)
                    {
                        var indexed = candidates[i].Indexed;
                        if (indexed != null && (held[indexed.Order] == null || held[indexed.Order] == outcome)) free = candidates[i];
                    }
                    // Every candidate is another row's: the row still proposes its best, and says the contact is claimed (round 78a: a
                    // namesake's row beside a stored link read NameExact and ConflictingEmail only, and confirming it moved the link).
                    if (free == null)
                    {
                        if (!outcome.Reasons.Contains(MatchReason.ContactClaimed)) outcome.Set(MatchStatus.Review, 1, outcome.Contact, ReasonSets.Of(outcome.Reasons, MatchReason.ContactClaimed));
                        continue;
                    }
                    var reordered = new MatchCandidate[candidates.Count];
                    var at = 0;
                    foreach (var candidate in candidates)
                    {
                        if (candidate.Indexed == null || held[candidate.Indexed.Order] == null || held[candidate.Indexed.Order] == outcome) reordered[at++] = candidate;
                    }
                    foreach (var candidate in candidates)
                    {
                        if (!(candidate.Indexed == null || held[candidate.Indexed.Order] == null || held[candidate.Indexed.Order] == outcome)) reordered[at++] = candidate;
                    }
                    outcome.Set(MatchStatus.Review, 1, free.Indexed, free.Reasons);
                    outcome.Candidates = ValueList<MatchCandidate>.Own(reordered);
                }
            }
            finally
            {
                Array.Clear(held, 0, held.Length);
            }
        }

        /// <summary>
        /// The account has a contact of its own exact name besides the contested one: a crossed reading of the contested contact is no
        /// claim on it (Harrison Scott and Scott Harrison, each with a contact of their own name: round 64d, both were Review when a
        /// Harry Scott made Harrison's row wait for elimination).
        /// </summary>
        private static bool HasItsOwnExactName(Outcome outcome, IndexedContact contested)
        {
            for (var c = 0; c < outcome.Candidates.Count; c++)
            {
                var candidate = outcome.Candidates[c];
                if (candidate.Indexed != null && candidate.Indexed != contested && candidate.Indexed.Active && Contains(candidate.Reasons, MatchReason.NameExact)) return true;
            }
            return false;
        }

        /// <summary>
        /// A three-star link whose names agree only crossed: Khalid Omar at komar@ on the contact Omar | Khalid. When another account
        /// of the run is Omar Khalid, the record may be his with Khalid's address on it (a son named after his grandfather, a parent's
        /// address on a child's record) as well as Khalid's with its fields swapped: a person looks (round 64a: Suggested, 3 stars).
        /// </summary>
        private static bool IsCrossedAddressLink(Outcome outcome) =>
            outcome.Stars == 3 && outcome.Reasons.Contains(MatchReason.SwappedName) && !outcome.Reasons.Contains(MatchReason.NameExact);

        /// <summary>
        /// A three-star link to a contact with no name to compare ("sgibson |", ". | .", "Caller |"): when the contact carries another
        /// account's own mobile, it may be that person's record at an address handed on since (round 64b: Sam Gibson at sgibson@ was
        /// Suggested to "sgibson |" carrying Susan Gibson's mobile). A person looks.
        /// </summary>
        private static bool IsNamelessAddressLink(Outcome outcome)
        {
            if (outcome.Stars != 3) return false;
            for (var c = 0; c < outcome.Candidates.Count; c++)
            {
                var candidate = outcome.Candidates[c];
                if (candidate.Indexed == null || candidate.Indexed != outcome.Contact) continue;
                return candidate.Vector is { } vector && vector.First == NameLevel.Missing && vector.Last == NameLevel.Missing;
            }
            return false;
        }


        /// <summary>
        /// The candidate's names are the contact's exactly, but crossed (Wesley Mitchell and the contact MITCHELL | WESLEY), and the holder's
        /// link is the contact's name alone (Mitchell Wesley, two stars): one record, two people, and which of them it is depends on
        /// whether its fields were filled the right way round, which a swap on entry or an import with the surname first makes doubtful
        /// (round 63b: all four such pairs were Suggested to the account that did not own the record). A person looks. A crossed account
        /// linked to a contact of its own name is no rival.
        /// </summary>
        private static bool IsCrossedRivalOfANameLink(MatchCandidate candidate, Outcome holder) =>
            candidate.Vector is { Swapped: true } vector && vector.NamesAgree(NameLevel.Folded, NameLevel.Folded) &&
            Contains(candidate.Reasons, MatchReason.SwappedName) &&
            !holder.Reasons.Contains(MatchReason.MobilePhone) && !HasAddress(holder.Reasons);

        /// <summary>
        /// The holder's link is the contact's name alone, and the contact, written under a nickname of the rival's given name, carries
        /// an address of the rival's own name (Bobby | Moore at robertmoore52@gmail.com, held by a new account Bobby Moore beside the
        /// account Robert Moore): the record may be Robert's, written with the name he goes by, as well as the namesake's. A person
        /// looks (100k labelled corpus: the only two wrong links were such).
        /// </summary>
        private static bool IsNicknamedRecordOfTheRival(MatchCandidate candidate, Outcome holder, Account rival)
        {
            if (holder.Stars > 2 || !Contains(candidate.Reasons, MatchReason.Nickname) || holder.Reasons.Contains(MatchReason.MobilePhone) ||
                HasAddress(holder.Reasons) || candidate.Indexed == null) return false;
            NameKey[]? rivalNames = null;
            NameKey[]? holderNames = null;
            foreach (var email in candidate.Indexed.Emails)
            {
                var local = NameDetails.MailboxNameWithoutNumber(email);
                if (local == null) continue;
                rivalNames ??= NameKey.ForAccount(rival);
                if (!NameDetails.IsMailboxOfTheName(local, rivalNames)) continue;
                holderNames ??= NameKey.ForAccount(holder.Account);
                if (!NameDetails.IsMailboxOfTheName(local, holderNames)) return true;
            }
            return false;
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
            for (var i = 0; i < reasons.Count; i++)
            {
                var reason = reasons[i];
                if (reason == MatchReason.EmailPrimary || reason == MatchReason.EmailAlias || reason == MatchReason.EmailNearMiss ||
                    reason == MatchReason.NameExact || reason == MatchReason.MobilePhone)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
