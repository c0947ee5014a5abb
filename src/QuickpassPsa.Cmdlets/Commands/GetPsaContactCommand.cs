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
    /// a PsaCompany (-Company); an id (-CompanyId, alias Id); a name (-CompanyName, read by the shared rule of
    /// CompanyNameLookup: the exact name first, so 'Contoso [UK]' is never the pattern; must name exactly one company);
    /// or a name taken literally (-LiteralCompanyName). From the pipeline, a string is
    /// a -CompanyName and any other object is -InputObject, whose company <see cref="PipedCompany"/> reads the way its kind
    /// names one (a company itself, a contact or a row by its CompanyId, an Import-Csv row by its CompanyId or Id); an
    /// account or anything else that names no company is refused. -CompanyId no longer binds by property name (round 63a:
    /// an account's Id, bound through the alias Id, read the contacts of an unrelated company).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PsaContact", DefaultParameterSetName = CompanyNameSet)]
    [OutputType(typeof(PsaContact))]
    public sealed class GetPsaContactCommand : PsaCompanyCmdletBase
    {
        /// <summary>The time limit counts per company read, as Connect-Psa's page says.</summary>
        private protected override bool TimeLimitPerCall => true;

        private const string InputSet = "InputObject";

        // The company parameters and their resolution are PsaCompanyCmdletBase's; here -Company also takes a position, a string
        // from the pipeline is a -CompanyName, and any other piped object is -InputObject.

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CompanySet, HelpMessage = "A company from Get-PsaCompany, or a company's exact name, such as Contoso Ltd.")]
        [ValidateNotNull]
        public override PsaCompany? Company { get; set; }

        /// <summary>
        /// A piped object other than a string: a company, a contact, a match row, an Import-Csv row (see <see cref="PipedCompany"/>).
        /// A string binds to -CompanyName first (the default set is tried first), and a number that reaches here is a name too.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = InputSet, ValueFromPipeline = true, HelpMessage = "A company, a contact or a row with a CompanyId or Id column; pipe them in.")]
        [ValidateNotNull]
        public PSObject? InputObject { get; set; }

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

        /// <summary>True when -CompanyName was typed, not piped: a pattern there that cannot be read stops the command (round 69).</summary>
        private bool _nameTyped;

        protected override void BeginProcessing() => _nameTyped = MyInvocation.BoundParameters.ContainsKey(nameof(CompanyName));

        protected override void ProcessRecord()
        {
            var connection = RequireConnection();
            var target = ParameterSetName == InputSet ? (InputObject!.BaseObject is PSCustomObject ? InputObject : InputObject.BaseObject) : CompanyTarget;
            try
            {
                // One company per pipeline item: a company that cannot be found is that item's error, and the next goes on.
                var company = ParameterSetName == InputSet ? Piped(connection, InputObject!, out var notFound) : ResolveCompany(connection, out notFound);
                if (company == null)
                {
                    // A name typed as a parameter that is no valid pattern (QuickpassPsa.InvalidNamePattern) is the command's error: every
                    // item would meet it. A piped name's is that item's, and the next goes on.
                    if (IsPatternError(notFound!) && ParameterSetName != InputSet && (ParameterSetName != CompanyNameSet || _nameTyped)) ThrowTerminatingError(notFound!);
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

        private static bool IsPatternError(ErrorRecord error) => error.FullyQualifiedErrorId.StartsWith(ErrorIds.InvalidNamePattern, System.StringComparison.Ordinal);

        /// <summary>The company a piped object names (see <see cref="PipedCompany"/>), or null with the error saying why there is none.</summary>
        private PsaCompany? Piped(PsaConnection connection, PSObject input, out ErrorRecord? error)
        {
            var piped = PipedCompany.Read(input, "Get-PsaContact", "-CompanyId", "-CompanyName");
            error = piped.Error;
            if (error != null) return null;
            if (piped.Company != null) return ResolveCompany(connection, piped.Company, out error);
            if (piped.Name != null) return ResolveCompanyName(connection, piped.Name, literal: false, out error);
            if (piped.Via != null) WriteVerbose("Reading " + piped.Via + ", company id " + piped.Id + ".");
            return ResolveCompanyId(connection, piped.Id!, piped.Psa, input.BaseObject is PSCustomObject ? input : input.BaseObject, out error);
        }
    }
}
