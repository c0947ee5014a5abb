namespace QuickpassPsa.Core.Matching
{
    /// <summary>The match statuses (DESIGN.md, "Match statuses"): the contract every cmdlet and report relies on.</summary>
    public enum MatchStatus
    {
        /// <summary>No candidate: New-PsaContact may create one.</summary>
        Unmatched = 0,

        /// <summary>A plausible candidate on weaker evidence: a person must confirm.</summary>
        Review = 1,

        /// <summary>Several candidates equally good: a person must choose.</summary>
        Ambiguous = 2,

        /// <summary>One contact, strong evidence (unique email, or unique exact name with no contradicting email).</summary>
        Suggested = 3,

        /// <summary>A stored decision links this account to this contact.</summary>
        Matched = 4,
    }

    /// <summary>The evidence behind a match or a candidate.</summary>
    public enum MatchReason
    {
        None = 0,
        StoredDecision,
        EmailPrimary,
        EmailAlias,
        NameExact,
        Nickname,
        SwappedName,
        Initial,
        Typo,
        AliasDomain,
        InactiveContact,
        ConflictingEmail,
        SharedAddress,
        SharedName,
        ContactClaimed,

        /// <summary>An address one or two edits from one of the account's (a typo), the digits in it equal.</summary>
        EmailNearMiss,

        /// <summary>The same mobile number (significant digits), on this account and this contact only.</summary>
        MobilePhone,

        /// <summary>Judged again after the other candidates were linked to other accounts on strong evidence.</summary>
        AfterElimination,

        /// <summary>The contact has one name blank and the other equal to the account's.</summary>
        PartialName,

        /// <summary>
        /// The contact has the account's address but another person's name (a reassigned address, a shared or
        /// role mailbox): never linked automatically.
        /// </summary>
        ConflictingName,

        /// <summary>
        /// One surname is a word of the other ("García" of "García López", "Trapp" of "von Trapp"), the first
        /// name equal: a second surname or a particle dropped on one side. Review evidence only.
        /// </summary>
        SurnamePart,

        /// <summary>
        /// An exact name, but the account and the contact carry two different mobiles: a stale namesake's contact
        /// (a leaver, a duplicate of another person) as often as the same person with a new number. Review.
        /// </summary>
        ConflictingMobile,

        /// <summary>
        /// The contact's given name is another given name of the account's, from its display name (the fields Joyce | Tan
        /// shown as "Tan Mei Ling (Joyce)", the contact Mei Ling Tan): the same person under the name on the other
        /// record, or a relative. Review evidence only.
        /// </summary>
        OtherGivenName,

        /// <summary>
        /// The contact's names are written in Cyrillic or Greek and, romanised, are the account's Latin ones (Дмитрий Иванов and
        /// Dmitry Ivanov, Γιώργος Παπαδόπουλος and Giorgos Papadopoulos): the same person typed in two scripts, as often as not.
        /// Review evidence only.
        /// </summary>
        OtherScript,

        /// <summary>
        /// Not evidence: New-PsaContact created this contact for the account (its rows of contacts found say how they were
        /// found instead: EmailPrimary, EmailAlias, StoredDecision). The matcher never gives it.
        /// </summary>
        ContactCreated,

        /// <summary>
        /// The contact's name field holds the account's mailbox name or whole address ("aellis |", "lpatel@contoso.com |" for the
        /// account at aellis@ or lpatel@): a contact an email connector or an import made from the address, with no name of its own.
        /// Review evidence only.
        /// </summary>
        MailboxName,

        /// <summary>
        /// The contact has the account's given name and a surname that one of the account's mailbox names spells (the sign-in name
        /// sostinock@ or an alias savannah.ostinock@ for Savannah Elliott, the contact Savannah | Ostinock): a name changed after the
        /// contact was made, the old mailbox kept. Review evidence only: a mailbox handed on from a namesake reads the same.
        /// </summary>
        FormerSurname,
    }
}
