using System.Collections.Generic;
using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Decisions;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Matching;
using QuickpassPsa.Cmdlets.Psa;
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
    /// (-Company, or piped from Get-PsaCompany) or an id (-CompanyId, or the CompanyId of a piped row). An id is looked up in
    /// the PSA once, so that the link stores the company's name: Find-PsaCompanyMatch and Find-PsaContactMatch compare it with
    /// the name the id has later, and pass over a link whose id names another company by then (round 60b). A company or row of
    /// the other PSA than the connection's is refused (PsaMismatch). Written once, under the store's lock, at the end.
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

        /// <summary>The PSA the company id belongs to; bound from a piped row's or company's Psa, so that one of the other PSA is refused.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PsaNameCompleter))]
        public string? Psa { get; set; }

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
            var connection = RowConnection();
            if (!SamePsa(RowPsa.Mismatch(Company?.Psa ?? Psa, connection, (object?)Company ?? companyId!, Company != null ? "The company " + Company : "The company id " + companyId))) return;
            var name = string.IsNullOrWhiteSpace(Company?.Name) ? null : Company!.Name;
            if (name == null && connection != null)
            {
                // Only the id: the company's name as the PSA has it, stored with the link for the later check.
                var found = Lookup(connection, companyId!);
                if (found == null) return;
                name = string.IsNullOrWhiteSpace(found.Name) ? null : found.Name;
            }
            var companyText = Company?.ToString() ?? (name == null ? string.Empty : name + " ") + "[" + companyId + "]";
            var action = Exclude ? "Exclude company " + companyText : "Link to company " + companyText;
            if (!ShouldProcess("customer '" + customer + "'", action)) return;
            var kind = Exclude ? MatchDecisionKind.Excluded : MatchDecisionKind.Confirmed;
            _decided.Add(new CompanyMatchDecision(kind, customer, companyId!, name));
        }

        /// <summary>The company with this id, read once per id and command; null after writing why (not found, or the PSA failed).</summary>
        private PsaCompany? Lookup(PsaConnection connection, string id)
        {
            if (!_looked.TryGetValue(id, out var company))
            {
                try
                {
                    company = Run((_, token) => connection.Client.GetCompanyAsync(id, token));
                }
                catch (PsaApiException ex)
                {
                    PsaErrors.Report(this, ex, id);
                    return null;
                }
                _looked[id] = company;
            }
            if (company == null) WriteError(PsaErrors.CompanyNotFound("has the id " + id, connection, id));
            return company;
        }

        private readonly Dictionary<string, PsaCompany?> _looked = new Dictionary<string, PsaCompany?>(System.StringComparer.OrdinalIgnoreCase);

        protected override void EndProcessing()
        {
            if (_decided.Count == 0) return;
            var changes = Using(store => store.SaveCompanyDecisions(_decided));
            foreach (var change in changes)
            {
                ReportReplaced(change);
                if (PassThru) WriteObject(Stamped(change.Decision));
            }
        }
    }
}
