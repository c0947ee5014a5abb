namespace QuickpassPsa.Core.Matching
{
    /// <summary>How an account's addresses compare with a contact's (best level wins).</summary>
    internal enum EmailLevel : byte
    {
        /// <summary>Nothing to compare: the contact has no address, or only ones on unrelated domains.</summary>
        None,

        /// <summary>The contact has another address on one of the account's own domains: likely another person.</summary>
        Conflicting,

        /// <summary>The same mailbox name at another domain.</summary>
        AliasDomain,

        /// <summary>One or two edits apart (a typo in the mailbox name or the domain), the digits in it equal.</summary>
        NearMiss,

        ExactAlias,
        ExactPrimary,
    }

    /// <summary>How a first (or last) name compares, from weakest to strongest.</summary>
    internal enum NameLevel : byte
    {
        /// <summary>Both present and unlike (or a given name that differs only by its final vowel: Maria/Mario).</summary>
        Different,

        /// <summary>Blank on one side or both.</summary>
        Missing,

        /// <summary>One side is an initial that agrees with the other's first letter.</summary>
        Initial,

        /// <summary>Jaro-Winkler at least <see cref="PairComparer.JaroWinklerLow"/>.</summary>
        JaroWinklerLow,

        /// <summary>Jaro-Winkler at least <see cref="PairComparer.JaroWinklerHigh"/>: most one-letter typos.</summary>
        JaroWinklerHigh,

        /// <summary>Given names in one nickname group (Robert/Bob).</summary>
        Nickname,

        /// <summary>Equal once folded (accents, case, apostrophes, spaces and hyphens).</summary>
        Folded,

        /// <summary>Equal as written, ignoring case.</summary>
        Exact,
    }

    /// <summary>How the mobile numbers compare.</summary>
    internal enum PhoneLevel : byte
    {
        /// <summary>No number on one side or both.</summary>
        Missing,

        /// <summary>Both have a number and they differ (people change numbers: weak evidence against).</summary>
        Different,

        /// <summary>Equal, but the number is on several accounts or several contacts (a family or desk phone): proves nothing.</summary>
        Shared,

        /// <summary>Equal, and on one account and one contact only.</summary>
        Equal,
    }

    /// <summary>The comparison levels of one account/contact pair: the input of the match weight.</summary>
    internal struct ComparisonVector
    {
        public EmailLevel Email;
        public NameLevel First;
        public NameLevel Last;
        public PhoneLevel Phone;

        /// <summary>The names agree better with first and last crossed (the account's first against the contact's last).</summary>
        public bool Swapped;

        /// <summary>
        /// The near-miss address differs from the account's as a slip of the keyboard does, not as a namesake's
        /// mailbox does (<see cref="PairComparer.LooksMistyped"/>). Set when <see cref="Email"/> is NearMiss.
        /// </summary>
        public bool NearMissLooksMistyped;

        /// <summary>
        /// The given names are alike only as one name mistyped is (Micheal/Michael), not as two names are
        /// (Michelle/Michael, Paula/Paul, Andrea/Andrew, Frances/Francis): <see cref="PairComparer.IsMistypedGivenName"/>.
        /// Set only where it matters: an address found, and the first names alike but not equal.
        /// </summary>
        public bool FirstIsOneSlip;

        public bool NamesAgree(NameLevel first, NameLevel last) => First >= first && Last >= last;
    }
}
