using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Save-PsaContactMatch: Quickpass's "Confirm Matches" and "Save". Stores the piped rows the admin accepted as
    /// confirmed links: a Suggested or Review row's contact, a Matched row again (refreshed), or for an Ambiguous row
    /// the candidate chosen with -ContactId. Rows are collected and written once, under the store's lock, at the end.
    /// </summary>
    [Cmdlet(VerbsData.Save, "PsaContactMatch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(ContactMatchDecision))]
    public sealed class SavePsaContactMatchCommand : DecisionCmdletBase
    {
        private readonly List<ContactMatchDecision> _accepted = new List<ContactMatchDecision>();

        /// <summary>The row of each accepted decision, in the same order (the target of its error).</summary>
        private readonly List<ContactMatch> _rows = new List<ContactMatch>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, HelpMessage = "A row from Find-PsaContactMatch (Suggested, or Review after you checked it); pipe the rows in.")]
        [ValidateNotNull]
        [MatchArgument]
        public ContactMatch? Match { get; set; }

        /// <summary>The candidate to link (an Ambiguous row's choice, or another candidate of the row).</summary>
        [Parameter]
        [ValidateNotBlank]
        public string? ContactId { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing() => Store(); // a bad path or no connection stops before any row

        protected override void ProcessRecord()
        {
            var match = Match!;
            if (!SamePsa(RowPsa.Mismatch(match, RowConnection()))) return;
            var contact = Chosen(match);
            if (contact == null) return;

            var companyId = contact.CompanyId;
            if (string.IsNullOrWhiteSpace(companyId))
            {
                WriteError(DecisionErrors.CompanyUnknown(match, contact.Id));
                return;
            }
            var decision = ContactMatchDecision.For(MatchDecisionKind.Confirmed, companyId!.Trim(), match.Account, contact.Id, contact.DisplayName);
            decision.RowComputedAt = match.ComputedAt; // a decision stored after the row was computed is not replaced by it
            if (decision.AccountKey.Length == 0)
            {
                WriteError(DecisionErrors.AccountUnidentified(match));
                return;
            }
            if (!ShouldProcess(match.Account.ToString(), "Save the link to contact " + contact + " in company " + companyId)) return;
            KnowCompanyName(companyId, contact.CompanyName, string.Equals(match.CompanyId?.Trim(), companyId.Trim(), System.StringComparison.OrdinalIgnoreCase) ? match.CompanyName : null);
            _accepted.Add(decision);
            _rows.Add(match);
        }

        /// <summary>The contact the row confirms, or null after writing why it cannot be saved.</summary>
        private PsaContact? Chosen(ContactMatch match)
        {
            if (ContactId != null)
            {
                var id = ContactId.Trim();
                var chosen = match.Candidates.Select(c => c.Contact).Concat(match.Contact == null ? Enumerable.Empty<PsaContact>() : new[] { match.Contact })
                    .FirstOrDefault(c => c != null && string.Equals(c.Id, id, System.StringComparison.OrdinalIgnoreCase));
                if (chosen == null) WriteError(DecisionErrors.NotCandidate(match, id));
                return chosen;
            }
            switch (match.Status)
            {
                case MatchStatus.Suggested:
                case MatchStatus.Review:
                case MatchStatus.Matched:
                    if (match.Contact != null) return match.Contact;
                    break;
            }
            WriteError(DecisionErrors.NotDecidable(match, match.Status.ToString()));
            return null;
        }

        protected override void EndProcessing()
        {
            if (_accepted.Count == 0) return;
            var changes = Using(store => store.Save(_accepted));
            WriteVerbose("Saved " + changes.Count(c => !c.Skipped).ToString(CultureInfo.InvariantCulture) + " links (" +
                changes.Count(c => c.Refreshed).ToString(CultureInfo.InvariantCulture) + " already stored) in " + Store().Path + ".");
            var at = 0;
            foreach (var change in changes)
            {
                var row = _rows[at++];
                if (ReportSuperseded(change, row, row.Account.ToString(), row.ComputedAt)) continue;
                ReportReplaced(change);
                if (PassThru) WriteObject(Named(Stamped(change.Decision)));
            }
        }
    }
}
