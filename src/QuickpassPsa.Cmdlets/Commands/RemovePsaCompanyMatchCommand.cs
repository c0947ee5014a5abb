using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Remove-PsaCompanyMatch: forgets stored customer-company decisions. Piped decisions (from
    /// Get-PsaCompanyMatchDecision, live or imported) are removed exactly; a customer (-Customer text, or the Customer
    /// of a piped Find-PsaCompanyMatch row) loses its link, or its exclusions with -Exclude, narrowed by -CompanyId.
    /// One locked write at the end.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "PsaCompanyMatch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = InputSet)]
    [OutputType(typeof(CompanyMatchDecision))]
    public sealed class RemovePsaCompanyMatchCommand : DecisionCmdletBase
    {
        private const string InputSet = "InputObject";
        private const string CustomerSet = "Customer";

        private readonly List<CompanyMatchDecision> _chosen = new List<CompanyMatchDecision>();
        private IReadOnlyList<CompanyMatchDecision>? _stored;

        /// <summary>A decision, a CompanyMatch row or a customer name (live or deserialized).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputSet, HelpMessage = "A stored decision from Get-PsaCompanyMatchDecision, or a row from Find-PsaCompanyMatch; pipe them in.")]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

        /// <summary>The customer names (trimmed, case ignored).</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CustomerSet, HelpMessage = "The Quickpass customer name whose decisions to remove, such as Contoso Ltd (Tab completes).")]
        [ValidateNotBlank(Required = true)]
        [ArgumentCompleter(typeof(StoredCustomerCompleter))]
        public string[] Customer { get; set; } = Array.Empty<string>();

        [Parameter]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        /// <summary>Remove exclusions instead of links.</summary>
        [Parameter]
        public SwitchParameter Exclude { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing() => Store();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == CustomerSet)
            {
                foreach (var text in Customer) Select(CompanyDecisionSelector.ForText(text), text);
                return;
            }
            // A row or decision of the other PSA: its company id names another company here (round 60b).
            if (!SamePsa(Matching.RowPsa.Mismatch(PsaOf(InputObject), RowConnection(), InputObject!, "The " + (InputObject!.BaseObject is CompanyMatchDecision ? "decision '" : "row '") + InputObject + "'"))) return;
            var selector = CompanyDecisionSelector.From(InputObject);
            if (selector == null)
            {
                WriteError(CompanyDecisionErrors.Unrecognised(InputObject));
                return;
            }
            Select(selector, InputObject!);
        }

        private void Select(CompanyDecisionSelector selector, object target)
        {
            // Read once per command; what is removed is decided again under the lock at the end.
            _stored ??= Using(store => store.ReadCompanyDecisions());
            var company = CompanyId?.Trim();
            var found = _stored.Where(d => selector.Selects(d, company, Exclude) && !_chosen.Contains(d)).ToList();
            if (found.Count == 0)
            {
                WriteError(CompanyDecisionErrors.NotFound(target, (Exclude ? "exclusions of " : string.Empty) + selector +
                    (company == null ? string.Empty : " for company " + company)));
                return;
            }
            foreach (var decision in found)
            {
                if (ShouldProcess(decision.ToString(), "Remove the stored decision")) _chosen.Add(decision);
            }
        }

        protected override void EndProcessing()
        {
            if (_chosen.Count == 0) return;
            var chosen = _chosen;
            // Under the lock, the file is read again: remove what was chosen as it is stored now.
            var removed = Using(store => store.RemoveCompanyDecisions(d => chosen.Any(c => c.DecisionKind == d.DecisionKind &&
                string.Equals(c.CompanyId, d.CompanyId, StringComparison.OrdinalIgnoreCase) &&
                CompanyMatchDecision.SameCustomer(c.Customer, d.Customer))));
            WriteVerbose("Removed " + removed.Count.ToString(CultureInfo.InvariantCulture) + " customer-company decisions from " + Store().Path + ".");
            if (PassThru) WriteObject(removed.Select(Stamped), enumerateCollection: true);
        }
    }
}
