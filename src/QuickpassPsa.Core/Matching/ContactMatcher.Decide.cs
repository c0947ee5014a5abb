using System;
using System.Collections.Generic;
using QuickpassPsa.Core.Accounts;
using QuickpassPsa.Core.Psa;
using static QuickpassPsa.Core.Matching.LinkChecks;

namespace QuickpassPsa.Core.Matching
{
    // One account's status from its evidence: Suggested, Review, Ambiguous or Unmatched, and its candidates.
    public sealed partial class ContactMatcher
    {
        private const int MaxCandidates = 10;

        // Reused for every account (one thread at a time runs a matcher's accounts).
        [ThreadStatic] private static List<Evidence>? _ranked;
        [ThreadStatic] private static List<Evidence>? _byEmail;
        [ThreadStatic] private static List<Evidence>? _byName;
        [ThreadStatic] private static List<Evidence>? _named;

        private static readonly Comparison<Evidence> ByWeightComparison = ByWeight;

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
                // Beside a record at the address with another person's name, a contact without a name of its own there ("jsmith |", ". | .",
                // made from that person's mail by a connector) is no more the account's than the named one: the mailbox was handed on,
                // and a person decides (round 64b: Jane Smith at jsmith@ was Suggested to "jsmith |" beside John Smith's record there).
                if (byEmail.Count > 0 && byEmail.Count < holders && byEmail.TrueForAll(IsNamelessReading))
                {
                    outcome.Set(MatchStatus.Ambiguous, 0, null, new[] { addressReason, MatchReason.SharedAddress });
                    return;
                }
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
                if (pool.Count > 1) NarrowToTheSameWriting(pool, profile);
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
                // Not a near-miss address on another family's record (Smith's john.smith@ for John Smyth beside John | Smyth): a namesake's
                // mailbox one letter off, which the exact name outranks (round 75a: Review, the other family's record proposed first).
                else if (ranked[0] != contact && ranked[0].Weight > contact.Weight && !IsNearMissOfAnotherName(ranked[0])) outcome.Set(MatchStatus.Review, 1, ranked[0].Contact, ranked[0].Reasons);
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
                // Not when the contact's number is on other contacts too (an office line, a family phone): that says nothing against it.
                else if (contact.Vector.Phone == PhoneLevel.Different && !contact.Contact.NumberOnOthers && !MayBeOneNumberWithoutPlus(profile, contact.Contact)) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.ConflictingMobile));
                // A name read from the address, or a guest's name: a guess and an outsider, for a person to confirm.
                else if (profile.NamesFromAddress || profile.IsGuest) outcome.Set(MatchStatus.Review, 1, contact.Contact, contact.Reasons);
                // John P. and John Q., John and John Jr.: the same name keys, maybe two people.
                else if (NameDetails.Conflict(profile.Account, contact.Contact.Named, oneSided: true)) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.ConflictingName));
                // "Kyaw Zin" and Kyaw Zin | "", Sukarno | Sukarno on both sides: one name, no family name to tell two people apart.
                else if (SingleNames.OneNameOnBothSides(profile, contact.Contact)) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.PartialName));
                // "" | "John Smith": one field holds the whole name and says not where the given names end, as "John Smith" | "" does
                // (round 74a: the first-name field alone was Review, the last-name field alone Suggested).
                else if (SingleNames.WholeNameInOneField(profile.Account) && !SingleNames.InOneField(contact.Contact)) outcome.Set(MatchStatus.Review, 1, contact.Contact, ReasonSets.Of(contact.Reasons, MatchReason.PartialName));
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
        /// <summary>
        /// Namesakes by the folded name, some written with another mark on a letter than the account's (Hạ Phạm beside Hà Phạm): those
        /// are other names by name alone (<see cref="NameMarks"/>), no rivals of the contacts written as the account writes it (round
        /// 70b: Ambiguous, where the other writing alone is ConflictingName). A crowded name was not read whole, and stays as it is.
        /// </summary>
        private static void NarrowToTheSameWriting(List<Evidence> pool, AccountProfile profile)
        {
            if (pool.Count > ContactIndex.CrowdedName) return;
            var differing = 0;
            foreach (var evidence in pool)
            {
                if (evidence.Contact.Crowded) return;
                if (NameMarks.Differ(profile.Account, evidence.Contact.Named)) differing++;
            }
            if (differing == 0 || differing == pool.Count) return;
            pool.RemoveAll(evidence => NameMarks.Differ(profile.Account, evidence.Contact.Named));
        }

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

        private static void Suggest(Outcome outcome, Evidence evidence, int stars)
        {
            outcome.Set(MatchStatus.Suggested, stars, evidence.Contact, evidence.Reasons);
            outcome.Score = evidence.Score;
        }

        private static void ReviewInactive(Outcome outcome, Evidence evidence) =>
            outcome.Set(MatchStatus.Review, 1, evidence.Contact, ReasonSets.Of(evidence.Reasons, MatchReason.InactiveContact));

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

        private static readonly Predicate<Evidence> IsNameConflict = e => e.AddressConflict;

        /// <summary>No name compared on either side of the pair: a contact without one, or named by a mailbox that spells the account's.</summary>
        private static readonly Predicate<Evidence> IsNamelessReading = e => e.Vector.First == NameLevel.Missing && e.Vector.Last == NameLevel.Missing;

        private static readonly Predicate<Evidence> IsInactive = e => !e.Contact.Active;
        private static readonly Predicate<Evidence> IsDismissed = e => e.Dismissed;

        /// <summary>Found by a near-miss address and a name one slip or more from the account's, nothing else: another person's mailbox as likely.</summary>
        private static bool IsNearMissOfAnotherName(Evidence evidence) =>
            evidence.Vector.Email == EmailLevel.NearMiss && evidence.Vector.Phone < PhoneLevel.Shared && !evidence.HasName &&
            (evidence.Vector.First < NameLevel.Folded || evidence.Vector.Last < NameLevel.Folded);

        /// <summary>The two numbers may be one written with and without its '+' (<see cref="PhoneNormalizer.MayBeTenDigitsWithoutPlus"/>).</summary>
        private static bool MayBeOneNumberWithoutPlus(AccountProfile profile, IndexedContact contact) =>
            profile.Phone != null && contact.Phone != null &&
            PhoneNormalizer.MayBeTenDigitsWithoutPlus(profile.Phone, profile.PhoneCountry, profile.PhoneNational, contact.Phone, contact.PhoneCountry, contact.PhoneNational);
    }
}
