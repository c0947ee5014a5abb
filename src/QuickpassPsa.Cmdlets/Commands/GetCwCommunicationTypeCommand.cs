using System.Management.Automation;
using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>
    /// Get-CwCommunicationType: the ConnectWise communication types setup table (psa-api.md A3), every row, with
    /// how many records use each type when -IncludeUsage is given (one /usages call per type, so it is opt-in).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CwCommunicationType")]
    [OutputType(typeof(CwCommunicationType))]
    public sealed class GetCwCommunicationTypeCommand : CwCmdletBase
    {
        [Parameter]
        public SwitchParameter IncludeUsage { get; set; }

        protected override void EndProcessing()
        {
            var client = RequireConnectWise();
            try
            {
                var types = Run((_, token) => client.GetCommunicationTypesAsync(token));
                foreach (var type in types)
                {
                    var row = type.Copy();
                    if (IncludeUsage.IsPresent) row.UsageCount = Run((_, token) => client.GetCommunicationTypeUsageCountAsync(type.Id, token));
                    WriteObject(row);
                }
            }
            catch (PsaApiException ex)
            {
                PsaErrors.Report(this, ex, null);
            }
        }
    }
}
