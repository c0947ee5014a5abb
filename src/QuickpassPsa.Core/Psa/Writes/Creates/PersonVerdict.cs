using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Psa.Writes.Creates
{
    /// <summary>What <see cref="ExistingPerson.Judge"/> says of an account's contact in a company, before any create.</summary>
    internal enum PersonVerdictKind
    {
        /// <summary>No contact of the company is, or may be, the person's: a contact may be created (<see cref="CreateRefusals"/> say whether).</summary>
        None,

        /// <summary>A stored decision links the account to <see cref="PersonVerdict.Contact"/>, still there and still the person's: the answer, nothing is created.</summary>
        Linked,

        /// <summary>Only inactive contacts hold the address, and no exclusion covers <see cref="PersonVerdict.Contact"/>: nothing is created.</summary>
        Inactive,

        /// <summary><see cref="PersonVerdict.Count"/> active contacts hold the address: nothing is created, none is linked.</summary>
        Ambiguous,

        /// <summary>The one contact at the address is kept from the account by <see cref="PersonVerdict.Decision"/> (stored, or this run's link).</summary>
        DecidedOtherwise,

        /// <summary>The one contact at the address is under a name the matcher does not take for the account's person's.</summary>
        AnotherPerson,

        /// <summary>The one contact at the address is the account's: linked, with <see cref="PersonVerdict.Reason"/>.</summary>
        Found,

        /// <summary>No contact holds the address, but the matcher finds one that could be the person's (<see cref="PersonVerdict.Seen"/>).</summary>
        MayExist,
    }

    /// <summary>
    /// New-PsaContact's answer to "which of the company's contacts, if any, is this account's person", with what it noticed on the
    /// way (<see cref="StaleLink"/>, <see cref="ExcludedInactive"/>). A plain result: the cmdlet turns it into its output, warnings
    /// and ErrorRecords.
    /// </summary>
    internal sealed class PersonVerdict
    {
        private PersonVerdict(PersonVerdictKind kind)
        {
            Kind = kind;
        }

        public PersonVerdictKind Kind { get; }

        /// <summary>The contact the verdict is about (Linked, Inactive, DecidedOtherwise, AnotherPerson, Found).</summary>
        public PsaContact? Contact { get; private set; }

        /// <summary>Ambiguous: how many active contacts hold the address.</summary>
        public int Count { get; private set; }

        /// <summary>DecidedOtherwise: the decision that keeps the contact from the account.</summary>
        public ContactMatchDecision? Decision { get; private set; }

        /// <summary>DecidedOtherwise: the decision is a link this run has just made for another account, not a stored one.</summary>
        public bool ThisRun { get; private set; }

        /// <summary>Found: at the account's own address (EmailPrimary) or at one of its other addresses only (EmailAlias).</summary>
        public MatchReason Reason { get; private set; }

        /// <summary>MayExist: the matcher's outcome for the account (a contact, or candidates).</summary>
        public ContactMatch? Seen { get; private set; }

        /// <summary>MayExist: the other account a stored link gives the contact to (<see cref="Creates.LinkedElsewhere.Who"/>), or null.</summary>
        public string? LinkedElsewhere { get; private set; }

        /// <summary>The account's stored link, passed over because its contact now names another person (a warning), or null.</summary>
        public OwnLink? StaleLink { get; private set; }

        /// <summary>An inactive contact with the address that a stored decision excludes for the account, so no reason to refuse (a verbose line), or null.</summary>
        public PsaContact? ExcludedInactive { get; private set; }

        public static PersonVerdict None { get; } = new PersonVerdict(PersonVerdictKind.None);

        public static PersonVerdict Linked(PsaContact contact) => new PersonVerdict(PersonVerdictKind.Linked) { Contact = contact };

        public static PersonVerdict Inactive(PsaContact contact) => new PersonVerdict(PersonVerdictKind.Inactive) { Contact = contact };

        public static PersonVerdict Ambiguous(int count) => new PersonVerdict(PersonVerdictKind.Ambiguous) { Count = count };

        public static PersonVerdict DecidedOtherwise(PsaContact contact, ContactMatchDecision decision, bool thisRun) =>
            new PersonVerdict(PersonVerdictKind.DecidedOtherwise) { Contact = contact, Decision = decision, ThisRun = thisRun };

        public static PersonVerdict AnotherPerson(PsaContact contact) => new PersonVerdict(PersonVerdictKind.AnotherPerson) { Contact = contact };

        public static PersonVerdict Found(PsaContact contact, MatchReason reason) => new PersonVerdict(PersonVerdictKind.Found) { Contact = contact, Reason = reason };

        public static PersonVerdict MayExist(ContactMatch seen, string? linkedElsewhere) =>
            new PersonVerdict(PersonVerdictKind.MayExist) { Seen = seen, LinkedElsewhere = linkedElsewhere };

        /// <summary>This verdict with what was noticed on the way to it (a copy when there is something to add: <see cref="None"/> is shared).</summary>
        internal PersonVerdict Noting(OwnLink? staleLink, PsaContact? excludedInactive)
        {
            if (staleLink == null && excludedInactive == null) return this;
            var copy = (PersonVerdict)MemberwiseClone();
            copy.StaleLink = staleLink;
            copy.ExcludedInactive = excludedInactive;
            return copy;
        }
    }
}
