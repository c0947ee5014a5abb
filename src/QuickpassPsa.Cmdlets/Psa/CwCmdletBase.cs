using QuickpassPsa.Cmdlets.Errors;
using QuickpassPsa.Core.Psa.ConnectWise;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>Base of the ConnectWise-only cmdlets: the connection's client, or a terminating "ConnectWise only" error.</summary>
    public abstract class CwCmdletBase : PsaCmdletBase
    {
        private protected ConnectWiseClient RequireConnectWise()
        {
            var connection = RequireConnection();
            if (!(connection.Client is ConnectWiseClient client))
            {
                ThrowTerminatingError(CommunicationTypeErrors.ConnectWiseOnly(MyInvocation.MyCommand.Name, connection));
                return null!;
            }
            return client;
        }
    }
}
