using System;
using System.Security;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>What Connect-Psa -Autotask gathers. Secret and integration code stay SecureStrings.</summary>
    internal sealed class AutotaskConnectionInfo
    {
        /// <summary>The API user's name (an email-like user name).</summary>
        public string UserName { get; set; } = string.Empty;

        public SecureString Secret { get; set; } = new SecureString();
        public SecureString IntegrationCode { get; set; } = new SecureString();

        /// <summary>The zone URL ("https://webservices3.autotask.net/atservicesrest/"); null to discover it from the user name.</summary>
        public Uri? ZoneUrl { get; set; }

        /// <summary>Where zone discovery asks (zoneInformation needs no auth).</summary>
        public Uri DiscoveryUrl { get; set; } = new Uri("https://webservices.autotask.net/atservicesrest/");
    }
}
