using System;
using System.Net;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>Where Autotask requests may go.</summary>
    internal static class AutotaskUrls
    {
        /// <summary>
        /// The rule: every Autotask address must be HTTPS, because the user name, secret and integration code
        /// travel in request headers. Plain HTTP is allowed only for loopback hosts (127.0.0.1 and the rest of
        /// 127.0.0.0/8, ::1, localhost), where the traffic never leaves the machine: that is the local
        /// simulator used by the tests and the demo. Anything else throws before a single byte is sent.
        /// </summary>
        public static Uri RequireSecure(Uri url, string what)
        {
            if (url == null) throw new ArgumentNullException(nameof(url));
            if (!url.IsAbsoluteUri)
            {
                throw new PsaApiException(AutotaskClient.PsaName, "GET", url.OriginalString, null, null,
                    new[] { "The " + what + " '" + url.OriginalString + "' is not an absolute URL." }, "Give a full https:// address.");
            }
            if (url.Scheme == Uri.UriSchemeHttps) return url;
            if (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url.Host)) return url;
            throw new PsaApiException(AutotaskClient.PsaName, "GET", url.GetLeftPart(UriPartial.Path), null, null,
                new[] { "The " + what + " '" + url.GetLeftPart(UriPartial.Authority) + "' does not use HTTPS, so the credentials would travel unencrypted; nothing was sent." },
                "Use the https:// address (plain http is accepted only for 127.0.0.1, ::1 and localhost).");
        }

        public static bool IsLoopback(string host)
        {
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
            var trimmed = host.Trim('[', ']');
            return IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address);
        }

        /// <summary>The URL with a trailing slash, so relative paths resolve beneath it.</summary>
        public static Uri WithTrailingSlash(Uri url)
        {
            var text = url.GetLeftPart(UriPartial.Path);
            return text.EndsWith("/", StringComparison.Ordinal) ? new Uri(text) : new Uri(text + "/");
        }

        /// <summary>True when both URLs name the same scheme, host and port (where credentials may go).</summary>
        public static bool SameOrigin(Uri a, Uri b) =>
            string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) &&
            a.Port == b.Port;
    }
}
