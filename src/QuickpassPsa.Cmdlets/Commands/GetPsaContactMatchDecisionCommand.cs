using System;
using System.Linq;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaContactMatchDecision: lists the stored decisions (confirmed links and exclusions) of the connection's PSA
    /// instance or of the -DecisionPath file, filtered by company, account (UPN, email or id; wildcards) and kind.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaContactMatchDecision")]
    [OutputType(typeof(ContactMatchDecision))]
    public sealed class GetPsaContactMatchDecisionCommand : DecisionCmdletBase
    {
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotBlank]
        public string? CompanyId { get; set; }

        /// <summary>The account's user principal name, email address or id; wildcards allowed.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotBlank]
        public string? Account { get; set; }

        /// <summary>
        /// Confirmed or Excluded. A string, not Core's enum: a parameter of a Core value type would pull Core into the
        /// default load context before the module's initializer runs (see Get-QpAccount -Format).
        /// </summary>
        [Parameter]
        [ValidateSet("Confirmed", "Excluded", IgnoreCase = true)]
        public string? Kind { get; set; }

        [Parameter]
        [ValidateNotBlank]
        public string? ContactId { get; set; }

        protected override void ProcessRecord()
        {
            var stored = Using(store => store.Read());
            var pattern = Account == null ? null : WildcardPattern.Get(Account.Trim(), WildcardOptions.IgnoreCase);
            foreach (var decision in stored)
            {
                if (CompanyId != null && !string.Equals(decision.CompanyId, CompanyId.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                if (ContactId != null && !string.Equals(decision.ContactId, ContactId.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
                if (Kind != null && !string.Equals(decision.Kind, Kind, StringComparison.OrdinalIgnoreCase)) continue;
                if (pattern != null && !new[] { decision.UserPrincipalName, decision.Email, decision.AccountId }.Any(v => v != null && pattern.IsMatch(v))) continue;
                WriteObject(Stamped(decision));
            }
        }
    }
}
