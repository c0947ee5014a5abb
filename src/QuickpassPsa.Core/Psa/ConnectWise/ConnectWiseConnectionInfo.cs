using System.Security;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>What Connect-Psa -ConnectWise gathers. The keys stay SecureStrings.</summary>
    internal sealed class ConnectWiseConnectionInfo
    {
        /// <summary>The site, as users know it: "na.myconnectwise.net", "api-eu.myconnectwise.net", "psa.example.com", "127.0.0.1:5080".</summary>
        public string Server { get; set; } = string.Empty;

        public string CompanyId { get; set; } = string.Empty;
        public SecureString PublicKey { get; set; } = new SecureString();
        public SecureString PrivateKey { get; set; } = new SecureString();

        /// <summary>The integration's clientId (from developer.connectwise.com), sent on every call.</summary>
        public string ClientId { get; set; } = string.Empty;

        /// <summary>The model version asked for in the Accept header (e.g. "2025.1"); null for the client's default.</summary>
        public string? ApiVersion { get; set; }
    }
}
