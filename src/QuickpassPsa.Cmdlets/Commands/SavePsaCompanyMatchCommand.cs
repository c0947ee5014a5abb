using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Matching.Companies;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Save-PsaCompanyMatch: confirms the customer-company matches the admin accepted (Find-PsaCompanyMatch rows, live
    /// or imported) as stored links: a Suggested or Review row's company, a Matched row again (refreshed), or for an
    /// Ambiguous or Unmatched row the candidate chosen with -CompanyId. Written once, under the store's lock, at the end.
    /// </summary>
    [Cmdlet(VerbsData.Save, "PsaCompanyMatch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(CompanyMatchDecision))]
    public sealed class SavePsaCompanyMatchCommand : DecisionCmdletBase
    {
        private readonly List<CompanyMatchDecision> _accepted = new List<CompanyMatchDecision>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, HelpMessage = "A row from Find-PsaCompanyMatch (Suggested or Matched); pipe the rows in.")]
        [ValidateNotNull]
        [CompanyMatchArgument]
        public CompanyMatch? Match { get; set; }

        /// <summary>The candidate to link (an Ambiguous row's choice, or another candidate of the row).</summary>
        [Parameter]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing() => Store(); // a bad path or no connection stops before any row

        protected override void ProcessRecord()
        {
            var match = Match!;
            if (!SamePsa(RowPsa.Mismatch(match, RowConnection()))) return;
            var company = Chosen(match);
            if (company == null) return;
            if (string.IsNullOrWhiteSpace(company.Id))
            {
                WriteError(CompanyDecisionErrors.CompanyHasNoId(match));
                return;
            }
            if (!ShouldProcess("customer '" + match.Customer + "'", "Save the link to company " + company)) return;
            _accepted.Add(new CompanyMatchDecision(MatchDecisionKind.Confirmed, match.Customer, company.Id.Trim(), company.Name));
        }

        /// <summary>The company the row confirms, or null after writing why it cannot be saved.</summary>
        private PsaCompany? Chosen(CompanyMatch match)
        {
            if (CompanyId != null)
            {
                var id = CompanyId.Trim();
                var chosen = match.Candidates.Select(c => c.Company).Concat(match.Company == null ? Enumerable.Empty<PsaCompany>() : new[] { match.Company })
                    .FirstOrDefault(c => c != null && string.Equals(c.Id?.Trim(), id, StringComparison.OrdinalIgnoreCase));
                if (chosen == null) WriteError(CompanyDecisionErrors.NotCandidate(match, id));
                return chosen;
            }
            switch (match.Status)
            {
                case MatchStatus.Suggested:
                case MatchStatus.Review:
                case MatchStatus.Matched:
                    if (match.Company != null) return match.Company;
                    break;
            }
            WriteError(CompanyDecisionErrors.NotDecidable(match, match.Status.ToString()));
            return null;
        }

        protected override void EndProcessing()
        {
            if (_accepted.Count == 0) return;
            var changes = Using(store => store.SaveCompanyDecisions(_accepted));
            WriteVerbose("Saved " + changes.Count.ToString(CultureInfo.InvariantCulture) + " customer-company links (" +
                changes.Count(c => c.Refreshed).ToString(CultureInfo.InvariantCulture) + " already stored) in " + Store().Path + ".");
            foreach (var change in changes)
            {
                ReportReplaced(change);
                if (PassThru) WriteObject(Stamped(change.Decision));
            }
        }
    }
}
