using System;
using System.Collections.Generic;

namespace QuickpassPsa.Core.Matching
{
    /// <summary>
    /// The checks that keep a link from being made on evidence that could belong to someone else: which
    /// combinations short of an exact address or name may link (MayLink), when an address or a name says
    /// "another person" (a handed-on or shared mailbox, another organisation, a namesake, initials only),
    /// and when another surname is a married name. <see cref="ContactMatcher"/> decides with them; each is
    /// covered by MatchingSafetyTests.
    /// </summary>
    internal static class LinkChecks
    {
        /// <summary>
        /// The combinations short of an exact address or name that may be Suggested (the safety net: the
        /// weight alone never links). Chosen by measurement on the labelled tuning corpus (bench eval), where
        /// none of them links a wrong person:
        /// - a near-miss address that looks mistyped (a letter inside a word, a separator: not a namesake's
        ///   john.m.smith or josmith) with both names equal: the typo is in the address alone.
        /// - a mobile on this account and this contact only, with both names agreeing in their places: the same first
        ///   name and the same surname or one slip in it (Kowalski/Kowalsky; not Martin/Martinez, not Ivanov/Ivanova).
        /// A nickname never links, with a mobile or a near-miss address or alone: five adversarial rounds kept
        /// finding short names that stand for two people (Sam, Andy, Ollie, Jack for John, Ted for Edward), and
        /// a family shares both the surname and the phone. A married name, an initial or a blank first name
        /// found by mobile is Review too: a family phone or a company phone handed on is on one account and one
        /// contact as well. Nothing may contradict: no other address of the contact on the account's domains,
        /// no other mobile.
        /// </summary>
        internal static bool MayLink(ComparisonVector v)
        {
            if (v.Email == EmailLevel.Conflicting || v.Phone == PhoneLevel.Different) return false;
            if (v.Email == EmailLevel.NearMiss && v.NearMissLooksMistyped && !v.Swapped && v.Last >= NameLevel.Folded && v.First >= NameLevel.Folded)
            {
                return true;
            }
            // A mobile backs a name; it does not stand in for one. A family or a company phone handed on
            // stays with one person in the data while another uses it: Samuel and Samantha Rossi, or Michael
            // Brown's company mobile now Michael Chen's, or "J Smith" for Jane and John.
            // Names that agree only read the other way round (Thomas James, James Thomas) do not: a son named after his
            // grandfather carries his father's names crossed (Omar Khalid, son of Khalid Omar), and a family phone is on one account
            // and one contact (round 59a: Suggested to the father, in Arabic, English and Vietnamese names). Leaving them to Review
            // costs 48 of 7,930 true links on the tuning corpus and 71 of 7,615 on the held-out one (their Swapped cases).
            // A surname one slip off does not agree: a company phone handed on to a new hire of the same given name whose
            // surname is a letter or a keystroke from the leaver's (Bernard/Bernhard, Rodrigues/Rodriguez, Pierce/Peirce,
            // Byrne/Bryne) is on one account and one contact too. Measured: linking those made 2 of round 5's wrong links
            // and several in realistic tenants (rounds 29 and 30); leaving them to Review costs 49 of 7,615 true links on
            // the held-out corpus (its Typo case, 0.398 to 0).
            if (v.Phone == PhoneLevel.Equal && !v.Swapped && v.First >= NameLevel.Folded && v.Last >= NameLevel.Folded)
            {
                return true;
            }
            // A nickname or crossed names alone stay Review (DESIGN.md, "Match statuses"): "Alex Morgan" is
            // Alexander or Alexandra, and a new hire may share a colleague's names read the other way round. Measured
            // (bench eval, 10,000 accounts): linking them with nothing against them would lift autoRecall from about
            // 0.93 to 0.95 with no wrong link in the corpus, but the corpus cannot show the namesake it lacks.
            return false;
        }

        /// <summary>
        /// The names say another person: the first names differ outright (not a nickname, an initial, a typo
        /// or a blank), or are alike the way two names are rather than one name mistyped (Michelle/Michael,
        /// Paula/Paul, Andrea/Andrew: an address handed on within a family or to a colleague with a similar
        /// name), or the last names differ and no first name agrees. A different last name with the same
        /// first name is a married name, not a contradiction.
        /// </summary>
        internal static bool NamesContradict(ComparisonVector v) =>
            v.First == NameLevel.Different ||
            ((v.First == NameLevel.JaroWinklerHigh || v.First == NameLevel.JaroWinklerLow) && !v.FirstIsOneSlip) ||
            (v.Last == NameLevel.Different && v.First <= NameLevel.Missing);

        /// <summary>
        /// The same first name and address with another surname reads as a married name only the way a
        /// directory records one: the address found is an alias made from the contact's (old) surname, and
        /// the primary address is made from the account's own. Otherwise it is a mailbox handed on to a new
        /// hire who shares the first name: Larry Ostellbrook given larry.ralner@ as his primary, or Mark
        /// Bergkorpet given mark@, which names no surname at all.
        /// </summary>
        internal static bool MarriedNameFits(AccountProfile account, Evidence holder)
        {
            var primary = account.Primary;
            if (primary == null || holder.Reasons.Count == 0 || holder.Reasons[0] != MatchReason.EmailAlias) return false;
            string? found = null;
            foreach (var address in account.Addresses)
            {
                if (address != primary && Array.IndexOf(holder.Contact.Emails, address) >= 0) found = address;
            }
            return found != null && NamesAnySurname(found, holder.Contact.CompareNames) && NamesAnySurname(primary, account.CompareNames);
        }

        /// <summary>
        /// Both surnames are there and they differ by more than one slip (Stangardquin and Stanholquin, Ralner and
        /// Ostellbrook), or by one slip when the shared address names neither surname: tom@ or jsmith2@ handed from
        /// Tom Hanson to Tom Hansen says nothing about which surname is right, and Hanson/Hansen, Schmidt/Schmitt,
        /// Patel/Patil are families of their own.
        /// </summary>
        internal static bool SurnameDiffers(AccountProfile account, Evidence evidence)
        {
            var last = evidence.Vector.Last;
            if (last != NameLevel.Different && last != NameLevel.JaroWinklerLow && last != NameLevel.JaroWinklerHigh) return false;
            if (evidence.NamesWrittenOtherwise) return false;
            if (last != NameLevel.Different && PairComparer.LastIsOneSlip(account, evidence.Contact) && SharedAddressNamesASurname(account, evidence.Contact)) return false;
            // "García López" and "García", "van Dijk" and "Dijk", "Smith-Jones" and "Smith": one surname holds the other.
            return !SurnameHoldsTheOther(account.Account.LastName, evidence.Contact.Named.LastName);
        }

        /// <summary>An address both hold names a surname of either side in its mailbox name (ann.hanson@, ahansen@).</summary>
        internal static bool SharedAddressNamesASurname(AccountProfile account, IndexedContact contact)
        {
            foreach (var email in contact.Emails)
            {
                if (Array.IndexOf(account.Addresses, email) < 0) continue;
                if (NamesAnySurname(email, account.CompareNames) || NamesAnySurname(email, contact.CompareNames)) return true;
            }
            return false;
        }

        /// <summary>
        /// The address's contact has not exactly the account's names (a nickname, a typo, another surname), and
        /// another contact has them: the address was most likely handed on, and the namesake is the person.
        /// </summary>
        internal static bool NamesakeHasTheExactName(List<Evidence> ranked, Evidence holder) =>
            !(holder.Vector.First >= NameLevel.Folded && holder.Vector.Last >= NameLevel.Folded && !holder.Vector.Swapped) && HasNamesakeBesides(ranked, holder);

        internal static bool SurnameHoldsTheOther(string? a, string? b)
        {
            var compactA = NameNormalizer.Compact(a);
            var compactB = NameNormalizer.Compact(b);
            return compactA.Length > 1 && compactB.Length > 1 &&
                   (Contains(SurnameParts.Of(a), compactB) || Contains(SurnameParts.Of(b), compactA));
        }

        internal static bool NamesAnySurname(string address, NameKey[] names)
        {
            var at = address.LastIndexOf('@');
            foreach (var name in names)
            {
                if (name.Last.Length > 1 && IndexOfWithin(address, at, name.Last) >= 0) return true;
            }
            return false;
        }

        internal static int IndexOfWithin(string text, int end, string part) =>
            part.Length > end ? -1 : text.IndexOf(part, 0, end, StringComparison.Ordinal);

        internal static bool OnlyInitials(AccountProfile account)
        {
            foreach (var name in account.Names)
            {
                if (name.First.Length > 1 || (name.First.Length == 1 && !NameNormalizer.IsInitial(name.First))) return false;
            }
            return true;
        }

        /// <summary>Every name of the account has an initial for its surname ("John S.", "Suresh K").</summary>
        internal static bool OnlySurnameInitials(AccountProfile account)
        {
            if (account.Names.Length == 0) return false;
            foreach (var name in account.Names)
            {
                if (!NameNormalizer.IsInitial(name.Last)) return false;
            }
            return true;
        }

        /// <summary>The account's name comes from a display name alone ("Zhang Wei"): no field says which word is the family name.</summary>
        internal static bool NameOrderUnknown(AccountProfile account) =>
            string.IsNullOrWhiteSpace(account.Account.FirstName) && string.IsNullOrWhiteSpace(account.Account.LastName) && !account.NamesFromAddress;

        /// <summary>Another active contact has the account's two names the other way round, both equal.</summary>
        internal static bool HasCrossedNamesake(List<Evidence> ranked, Evidence holder)
        {
            foreach (var evidence in ranked)
            {
                if (evidence != holder && evidence.Contact.Active && evidence.Vector.Swapped && evidence.Vector.NamesAgree(NameLevel.Folded, NameLevel.Folded)) return true;
            }
            return false;
        }

        internal static bool HasNamesakeBesides(List<Evidence> ranked, Evidence holder)
        {
            foreach (var evidence in ranked)
            {
                if (evidence != holder && evidence.HasName) return true;
            }
            return false;
        }

        /// <summary>
        /// The contact has an address on one of the account's own domains that the account does not have:
        /// most likely another person with the same name.
        /// </summary>
        internal static bool HasConflictingEmail(AccountProfile account, Evidence evidence) =>
            HasAnotherAddressOnTheDomain(account, evidence.Contact) || HasAddressOfAnotherOrganisation(account, evidence.Contact);

        /// <summary>
        /// An address of the contact on one of the account's domains that is not the account's. A mistyped copy
        /// of the account's own address is a typo, not another person's mailbox; a namesake's mailbox a letter
        /// or a word away (john.m.smith, josmith) is not a typo (PairComparer.LooksMistyped).
        /// </summary>
        internal static bool HasAnotherAddressOnTheDomain(AccountProfile account, IndexedContact contact)
        {
            foreach (var email in contact.Emails)
            {
                if (account.HasDomainOf(email) && Array.IndexOf(account.Addresses, email) < 0 && !PairComparer.IsMistypedCopy(account, email)) return true;
            }
            return false;
        }

        /// <summary>
        /// The contact's addresses are all at an organisation's domain the account has no address at, while the
        /// account's own are at an organisation's domain too: a contractor or a partner's employee and a namesake
        /// on the customer's staff. A personal address (gmail.com) proves nothing, alone or beside such an address. The same mailbox name there
        /// (john.smith@fabrikam.com for john.smith@contoso.com) proves nothing either: first.last is everyone's
        /// convention, and a domain renamed without its old addresses kept as aliases is rarer than a namesake.
        /// A mistyped copy of the account's own address (contuso.com) is the account's.
        /// </summary>
        internal static bool HasAddressOfAnotherOrganisation(AccountProfile account, IndexedContact contact)
        {
            if (contact.Emails.Length == 0 || !HasOrganisationAddress(account.Addresses)) return false;
            var elsewhere = false;
            foreach (var email in contact.Emails)
            {
                // A personal address beside the other organisation's says nothing about where the person works.
                if (PersonalMailDomains.IsPersonal(email)) continue;
                // contuso.com for contoso.com: the account's own address, mistyped in the PSA; and a tenant's
                // onmicrosoft.com address is the customer's own Microsoft 365 tenant, not another organisation.
                if (PersonalMailDomains.IsTenantDomain(email) || account.HasDomainOf(email) || PairComparer.IsMistypedCopy(account, email)) return false;
                elsewhere = true;
            }
            return elsewhere;
        }

        /// <summary>
        /// For an account without an organisation address of its own (an Active Directory sign-in name at contoso.local,
        /// or none): the contact's addresses are all at an organisation's domain other than the company's own, which its
        /// other contacts show (<see cref="ContactIndex.HomeDomain"/>): a contractor or a partner's employee.
        /// </summary>
        internal static bool IsAtAnotherOrganisationThanTheCompany(string? homeDomain, IndexedContact contact)
        {
            if (homeDomain == null || contact.Emails.Length == 0) return false;
            var elsewhere = false;
            foreach (var email in contact.Emails)
            {
                // A personal address beside the other organisation's says nothing about where the person works.
                if (PersonalMailDomains.IsPersonal(email) || PersonalMailDomains.IsTenantDomain(email)) continue;
                var at = email.LastIndexOf('@');
                if (email.Length - at - 1 == homeDomain.Length && string.CompareOrdinal(email, at + 1, homeDomain, 0, homeDomain.Length) == 0) return false;
                elsewhere = true;
            }
            return elsewhere;
        }

        internal static bool HasOrganisationAddress(string[] addresses)
        {
            foreach (var address in addresses)
            {
                if (!PersonalMailDomains.IsPersonal(address) && !PersonalMailDomains.IsTenantDomain(address)) return true;
            }
            return false;
        }

        private static bool Contains(IReadOnlyList<string> parts, string part)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                if (parts[i] == part) return true;
            }
            return false;
        }
    }
}
