using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// How this client talks to Autotask, on the shared <see cref="PsaTransport"/>: the zone lookup, the auth
    /// headers (built per request from the SecureStrings), the thread gate, error hints and the query paging.
    /// </summary>
    internal sealed class AutotaskTransport : PsaTransport
    {
        private readonly AutotaskConnectionInfo _info;
        private AutotaskThreadGate? _gate;

        public AutotaskTransport(AutotaskConnectionInfo info, PsaHttpOptions options)
            : base(AutotaskClient.PsaName, options)
        {
            _info = info ?? throw new ArgumentNullException(nameof(info));
            // Another program with this integration code may hold the endpoint's three threads: wait and try again.
            options.TryAgainAnswer = AutotaskErrors.SaysThreadLimit;
        }

        public string UserName => _info.UserName;

        /// <summary>True once the zone lookup has confirmed the user name (it is skipped when a ZoneUrl is given).</summary>
        public bool UserConfirmedByZoneLookup { get; private set; }

        /// <summary>{zone}V1.0/: the zone from info.ZoneUrl, else from one zone lookup per client.</summary>
        protected override async Task<Uri> DiscoverApiBaseAsync(CancellationToken cancellationToken)
        {
            Uri zone;
            if (_info.ZoneUrl != null)
            {
                zone = AutotaskUrls.WithTrailingSlash(AutotaskUrls.RequireSecure(_info.ZoneUrl, "zone URL (-ZoneUrl)"));
                Verbose("Autotask zone given: " + zone + "; no zone lookup.");
            }
            else
            {
                zone = await DiscoverZoneAsync(cancellationToken).ConfigureAwait(false);
            }
            return new Uri(zone, "V1.0/");
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
                response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
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
                var gate = _gate ??= AutotaskThreadGate.Shared(url, _info.IntegrationCode);
                var response = await gate.RunAsync(endpoint, () => Http.SendAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
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
            var first = await UrlAsync(entity + "/query", cancellationToken).ConfigureAwait(false);
            return await ReadPagesAsync(entity + " query", "POST", first, async (url, token) =>
            {
                // A query is a read: safe to repeat, so the pipeline may retry it.
                var answer = await SendObjectAsync(HttpMethod.Post, url, entity, RequestKind.Read, body, token).ConfigureAwait(false);
                if (!(AutotaskJson.Get(answer, "items") is JArray pageItems))
                {
                    throw new PsaApiException(AutotaskClient.PsaName, "POST", url.PathAndQuery, 200, null, new[] { "The query answer has no items list." });
                }
                var next = AutotaskJson.String(AutotaskJson.Get(answer, "pageDetails") as JObject, "nextPageUrl");
                return new PsaPage(pageItems.OfType<JObject>().ToList(), string.IsNullOrEmpty(next) ? null : next);
            }, progress, cancellationToken).ConfigureAwait(false);
        }

        private void AddHeaders(IDictionary<string, string> headers)
        {
            // Revealed only here, for this request's headers, and registered so no message can show them.
            var code = Secrets.Reveal(_info.IntegrationCode);
            var secret = Secrets.Reveal(_info.Secret);
            Redactor.AddSecret(code);
            Redactor.AddSecret(secret);
            headers["ApiIntegrationCode"] = code;
            headers["UserName"] = _info.UserName ?? string.Empty;
            headers["Secret"] = secret;
            headers["Content-Type"] = "application/json";
        }

        // The thread gate is shared with the other clients of the same integration code; it is not this client's to dispose.
    }
}
