using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// How this client talks to Autotask: the zone (looked up once), the auth headers (built per request from
    /// the SecureStrings), the thread gate, the one <see cref="PsaHttpClient"/> pipeline, error hints and paging.
    /// </summary>
    internal sealed class AutotaskTransport : IDisposable
    {
        private readonly AutotaskConnectionInfo _info;
        private readonly PsaHttpOptions _options;
        private readonly Redactor _redactor = new Redactor();
        private readonly PsaHttpClient _http;
        private readonly AutotaskThreadGate _gate = new AutotaskThreadGate();
        private readonly SemaphoreSlim _zoneLock = new SemaphoreSlim(1, 1);
        private Uri? _apiBase;

        public AutotaskTransport(AutotaskConnectionInfo info, PsaHttpOptions options)
        {
            _info = info ?? throw new ArgumentNullException(nameof(info));
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _http = new PsaHttpClient(AutotaskClient.PsaName, options, _redactor);
        }

        public string UserName => _info.UserName;

        /// <summary>True once the zone lookup has confirmed the user name (it is skipped when a ZoneUrl is given).</summary>
        public bool UserConfirmedByZoneLookup { get; private set; }

        public void Verbose(string message) => _options.Verbose?.Invoke(_redactor.Redact(message));

        /// <summary>The API base once known, without asking for it.</summary>
        public Uri? KnownApiBase => Volatile.Read(ref _apiBase);

        /// <summary>{zone}V1.0/: the zone from info.ZoneUrl, else from one zone lookup per client.</summary>
        public async Task<Uri> ApiBaseAsync(CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref _apiBase);
            if (known != null) return known;
            await _zoneLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_apiBase != null) return _apiBase;
                Uri zone;
                if (_info.ZoneUrl != null)
                {
                    zone = AutotaskUrls.WithTrailingSlash(AutotaskUrls.RequireSecure(_info.ZoneUrl, "zone URL"));
                    Verbose("Autotask zone given: " + zone + "; no zone lookup.");
                }
                else
                {
                    zone = await DiscoverZoneAsync(cancellationToken).ConfigureAwait(false);
                }
                var api = new Uri(zone, "V1.0/");
                Volatile.Write(ref _apiBase, api);
                return api;
            }
            finally
            {
                _zoneLock.Release();
            }
        }

        private async Task<Uri> DiscoverZoneAsync(CancellationToken cancellationToken)
        {
            var discovery = AutotaskUrls.WithTrailingSlash(AutotaskUrls.RequireSecure(_info.DiscoveryUrl, "zone discovery URL"));
            var url = new Uri(discovery, "v1.0/zoneInformation?user=" + Uri.EscapeDataString(_info.UserName ?? string.Empty));
            // No auth headers: zoneInformation needs none, and the secret has no business going to the discovery host.
            var request = new PsaRequest(HttpMethod.Get, url, RequestKind.Read);
            PsaResponse response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (PsaApiException ex) when (ex.StatusCode == 500)
            {
                // Autotask answers an unknown user with 500 "Zone information could not be determined".
                throw AutotaskCredentialException.From(ex, AutotaskCredential.UserName,
                    "Check the user name: Autotask's zone lookup does not know the API user '" + _info.UserName + "'. Use the user name of an API-only user (an email-like name).");
            }
            catch (PsaApiException ex) when (ex.StatusCode == 404 || ex.StatusCode == 405)
            {
                throw new PsaApiException(ex.Psa, ex.Method, ex.Path, ex.StatusCode, ex.ErrorCode, ex.Messages,
                    "Check the discovery URL (" + discovery + "): it should be Autotask's https://webservices.autotask.net/atservicesrest/.", ex);
            }

            var answer = AutotaskJson.Parse(response.Body) as JObject;
            var zoneText = AutotaskJson.String(answer, "url");
            if (string.IsNullOrWhiteSpace(zoneText) || !Uri.TryCreate(zoneText, UriKind.Absolute, out var zone))
            {
                throw new AutotaskCredentialException(AutotaskCredential.UserName, "GET", url.PathAndQuery, response.Status, null,
                    new[] { "The zone lookup named no zone URL for this user." },
                    "Check the user name: Autotask's zone lookup found no zone for the API user '" + _info.UserName + "'.", null);
            }
            zone = AutotaskUrls.WithTrailingSlash(AutotaskUrls.RequireSecure(zone, "zone URL"));
            UserConfirmedByZoneLookup = true;
            Verbose("Autotask zone for " + _info.UserName + ": " + (AutotaskJson.String(answer, "zoneName") ?? "?") + " (" + zone + ").");
            return zone;
        }

        /// <summary>A URL under the API base ("Contacts/query").</summary>
        public async Task<Uri> UrlAsync(string relative, CancellationToken cancellationToken) =>
            new Uri(await ApiBaseAsync(cancellationToken).ConfigureAwait(false), relative);

        /// <summary>
        /// Sends an authenticated request through the pipeline while holding one of the endpoint's three
        /// thread slots; returns the parsed answer (null for an empty body). Credential problems come back as
        /// <see cref="AutotaskCredentialException"/>.
        /// </summary>
        public async Task<JToken?> SendAsync(HttpMethod method, Uri url, string endpoint, RequestKind kind, string? jsonBody, CancellationToken cancellationToken)
        {
            var request = new PsaRequest(method, url, kind) { JsonBody = jsonBody };
            AddHeaders(request.Headers);
            try
            {
                var response = await _gate.RunAsync(endpoint, () => _http.SendAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
                return AutotaskJson.Parse(response.Body);
            }
            catch (PsaApiException ex) when (AutotaskErrors.Explain(ex, _info.UserName) is { } explained)
            {
                throw explained;
            }
        }

        /// <summary>An answer that must be a JSON object.</summary>
        public async Task<JObject> SendObjectAsync(HttpMethod method, Uri url, string endpoint, RequestKind kind, string? jsonBody, CancellationToken cancellationToken)
        {
            var answer = await SendAsync(method, url, endpoint, kind, jsonBody, cancellationToken).ConfigureAwait(false);
            if (answer is JObject obj) return obj;
            throw new PsaApiException(AutotaskClient.PsaName, method.Method, url.PathAndQuery, null, null,
                new[] { "The answer was not a JSON object." }, "The zone URL may not point at an Autotask REST API.");
        }

        /// <summary>
        /// POST {entity}/query, then POST the same body to each pageDetails.nextPageUrl until it is null: one
        /// request per 500 records (one for none). <paramref name="progress"/> gets the running count per page.
        /// </summary>
        public async Task<List<JObject>> QueryAllAsync(string entity, string body, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            var apiBase = await ApiBaseAsync(cancellationToken).ConfigureAwait(false);
            var url = new Uri(apiBase, entity + "/query");
            var items = new List<JObject>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            for (var page = 1; ; page++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A query is a read: safe to repeat, so the pipeline may retry it.
                var answer = await SendObjectAsync(HttpMethod.Post, url, entity, RequestKind.Read, body, cancellationToken).ConfigureAwait(false);
                if (!(AutotaskJson.Get(answer, "items") is JArray pageItems))
                {
                    throw new PsaApiException(AutotaskClient.PsaName, "POST", url.PathAndQuery, 200, null, new[] { "The query answer has no items list." });
                }
                foreach (var item in pageItems)
                {
                    if (item is JObject record) items.Add(record);
                }
                progress?.Report(items.Count);

                var next = AutotaskJson.String(AutotaskJson.Get(answer, "pageDetails") as JObject, "nextPageUrl");
                Verbose("Autotask " + entity + " query page " + page + ": " + pageItems.Count + " records, " + items.Count + " so far" +
                    (string.IsNullOrEmpty(next) ? "; last page." : "."));
                if (string.IsNullOrEmpty(next)) return items;

                url = NextPage(next!, apiBase, url);
                if (!visited.Add(url.AbsoluteUri))
                {
                    throw new PsaApiException(AutotaskClient.PsaName, "POST", url.PathAndQuery, 200, null,
                        new[] { "The server sent the same next-page link twice; paging stopped to avoid a loop after " + items.Count + " records." });
                }
            }
        }

        /// <summary>The next-page link, only when it stays on the zone's host (it carries our credentials).</summary>
        private static Uri NextPage(string next, Uri apiBase, Uri current)
        {
            var url = Uri.TryCreate(next, UriKind.Absolute, out var absolute) ? absolute : new Uri(apiBase, next);
            if (!AutotaskUrls.SameOrigin(url, apiBase))
            {
                throw new PsaApiException(AutotaskClient.PsaName, "POST", current.PathAndQuery, 200, null,
                    new[] { "The next-page link points at another server (" + url.GetLeftPart(UriPartial.Authority) + "); it was not followed, so no credentials left the zone." });
            }
            return url;
        }

        private void AddHeaders(IDictionary<string, string> headers)
        {
            // Revealed only here, for this request's headers, and registered so no message can show them.
            var code = Secrets.Reveal(_info.IntegrationCode);
            var secret = Secrets.Reveal(_info.Secret);
            _redactor.AddSecret(code);
            _redactor.AddSecret(secret);
            headers["ApiIntegrationCode"] = code;
            headers["UserName"] = _info.UserName ?? string.Empty;
            headers["Secret"] = secret;
            headers["Content-Type"] = "application/json";
        }

        public void Dispose()
        {
            _http.Dispose();
            _gate.Dispose();
            _zoneLock.Dispose();
        }
    }
}
