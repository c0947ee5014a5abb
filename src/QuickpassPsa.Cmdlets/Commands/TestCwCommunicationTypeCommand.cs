using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise.CommunicationTypes;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Test-CwCommunicationType: one finding per problem of the setup table (rules in Core's CwCommunicationTypeRules).
    /// No output means the table is ready for Quickpass and for New-PsaContact.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "CwCommunicationType")]
    [OutputType(typeof(CwCommunicationTypeFinding))]
    public sealed class TestCwCommunicationTypeCommand : CwCmdletBase
    {
        /// <summary>The mobile name to aim for when a type must be renamed or created.</summary>
        [Parameter]
        [ValidateSet("Mobile", "Cell", IgnoreCase = true)]
        public string Preferred { get; set; } = "Mobile";

        protected override void EndProcessing()
        {
            var client = RequireConnectWise();
            try
            {
                var types = Run((_, token) => client.GetCommunicationTypesAsync(token));
                var findings = CwCommunicationTypeRules.Test(types, Preferred);
                WriteVerbose(findings.Count == 0
                    ? "The communication types setup table is ready for Quickpass and New-PsaContact."
                    : findings.Count + " finding(s) in the communication types setup table (" + types.Count + " types).");
                WriteObject(findings, enumerateCollection: true);
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, null);
            }
        }
    }
}
