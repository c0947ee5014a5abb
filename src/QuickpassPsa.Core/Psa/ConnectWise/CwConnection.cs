using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>
    /// One ConnectWise connection on the shared <see cref="PsaTransport"/>: codebase discovery,
    /// the headers of every call (Basic auth built per request from the SecureStrings, clientId, the versioned
    /// Accept), forward-only paging, and hints on 401s that say which value to check.
    /// </summary>
    internal sealed class CwConnection : PsaTransport
    {
        public const string Psa = "ConnectWise";
        public const string DefaultApiVersion = "2025.1";
        public const int PageSize = 1000;

        private readonly ConnectWiseConnectionInfo _info;
        private readonly CwSite _site;

        public CwConnection(ConnectWiseConnectionInfo info, PsaHttpOptions options)
            : base(Psa, options)
        {
            _info = info ?? throw new ArgumentNullException(nameof(info));
            if (string.IsNullOrWhiteSpace(info.CompanyId)) throw new ArgumentException("The ConnectWise company id is empty.", nameof(info));
            if (info.PublicKey == null || info.PublicKey.Length == 0) throw new ArgumentException("The ConnectWise public key is empty.", nameof(info));
            if (info.PrivateKey == null || info.PrivateKey.Length == 0) throw new ArgumentException("The ConnectWise private key is empty.", nameof(info));
            _site = CwSite.Parse(info.Server);
        }

        public string CompanyId => _info.CompanyId.Trim();

        /// <summary>{scheme}://{apiHost}/{codebase}apis/3.0/, found once per connection through /login/companyinfo.</summary>
        protected override async Task<Uri> DiscoverApiBaseAsync(CancellationToken cancellationToken)
        {
            var url = _site.CompanyInfoUrl(CompanyId);
            var request = new PsaRequest(HttpMethod.Get, url, RequestKind.Read);
            request.Headers["Accept"] = "application/json";
            const string checkCompany = "Check the company id: it is the company name typed at the ConnectWise login screen, and the server must be the site you log in to.";
            PsaResponse response;
            try
            {
                response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (PsaApiException ex) when (ex.StatusCode == 404)
            {
                throw Rehint(ex, "The server does not know company id '" + CompanyId + "' (or is not a ConnectWise site). " + checkCompany);
            }

            JToken? body;
            try
            {
                body = CwJson.Parse(response.Body);
            }
            catch (Newtonsoft.Json.JsonReaderException)
            {
                throw new PsaApiException(Psa, "GET", url.PathAndQuery, response.Status, null,
                    new[] { "The answer is not ConnectWise company information." }, "Check the server: give the ConnectWise site you log in to, e.g. na.myconnectwise.net.");
            }

            if (body == null || body.Type == JTokenType.Null)
            {
                throw new PsaApiException(Psa, "GET", url.PathAndQuery, response.Status, "UnknownCompany",
                    new[] { "The server does not know the company id '" + CompanyId + "'" }, checkCompany);
            }
            if (!(body is JObject info))
            {
                throw new PsaApiException(Psa, "GET", url.PathAndQuery, response.Status, null,
                    new[] { "The answer is not ConnectWise company information." }, "Check the server: give the ConnectWise site you log in to, e.g. na.myconnectwise.net.");
            }

            string codebase;
            try
            {
                codebase = CwSite.NormalizeCodebase(CwJson.String(info, "Codebase"));
            }
            catch (FormatException ex)
            {
                throw new PsaApiException(Psa, "GET", url.PathAndQuery, response.Status, null, new[] { ex.Message });
            }
            var apiBase = _site.ApiBase(codebase);
            Verbose("ConnectWise company '" + CompanyId + "' uses codebase " + codebase + "; API at " + apiBase + ".");
            return apiBase;
        }

        /// <summary>Sends one API request (path relative to apis/3.0/, query already encoded) and returns the answer.</summary>
        public async Task<PsaResponse> SendAsync(HttpMethod method, string path, string? query, RequestKind kind, JToken? body, CancellationToken cancellationToken)
        {
            var apiBase = await ApiBaseAsync(cancellationToken).ConfigureAwait(false);
            var url = new Uri(apiBase, string.IsNullOrEmpty(query) ? path : path + "?" + query);
            return await SendUrlAsync(method, url, kind, body, forwardOnly: false, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Every record of a list endpoint: forward-only pages of 1000, following Link until it is empty. An answer without
        /// a Link header comes from an endpoint that does not do forward-only paging (psa-api.md A4): the rest is read
        /// navigably, page 2, 3, ... of the same size, until a short or empty page.
        /// </summary>
        public async Task<List<JObject>> GetAllAsync(string path, string? query, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            var apiBase = await ApiBaseAsync(cancellationToken).ConfigureAwait(false);
            var pageQuery = (string.IsNullOrEmpty(query) ? string.Empty : query + "&") + "pageSize=" + PageSize.ToString(CultureInfo.InvariantCulture);
            long? lastId = null;
            var forwardOnly = true;
            return await ReadPagesAsync("GET " + path, "GET", new Uri(apiBase, path + "?" + pageQuery), async (url, token) =>
            {
                var response = await SendUrlAsync(HttpMethod.Get, url, RequestKind.Read, null, forwardOnly, token).ConfigureAwait(false);
                if (!(ParseBody(response, "GET", url) is JArray rows))
                {
                    throw new PsaApiException(Psa, "GET", url.PathAndQuery, response.Status, null, new[] { "The answer is not a list." });
                }
                if (rows.Count > 0 && lastId.HasValue && CwJson.Long(rows[0], "id") is { } firstId && firstId <= lastId.Value)
                {
                    // The server sent rows we already had: following on would loop for ever.
                    throw new PsaApiException(Psa, "GET", url.PathAndQuery, response.Status, null,
                        new[] { "The server repeated records while paging (id " + firstId + " after " + lastId.Value + "); the list was not read to the end." });
                }
                if (rows.Count > 0 && CwJson.Long(rows[rows.Count - 1], "id") is { } last) lastId = last;

                var link = response.Header("Link");
                string? next;
                if (link == null)
                {
                    // No Link at all: the endpoint did not take up forward-only paging, so it pages navigably, the default
                    // (psa-api.md A4), and a pageId would be ignored: page 1 again, every time (round 63c). A short or empty
                    // page is the last; after a full one comes the next page number, of the same size and without the
                    // forward-only header, never stopping silently. The check above stops a server that repeats a page.
                    if (rows.Count < PageSize) next = null;
                    else
                    {
                        if (forwardOnly) Verbose("ConnectWise GET " + path + " answered without a Link header: the endpoint does not page forward-only; reading page 2, 3, ... of " + PageSize + " instead.");
                        forwardOnly = false;
                        next = WithPage(url, PageOf(url) + 1).AbsoluteUri;
                    }
                }
                else
                {
                    next = CwLinkHeader.Next(link);
                }
                // An empty page with a Link to another goes on (ReadPagesAsync bounds how many in a row): stopping
                // there lost the records after it without a word (round 41).
                return new PsaPage(rows.OfType<JObject>().ToList(), next);
            }, progress, cancellationToken).ConfigureAwait(false);
        }

        public JToken? ParseBody(PsaResponse response, string method, Uri url)
        {
            try
            {
                return CwJson.Parse(response.Body);
            }
            catch (Newtonsoft.Json.JsonReaderException ex)
            {
                throw new PsaApiException(Psa, method, url.PathAndQuery, response.Status, null, new[] { "The answer is not JSON: " + ex.Message });
            }
        }

        private async Task<PsaResponse> SendUrlAsync(HttpMethod method, Uri url, RequestKind kind, JToken? body, bool forwardOnly, CancellationToken cancellationToken)
        {
            var request = new PsaRequest(method, url, kind);
            if (body != null) request.JsonBody = CwJson.Serialize(body);
            request.Headers["Authorization"] = "Basic " + BasicToken();
            if (!string.IsNullOrWhiteSpace(_info.ClientId)) request.Headers["clientId"] = _info.ClientId.Trim();
            var version = string.IsNullOrWhiteSpace(_info.ApiVersion) ? DefaultApiVersion : _info.ApiVersion!.Trim();
            request.Headers["Accept"] = "application/vnd.connectwise.com+json; version=" + version;
            if (forwardOnly) request.Headers["pagination-type"] = "forward-only";
            try
            {
                return await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (PsaApiException ex) when (ex.StatusCode == 401)
            {
                throw Rehint(ex, AuthenticationHint(ex));
            }
        }

        /// <summary>base64("companyId+publicKey:privateKey"), revealed only here; the plain values are registered with the redactor first.</summary>
        private string BasicToken()
        {
            var publicKey = Secrets.Reveal(_info.PublicKey);
            var privateKey = Secrets.Reveal(_info.PrivateKey);
            Redactor.AddSecret(publicKey);
            Redactor.AddSecret(privateKey);
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(CompanyId + "+" + publicKey + ":" + privateKey));
            Redactor.AddSecret(token);
            return token;
        }

        /// <summary>
        /// What a 401 from the API means. Company info already knew the company id, so it is the keys or the
        /// clientId: the answer's text says which when it names the clientId, and a connection without a
        /// clientId is told so whatever the server says.
        /// </summary>
        private string AuthenticationHint(PsaApiException ex)
        {
            var mentionsClientId = false;
            foreach (var message in ex.Messages)
            {
                if (message.IndexOf("clientId", StringComparison.OrdinalIgnoreCase) >= 0) mentionsClientId = true;
            }
            if (string.IsNullOrWhiteSpace(_info.ClientId))
            {
                return "Check the clientId: none was given, and ConnectWise requires the integration's clientId (from developer.connectwise.com) on every call.";
            }
            if (mentionsClientId)
            {
                return "Check the clientId: ConnectWise refused the clientId '" + _info.ClientId.Trim() + "'; use the one registered for this integration at developer.connectwise.com.";
            }
            return "Check the public key and private key: the company id '" + CompanyId + "' is known to the server, so the API member's keys were refused (wrong, revoked, or the member is inactive).";
        }

        public static PsaApiException Rehint(PsaApiException ex, string hint) =>
            new PsaApiException(ex.Psa, ex.Method, ex.Path, ex.StatusCode, ex.ErrorCode, ex.Messages, hint, ex);

        /// <summary>The 1-based page number a list URL asks for (page=N; 1 without one).</summary>
        internal static long PageOf(Uri url)
        {
            foreach (var part in url.Query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith("page=", StringComparison.OrdinalIgnoreCase) &&
                    long.TryParse(part.Substring(5), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0)
                {
                    return page;
                }
            }
            return 1;
        }

        /// <summary>The URL with page=<paramref name="page"/> in place of any page or pageId, the other parameters as they were.</summary>
        internal static Uri WithPage(Uri url, long page)
        {
            var parts = new List<string>();
            foreach (var part in url.Query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith("page=", StringComparison.OrdinalIgnoreCase) || part.StartsWith("pageId=", StringComparison.OrdinalIgnoreCase)) continue;
                parts.Add(part);
            }
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
            return new UriBuilder(url) { Query = string.Join("&", parts) }.Uri;
        }

    }
}
