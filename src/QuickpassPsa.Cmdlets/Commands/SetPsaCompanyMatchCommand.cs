using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Core.Decisions;
using QuickpassPsa.Core.Matching;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Set-PsaCompanyMatch: links a Quickpass customer to a PSA company by hand (any company, not only a candidate), or
    /// with -Exclude stores that the customer is NOT that company, so Find-PsaCompanyMatch never suggests it again. The
    /// customer is a name (-Customer, or the Customer of a piped Find-PsaCompanyMatch row); the company a PsaCompany
    /// (-Company, or piped from Get-PsaCompany) or an id (-CompanyId, or the CompanyId of a piped row). No call is
    /// made to the PSA. Written once, under the store's lock, at the end.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "PsaCompanyMatch", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(CompanyMatchDecision))]
    public sealed class SetPsaCompanyMatchCommand : DecisionCmdletBase
    {
        private const string CompanySet = "Company";
        private const string CompanyIdSet = "CompanyId";

        private readonly List<CompanyMatchDecision> _decided = new List<CompanyMatchDecision>();

        /// <summary>The Quickpass customer name (the accounts' Customer); from a piped row's Customer too.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, HelpMessage = "The Quickpass customer name, as in the accounts' Customer column, such as Contoso Ltd.")]
        [ValidateNotBlank(Required = true)]
        public string Customer { get; set; } = string.Empty;

        /// <summary>The company (from Get-PsaCompany, live or imported).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = CompanySet, HelpMessage = "A company from Get-PsaCompany.")]
        [ValidateNotNull]
        [CompanyArgument]
        public PsaCompany? Company { get; set; }

        /// <summary>The company's id; from a piped row's CompanyId too.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = CompanyIdSet, HelpMessage = "The company's id in the PSA, such as 19297 (Get-PsaCompany shows it).")]
        [ValidateNotBlank(Required = true)]
        public string CompanyId { get; set; } = string.Empty;

        /// <summary>Store an exclusion (never suggest this company for this customer) instead of a link.</summary>
        [Parameter]
        public SwitchParameter Exclude { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing() => Store();

        protected override void ProcessRecord()
        {
            var customer = Customer.Trim();
            var companyId = Company != null ? Company.Id?.Trim() : CompanyId.Trim();
            if (string.IsNullOrEmpty(companyId))
            {
                WriteError(CompanyDecisionErrors.CompanyHasNoId((object?)Company ?? customer));
                return;
            }
            var companyText = Company?.ToString() ?? "[" + companyId + "]";
            var action = Exclude ? "Exclude company " + companyText : "Link to company " + companyText;
            if (!ShouldProcess("customer '" + customer + "'", action)) return;
            var kind = Exclude ? MatchDecisionKind.Excluded : MatchDecisionKind.Confirmed;
            _decided.Add(new CompanyMatchDecision(kind, customer, companyId!, string.IsNullOrWhiteSpace(Company?.Name) ? null : Company!.Name));
        }

        protected override void EndProcessing()
        {
            if (_decided.Count == 0) return;
            var changes = Using(store => store.SaveCompanyDecisions(_decided));
            foreach (var change in changes)
            {
                ReportReplaced(change);
                if (PassThru) WriteObject(change.Decision);
            }
        }
    }
}
