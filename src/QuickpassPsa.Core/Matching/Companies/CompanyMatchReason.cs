namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>The evidence behind a customer-to-company match or candidate (kept apart from the contact reasons: a report of contact matches lists those).</summary>
    public enum CompanyMatchReason
    {
        None = 0,

        /// <summary>A stored decision links the customer to the company (Save-PsaCompanyMatch, Set-PsaCompanyMatch).</summary>
        StoredDecision,

        /// <summary>The same spelling (case-sensitive, trimmed): ★★★.</summary>
        CompanyExact,

        /// <summary>The same name once case, punctuation, "&amp;", legal suffixes, "The", accents and spacing are folded: ★★.</summary>
        CompanyNormalized,

        /// <summary>A near spelling (a typo): ★, for a person to confirm.</summary>
        CompanyFuzzy,

        /// <summary>Several companies carry equally good names: a person must choose.</summary>
        SharedName,

        /// <summary>Another customer has as good or a better claim on the company.</summary>
        CompanyClaimed,

        /// <summary>The company is inactive in the PSA (only considered with IncludeInactive).</summary>
        InactiveCompany,
    }
}
