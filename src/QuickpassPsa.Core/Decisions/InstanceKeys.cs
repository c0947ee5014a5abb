using System;
using QuickpassPsa.Core.Psa;
using QuickpassPsa.Core.Psa.ConnectWise;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>The instance key of a connection (PsaConnection.InstanceKey): which PSA instance its decisions belong to.</summary>
    internal static class InstanceKeys
    {
        public static string Of(PsaKind psa, string server, string account) =>
            psa == PsaKind.ConnectWise ? ConnectWise(server, account) : Autotask(account);

        /// <summary>
        /// ConnectWise: "connectwise/&lt;site host&gt;[:port]/&lt;company id&gt;", lower case. The host is the API host
        /// (na.myconnectwise.net and api-na.myconnectwise.net are one site); the company id names the tenant on it.
        /// </summary>
        public static string ConnectWise(string server, string companyId)
        {
            string host;
            try
            {
                var site = CwSite.Parse(server);
                host = site.ApiHost + (site.Port > 0 ? ":" + site.Port : string.Empty);
            }
            catch (ArgumentException)
            {
                host = (server ?? string.Empty).Trim();
            }
            return ("connectwise/" + host + "/" + (companyId ?? string.Empty).Trim()).ToLowerInvariant();
        }

        /// <summary>
        /// Autotask: "autotask/&lt;domain of the API user name&gt;". psa-api.md B1: the tenant is known for sure only
        /// from zoneInformation (its "ci"), and the zone host only after that lookup unless -ZoneUrl was given; both need
        /// a call, and a key that changed between "given zone" and "looked-up zone" would split one tenant's decisions
        /// over two files. Before any call only the API user name is known; API users are named in the tenant's own
        /// domain (apiuser@contoso-msp.com), so its domain is what identifies the tenant here. A user name without '@'
        /// is used whole.
        /// </summary>
        public static string Autotask(string userName)
        {
            var name = (userName ?? string.Empty).Trim();
            var at = name.LastIndexOf('@');
            var tenant = at >= 0 && at < name.Length - 1 ? name.Substring(at + 1) : name;
            return ("autotask/" + tenant).ToLowerInvariant();
        }
    }
}
