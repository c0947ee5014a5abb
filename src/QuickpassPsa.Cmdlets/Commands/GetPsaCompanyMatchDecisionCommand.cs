using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaCompanyMatchDecision: lists the stored customer-company decisions (confirmed links and exclusions) of the
    /// connection's PSA instance or of the -DecisionPath file, filtered by customer (wildcards), company and kind.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaCompanyMatchDecision")]
    [OutputType(typeof(CompanyMatchDecision))]
    public sealed class GetPsaCompanyMatchDecisionCommand : DecisionCmdletBase
    {
        /// <summary>The customer name; wildcards allowed, case ignored.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotBlank]
        [ArgumentCompleter(typeof(StoredCustomerCompleter))]
        public string? Customer { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        /// <summary>Confirmed or Excluded (a string, not Core's enum: see Get-PsaContactMatchDecision -Kind).</summary>
        [Parameter]
        [ValidateSet("Confirmed", "Excluded", IgnoreCase = true)]
        public string? Kind { get; set; }

        protected override void ProcessRecord()
        {
            var stored = Using(store => store.ReadCompanyDecisions());
            // The company-name rule (about_QuickpassPsa, "Company names"): a customer named exactly wins over the pattern reading.
            // A text no stored customer has that is no valid pattern ('Contoso [UK') stops the command (round 69: it listed nothing, silently).
            var customer = Customer == null ? null : NameFilter("-Customer", Customer, stored.Select(d => d.Customer),
                "No stored customer-company decision names a customer exactly '" + Customer.Trim() + "' either, so none was listed.");
            foreach (var decision in stored)
            {
                if (CompanyId != null && !string.Equals(decision.CompanyId, CompanyId.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                if (Kind != null && !string.Equals(decision.Kind, Kind, StringComparison.OrdinalIgnoreCase)) continue;
                if (customer != null && !customer(decision.Customer)) continue;
                WriteObject(Stamped(decision));
            }
        }
    }
}
