using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>Builds the clients with an HTTP pipeline that logs to whichever cmdlet is running the call.</summary>
    internal static class ClientFactory
    {
        public static PsaHttpOptions HttpOptions() => new PsaHttpOptions
        {
            Verbose = CmdletLog.Verbose,
            Debug = CmdletLog.Debug,
        };

        public static IPsaClient ConnectWise(ConnectWiseConnectionInfo info, PsaHttpOptions options) => new ConnectWiseClient(info, options);

        public static IPsaClient Autotask(AutotaskConnectionInfo info, PsaHttpOptions options) => new AutotaskClient(info, options);
    }
}
