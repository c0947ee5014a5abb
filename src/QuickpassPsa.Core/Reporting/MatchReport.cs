using System;
using System.Collections.Generic;
using System.Linq;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;
using ContactFieldLimits = QuickpassPsa.Core.Psa.Writes.ContactFieldLimits;

namespace QuickpassPsa.Core.Reporting
{
    /// <summary>
    /// What one report shows: the matches, the communication-type findings, and when and against which PSA the run
    /// was made. Each input kind has its own list, so kinds added later (customer summaries, company matches) are one
    /// more list and one more section, and the writer never guesses a type.
    /// </summary>
    public sealed class MatchReport
    {
        public MatchReport(DateTimeOffset generatedAt) => GeneratedAt = generatedAt;

        public DateTimeOffset GeneratedAt { get; }

        /// <summary>The PSA the run was made against ("ConnectWise", "Autotask"), from the connection; null to take it from the contacts.</summary>
        public string? Psa { get; set; }

        /// <summary>The PSA's address (the API endpoint or the site), from the connection; null when unknown.</summary>
        public string? Endpoint { get; set; }

        public List<ContactMatch> Matches { get; } = new List<ContactMatch>();
        public List<CwCommunicationTypeFinding> Findings { get; } = new List<CwCommunicationTypeFinding>();

        /// <summary>Per-customer summaries of a multi-customer run (Find-PsaContactMatch -SummaryVariable/-Summary): the customers that could not be matched, and each customer's company.</summary>
        public List<Matching.Customers.CustomerMatchSummary> Customers { get; } = new List<Matching.Customers.CustomerMatchSummary>();

        /// <summary>The PSA to show: the connection's, else the one the matches' contacts name (several are listed), else null.</summary>
        public string? PsaShown
        {
            get
            {
                if (!string.IsNullOrWhiteSpace(Psa)) return Psa;
                var named = Matches
                    .SelectMany(m => m.Candidates.Select(c => c.Contact).Concat(m.Contact == null ? Enumerable.Empty<Psa.PsaContact>() : new[] { m.Contact }))
                    .Select(c => c?.Psa)
                    .Where(p => !string.IsNullOrWhiteSpace(p))
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .OrderBy(p => p, StringComparer.OrdinalIgnoreCase)
                    .ToList();
                return named.Count == 0 ? null : string.Join(", ", named);
            }
        }

        /// <summary>
        /// The lengths the PSA's contact fields hold, for the "can be created" column: set from the connection (Autotask's are read
        /// from it); else ConnectWise's when the report is about ConnectWise alone (they are fixed), and none checked otherwise.
        /// </summary>
        public ContactFieldLimits? Limits { get; set; }

        internal ContactFieldLimits? LimitsShown =>
            Limits ?? (string.Equals(PsaShown, "ConnectWise", StringComparison.OrdinalIgnoreCase) ? ContactFieldLimits.ConnectWise : null);

        /// <summary>Whether a new contact needs a last name (Autotask) for the "can be created" column; true when the PSA is unknown or mixed.</summary>
        internal bool LastNameRequired
        {
            get
            {
                var psa = PsaShown;
                return psa == null || psa.IndexOf("Autotask", StringComparison.OrdinalIgnoreCase) >= 0 || psa.IndexOf("File", StringComparison.OrdinalIgnoreCase) >= 0;
            }
        }
    }
}
