using System;
using System.Net;

namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>The address rules both PSAs share: where credentials may go and what counts as the local machine.</summary>
    internal static class PsaUrls
    {
        /// <summary>True when both URLs name the same scheme, host and port: the only place credentials may follow.</summary>
        public static bool SameOrigin(Uri a, Uri b) =>
            string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) &&
            a.Port == b.Port;

        /// <summary>scheme://host:port, never a user name or password.</summary>
        public static string Origin(Uri url) => url.Scheme + "://" + url.Host + (url.IsDefaultPort ? string.Empty : ":" + url.Port);

        /// <summary>127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine (the local simulator).</summary>
        public static bool IsLoopback(string host)
        {
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
            return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        }
    }
}
