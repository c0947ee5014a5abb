using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.Autotask;
using QuickpassPsa.Core.Psa.ConnectWise;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Cmdlets.Psa
{
    /// <summary>
    /// Builds the clients. Their HTTP pipeline writes to <see cref="PsaOutput.Ambient"/> (the default of
    /// <see cref="PsaHttpOptions"/>): whichever cmdlet is running the call, through its <see cref="PsaCommandScope"/>.
    /// </summary>
    internal static class ClientFactory
    {
        public static PsaHttpOptions HttpOptions() => new PsaHttpOptions();

        public static IPsaClient ConnectWise(ConnectWiseConnectionInfo info, PsaHttpOptions options) => new ConnectWiseClient(info, options);

        public static IPsaClient Autotask(AutotaskConnectionInfo info, PsaHttpOptions options) => new AutotaskClient(info, options);
    }
}
