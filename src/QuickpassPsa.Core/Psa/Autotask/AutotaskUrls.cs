using System;
using QuickpassPsa.Core.Psa.Http;

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
            if (!string.IsNullOrEmpty(url.UserInfo))
            {
                // Never echoed: the part before '@' may be a password.
                throw new PsaApiException(AutotaskClient.PsaName, "GET", url.AbsolutePath, null, null,
                    new[] { "The " + what + " holds a user name or password before '@'; nothing was sent." },
                    "Give the address alone (https://host/...); the user name, secret and integration code go in -Credential and -IntegrationCode.");
            }
            if (url.Scheme == Uri.UriSchemeHttps) return url;
            if (url.Scheme == Uri.UriSchemeHttp && PsaUrls.IsLoopback(url.Host)) return url;
            throw new PsaApiException(AutotaskClient.PsaName, "GET", url.GetLeftPart(UriPartial.Path), null, null,
                new[] { "The " + what + " '" + PsaUrls.Origin(url) + "' does not use HTTPS, so the credentials would travel unencrypted; nothing was sent." },
                "Use the https:// address (plain http is accepted only for 127.0.0.1, ::1 and localhost).");
        }

        /// <summary>The URL with a trailing slash, so relative paths resolve beneath it.</summary>
        public static Uri WithTrailingSlash(Uri url)
        {
            var text = url.GetLeftPart(UriPartial.Path);
            return text.EndsWith("/", StringComparison.Ordinal) ? new Uri(text) : new Uri(text + "/");
        }
    }
}
