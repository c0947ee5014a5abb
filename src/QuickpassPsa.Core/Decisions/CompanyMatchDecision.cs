using System;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// One stored decision about a Quickpass customer and a PSA company: a confirmed link ("customer 'Contoso' is
    /// company 19") or an exclusion ("never suggest company 19 for 'Contoso'"). Kept in the same store as the
    /// contact decisions of the PSA instance. The customer is known by its name, the only key a Quickpass export
    /// carries; names are compared trimmed and ignoring case.
    /// </summary>
    public sealed class CompanyMatchDecision
    {
        internal CompanyMatchDecision()
        {
        }

        /// <summary>A decision about the customer <paramref name="customer"/> and the company <paramref name="companyId"/>.</summary>
        public CompanyMatchDecision(MatchDecisionKind kind, string customer, string companyId, string? companyName)
        {
            DecisionKind = kind;
            Customer = customer ?? throw new ArgumentNullException(nameof(customer));
            CompanyId = companyId ?? throw new ArgumentNullException(nameof(companyId));
            CompanyName = companyName;
        }

        /// <summary>"Confirmed" (a link) or "Excluded"; text for the same reason as <see cref="ContactMatchDecision.Kind"/>.</summary>
        public string Kind => DecisionKind.ToString();

        internal MatchDecisionKind DecisionKind { get; set; }

        /// <summary>The Quickpass customer name (the accounts' Customer).</summary>
        public string Customer { get; internal set; } = string.Empty;

        public string CompanyId { get; internal set; } = string.Empty;

        /// <summary>The company's name when the decision was made, for people (the PSA may rename it since).</summary>
        public string? CompanyName { get; internal set; }

        /// <summary>Who decided: DOMAIN\user on Windows, the user name elsewhere.</summary>
        public string? DecidedBy { get; internal set; }

        /// <summary>When (UTC).</summary>
        public DateTime DecidedAt { get; internal set; }

        /// <summary>
        /// The PSA of the store the decision was read from or saved to, "ConnectWise" or "Autotask"; empty for a -DecisionPath file
        /// used without a connection. Not kept in the file (the store is the PSA instance's): the cmdlets set it on what they write,
        /// so that a decision piped to a connection of the other PSA is refused (QuickpassPsa.PsaMismatch).
        /// </summary>
        public string? Psa { get; internal set; }

        /// <summary>Fields of the stored record this version does not know, written back as they were (see DecisionFile).</summary>
        internal Newtonsoft.Json.Linq.JObject? Extra { get; set; }

        internal CompanyMatchDecision Copy() => (CompanyMatchDecision)MemberwiseClone();

        /// <summary>Customer names as the store compares them: trimmed, case ignored.</summary>
        public static bool SameCustomer(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

        internal static bool SameId(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

        public override string ToString() =>
            Kind + ": customer '" + Customer + "' -> " + (string.IsNullOrEmpty(CompanyName) ? string.Empty : CompanyName + " ") + "[" + CompanyId + "]";
    }
}
