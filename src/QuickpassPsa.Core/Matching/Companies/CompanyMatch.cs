using System.Collections.Generic;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Core.Matching.Companies
{
    /// <summary>The outcome for one Quickpass customer: which PSA company it is, how sure the matcher is and why.</summary>
    public sealed class CompanyMatch
    {
        internal CompanyMatch(string customer) => Customer = customer;

        /// <summary>The customer name as given (trimmed).</summary>
        public string Customer { get; }

        public MatchStatus Status { get; internal set; }

        /// <summary>3 for the exact spelling, 2 for the same normalised name, 1 for a near spelling or a weaker claim, 0 otherwise.</summary>
        public int Stars { get; internal set; }

        /// <summary>The main evidence (the first of <see cref="Reasons"/>).</summary>
        public CompanyMatchReason Reason => Reasons.Count > 0 ? Reasons[0] : CompanyMatchReason.None;

        /// <summary>Every piece of evidence, main first (as text: joined by "; ").</summary>
        public IReadOnlyList<CompanyMatchReason> Reasons
        {
            get => _reasons;
            internal set => _reasons = ValueList<CompanyMatchReason>.From(value);
        }

        private ValueList<CompanyMatchReason> _reasons = ValueList<CompanyMatchReason>.Empty;

        /// <summary>The suggested company (Suggested, Review); null for Ambiguous and Unmatched.</summary>
        public PsaCompany? Company { get; internal set; }

        public string? CompanyId => Company?.Id;
        public string? CompanyName => Company?.Name;

        /// <summary>
        /// The PSA the companies are of, "ConnectWise" or "Autotask" (its company's, else a candidate's); empty when nothing says.
        /// Set-PsaCompanyMatch binds it from a piped row, so a row of the other PSA is refused (its ids name other companies there).
        /// </summary>
        public string? Psa => Known(Company?.Psa) ?? System.Linq.Enumerable.FirstOrDefault(System.Linq.Enumerable.Select(Candidates, c => Known(c.Company?.Psa)), p => p != null);

        private static string? Known(string? psa) => psa == "ConnectWise" || psa == "Autotask" ? psa : null;

        /// <summary>Every company considered, best first (as text: "Contoso Ltd [19] (100: CompanyExact); ...").</summary>
        public IReadOnlyList<CompanyCandidate> Candidates
        {
            get => _candidates;
            internal set => _candidates = ValueList<CompanyCandidate>.From(value);
        }

        private ValueList<CompanyCandidate> _candidates = ValueList<CompanyCandidate>.Empty;

        /// <summary>How many accounts name this customer, when the input was accounts; null for bare names.</summary>
        public int? AccountCount { get; internal set; }

        public override string ToString() => Customer + " -> " + Status + (Company == null ? string.Empty : " " + Company) + " (" + string.Join(", ", Reasons) + ")";
    }
}
