using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace QuickpassPsa.Tests.Simulator;

/// <summary>
/// An HTTP handler that trusts one certificate as a root (the simulator's self-signed one) and nothing else
/// beyond what the machine trusts: the chain is built against it, and a wrong name is still refused. What a
/// user does by installing a private CA, done for a test without touching the machine's trust store.
/// </summary>
public static class TrustingHandler
{
    public static HttpClientHandler For(X509Certificate2 root) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
        {
            if (errors == SslPolicyErrors.None) return true;
            if (certificate == null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0) return false;
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(root);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(certificate);
        },
    };
}
