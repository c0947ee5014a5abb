using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// Where a ConnectWise site lives, from the server name as users give it ("na.myconnectwise.net",
    /// "api-na.myconnectwise.net", "psa.example.com", "127.0.0.1:5080", optionally with a scheme; a path is ignored).
    /// <para>
    /// Scheme rule (the same as Autotask's): HTTPS always (ConnectWise refuses plain HTTP, psa-api.md A1); an explicit
    /// http:// to any other host is refused, not upgraded. The one exception is a loopback host (127.0.0.0/8, ::1,
    /// localhost): that is the local simulator or a tunnel, so http is used there unless the user typed https://.
    /// A server holding "user:password@" is refused without echoing it.
    /// </para>
    /// <para>
    /// Cloud login sites (na|eu|au|aus|za.myconnectwise.net, staging.connectwisedev.com) serve the API only on
    /// their "api-" host (A1 "Hosts"), so API calls go there; company info is asked of the host as given.
    /// </para>
    /// </summary>
    internal sealed class CwSite
    {
        private static readonly HashSet<string> CloudLoginHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "na.myconnectwise.net", "eu.myconnectwise.net", "au.myconnectwise.net", "aus.myconnectwise.net",
            "za.myconnectwise.net", "staging.connectwisedev.com",
        };

        private static readonly Regex CodebasePattern = new Regex(@"^[A-Za-z0-9_.\-]+/$", RegexOptions.CultureInvariant);

        /// <summary>The codebase of on-premises servers, and the router that always reaches a tenant's current version.</summary>
        public const string DefaultCodebase = "v4_6_release/";

        private CwSite(string scheme, string host, int port, bool isLoopback)
        {
            Scheme = scheme;
            Host = host;
            Port = port;
            IsLoopback = isLoopback;
        }

        public string Scheme { get; }

        /// <summary>The host as given (lower case); IPv6 addresses in brackets.</summary>
        public string Host { get; }

        /// <summary>The port, or -1 for the scheme's default.</summary>
        public int Port { get; }

        public bool IsLoopback { get; }

        /// <summary>The host API calls go to: the "api-" host for cloud login sites, else the host as given.</summary>
        public string ApiHost => CloudLoginHosts.Contains(Host) ? "api-" + Host : Host;

        public static CwSite Parse(string server)
        {
            if (string.IsNullOrWhiteSpace(server)) throw new ArgumentException("The ConnectWise server (-Server) is empty; give the site, e.g. -Server na.myconnectwise.net.", nameof(server));
            var text = server.Trim();
            var schemeGiven = text.IndexOf("://", StringComparison.Ordinal) >= 0;
            if (!Uri.TryCreate(schemeGiven ? text : "https://" + text, UriKind.Absolute, out var uri) ||
                (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
            {
                // A text with '@' may hold a password: it is described, never echoed.
                var shown = text.IndexOf('@') >= 0 ? "The -Server value (it holds an '@')" : "The -Server value '" + server + "'";
                throw new ArgumentException(shown + " is not a ConnectWise server name; give the site, e.g. -Server na.myconnectwise.net.", nameof(server));
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                // Never echoed: what stands before '@' may be a password.
                throw new ArgumentException("The -Server value holds a user name or password before '@'; give the site alone, e.g. -Server na.myconnectwise.net, and the keys with -PublicKey and -PrivateKey.", nameof(server));
            }

            var host = uri.Host.ToLowerInvariant();
            var loopback = PsaUrls.IsLoopback(host);
            if (schemeGiven && uri.Scheme == Uri.UriSchemeHttp && !loopback)
            {
                // Refused like Autotask's rule, not silently upgraded: the user asked for something we will not do.
                throw new ArgumentException("The ConnectWise server given to -Server, '" + PsaUrls.Origin(uri) + "', does not use HTTPS, so the keys would travel unencrypted; nothing was sent. " +
                    "Give -Server an https:// address or the site name alone (plain http is accepted only for 127.0.0.1, ::1 and localhost).", nameof(server));
            }
            // HTTPS always; plain http only on loopback (the simulator), unless https was asked for there.
            var scheme = loopback && !(schemeGiven && uri.Scheme == Uri.UriSchemeHttps) ? Uri.UriSchemeHttp : Uri.UriSchemeHttps;
            var port = uri.IsDefaultPort ? -1 : uri.Port;
            return new CwSite(scheme, host, port, loopback);
        }

        public Uri CompanyInfoUrl(string companyId) =>
            new Uri(Root(Host), "login/companyinfo/" + Uri.EscapeDataString(companyId.Trim()));

        /// <summary>{scheme}://{apiHost}/{codebase}apis/3.0/</summary>
        public Uri ApiBase(string codebase) => new Uri(Root(ApiHost), codebase + "apis/3.0/");

        /// <summary>A codebase as companyinfo gives it ("v2025_1/"), checked and ending in '/'; null or blank gives the default router.</summary>
        public static string NormalizeCodebase(string? codebase)
        {
            var value = (codebase ?? string.Empty).Trim().Trim('/');
            if (value.Length == 0) return DefaultCodebase;
            value += "/";
            if (!CodebasePattern.IsMatch(value) || value == "./" || value == "../") throw new FormatException("The codebase '" + codebase + "' is not a ConnectWise codebase.");
            return value;
        }

        private Uri Root(string host) => new UriBuilder(Scheme, host.Trim('[', ']'), Port).Uri;
    }
}
