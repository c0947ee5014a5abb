namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>The evidence behind a customer-to-company match or candidate (kept apart from the contact reasons: a report of contact matches lists those).</summary>
    public enum CompanyMatchReason
    {
        None = 0,

        /// <summary>A stored decision links the customer to the company (Save-PsaCompanyMatch, Set-PsaCompanyMatch).</summary>
        StoredDecision,

        /// <summary>The same spelling (trimmed, case ignored): ★★★.</summary>
        CompanyExact,

        /// <summary>The same name once case, punctuation, "&amp;", legal suffixes, "The", accents and spacing are folded: ★★.</summary>
        CompanyNormalized,

        /// <summary>A near spelling (a typo): ★, for a person to confirm.</summary>
        CompanyFuzzy,

        /// <summary>Several companies carry equally good names: a person must choose.</summary>
        SharedName,

        /// <summary>Another customer has as good or a better claim on the company.</summary>
        CompanyClaimed,

        /// <summary>
        /// The company is inactive in the PSA: considered with IncludeInactive, and without it when its name is a better
        /// match than every active company's (an inactive "Adventure Works Ltd" beside an active "Adventure Works Inc").
        /// </summary>
        InactiveCompany,

        /// <summary>
        /// The names are the same but for two different legal forms ("Wingtip Toys Ltd" and "Wingtip Toys Inc"): often
        /// two legal persons, a UK company and its US sister, so a person confirms.
        /// </summary>
        OtherLegalForm,

        /// <summary>
        /// Another company carries the customer's name with a legal form or a country of its own ("Contoso Pharmaceuticals
        /// (USA) Inc" beside "Contoso Pharmaceuticals Ltd"): a sister company, so a person chooses.
        /// </summary>
        SisterCompany,

        /// <summary>A company as good as this one was excluded for the customer by a person: the one left is for a person to confirm.</summary>
        NamesakeExcluded,
    }
}
