using System.Management.Automation;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>Get-PsaConnection: the session's default connection, or nothing when there is none.</summary>
    [Cmdlet(VerbsCommon.Get, "PsaConnection")]
    [OutputType(typeof(PsaConnection))]
    public sealed class GetPsaConnectionCommand : QuickpassCmdlet
    {
        protected override void EndProcessing()
        {
            var connection = ConnectionStore.Default;
            if (connection != null) WriteObject(connection);
        }
    }
}
