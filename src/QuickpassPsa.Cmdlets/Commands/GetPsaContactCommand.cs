using System.Management.Automation;
using QuickpassPsa.Cmdlets.Companies;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Parameters;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-PsaContact: every contact of a company (all pages, never a silent 25-row default), optionally one
    /// email address, inactive contacts on request. The company is named one explicit way per parameter set,
    /// never guessed from the shape of a string (a company named "2024" is a name, not an id):
    /// a PsaCompany (-Company, from the pipeline); an id (-CompanyId, alias Id, which also binds a deserialized
    /// PsaCompany or an Import-Csv row by its Id and Psa properties); a name (-CompanyName, wildcards allowed,
    /// must match exactly one company); or a name taken literally (-LiteralCompanyName: 'Contoso [UK]').
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaContact", DefaultParameterSetName = CompanyNameSet)]
    [OutputType(typeof(PsaContact))]
    public sealed class GetPsaContactCommand : PsaCompanyCmdletBase
    {
        /// <summary>The time limit counts per company read, as Connect-Psa's page says.</summary>
        private protected override bool TimeLimitPerCall => true;

        // The company parameters and their resolution are PsaCompanyCmdletBase's; here they also bind from the
        // pipeline: companies or names by value, a deserialized PsaCompany or an Import-Csv row by its Id and Psa.

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = CompanySet, HelpMessage = "A company from Get-PsaCompany, or a company's exact name, such as Contoso Ltd.")]
        [ValidateNotNull]
        public override PsaCompany? Company { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CompanyIdSet, HelpMessage = "The company's id in the PSA, such as 19297.")]
        [Alias("Id")]
        [ValidateNotBlank(Required = true)]
        public override string CompanyId { get; set; } = string.Empty;

        /// <summary>The PSA the id belongs to; bound from a piped object's Psa property so that an id of the other PSA is refused.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = CompanyIdSet)]
        [ArgumentCompleter(typeof(PsaNameCompleter))]
        public override string? Psa { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = CompanyNameSet, HelpMessage = "The company's exact name, such as Contoso Ltd (Get-PsaCompany lists them; Tab completes).")]
        [SupportsWildcards]
        [ValidateNotBlank(Required = true)]
        [ArgumentCompleter(typeof(CompanyNameCompleter))]
        public override string CompanyName { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotBlank]
        public string? Email { get; set; }

        [Parameter]
        public SwitchParameter IncludeInactive { get; set; }

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            var target = CompanyTarget;
            try
            {
                // One company per pipeline item: a company that cannot be found is that item's error, and the next goes on.
                var company = ResolveCompany(connection, out var notFound);
                if (company == null)
                {
                    WriteError(notFound!);
                    return;
                }
                if (Email != null && LookupErrors.Unsearchable(connection, Email, "email address") is { } unsearchable)
                {
                    WriteError(unsearchable);
                    return;
                }

                var contacts = ReadContacts(connection, company, Email, IncludeInactive.IsPresent);
                WriteObject(contacts, enumerateCollection: true);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, target);
            }
        }
    }
}
