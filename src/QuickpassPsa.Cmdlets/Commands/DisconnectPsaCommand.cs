using System.Management.Automation;
using QuickpassPsa.Cmdlets.Psa;
using QuickpassPsa.Core.Psa;

namespace QuickpassPsa.Cmdlets.Commands
{
    /// <summary>Disconnect-Psa: closes a connection (by default the session's default one) and forgets it.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Psa")]
    [OutputType(typeof(void))]
    public sealed class DisconnectPsaCommand : QuickpassCmdlet
    {
        /// <summary>The connection to close; by default the session's default connection.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ValidateNotNull]
        public PsaConnection? Connection { get; set; }

        protected override void ProcessRecord()
        {
            var connection = Connection ?? ConnectionStore.Default;
            if (connection == null)
            {
                WriteVerbose("There is no connection to close.");
                return;
            }
            ConnectionStore.Forget(connection);
            connection.Dispose();
            WriteVerbose("Closed " + connection + ".");
        }
    }
}
