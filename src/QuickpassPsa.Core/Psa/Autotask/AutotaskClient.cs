using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.Autotask
{
    /// <summary>
    /// The Autotask PSA client (psa-api.md B): zone discovery once per client, header auth, POST queries
    /// paged through nextPageUrl, at most three requests in flight per entity endpoint, contact writes
    /// through the parent company, and creates that never duplicate after an ambiguous failure.
    /// Every request goes through the one <see cref="PsaHttpClient"/> pipeline.
    /// </summary>
    internal sealed partial class AutotaskClient : IPsaClient
    {
        public const string PsaName = "Autotask";

        private const string Companies = "Companies";
        private const string Contacts = "Contacts";
        private const string ThresholdInformation = "ThresholdInformation";

        private readonly AutotaskTransport _transport;

        public Uri? Endpoint => _transport.KnownApiBase;
        private readonly SemaphoreSlim _fieldsLock = new SemaphoreSlim(1, 1);
        private AutotaskFields? _contactFields;

        public AutotaskClient(AutotaskConnectionInfo info, PsaHttpOptions httpOptions)
        {
            _transport = new AutotaskTransport(info, httpOptions);
        }

        public PsaKind Kind => PsaKind.Autotask;

        /// <summary>
        /// The zone lookup (unless a ZoneUrl was given), then GET ThresholdInformation, the cheapest
        /// authenticated call. A wrong value comes back as <see cref="AutotaskCredentialException"/>:
        /// user name (500 at the zone lookup, or a 500 naming the user), secret (401), integration code (a 500
        /// naming it, or any 500 here once the zone lookup confirmed the user); with a given ZoneUrl an
        /// unexplained 500 is "the user name or the integration code".
        /// </summary>
        public async Task ValidateAsync(CancellationToken cancellationToken)
        {
            var url = await _transport.UrlAsync(ThresholdInformation, cancellationToken).ConfigureAwait(false);
            JObject answer;
            try
            {
                answer = await _transport.SendObjectAsync(HttpMethod.Get, url, ThresholdInformation, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
            }
            catch (PsaApiException ex) when (ex.StatusCode == 500 && !(ex is AutotaskCredentialException) && !AutotaskErrors.IsThreadLimit(ex))
            {
                // ThresholdInformation has no business rules to break, so a 500 is the login (psa-api.md B2):
                // Autotask's status for an unknown user name and for a valid login with a wrong integration code.
                throw _transport.UserConfirmedByZoneLookup
                    ? AutotaskCredentialException.From(ex, AutotaskCredential.IntegrationCode, AutotaskErrors.IntegrationCodeHint)
                    : AutotaskCredentialException.From(ex, AutotaskCredential.UserNameOrIntegrationCode, AutotaskErrors.UserNameOrIntegrationCodeHint);
            }
            catch (PsaApiException ex) when ((ex.StatusCode == 404 || ex.StatusCode == 405) && !(ex is AutotaskCredentialException))
            {
                throw new PsaApiException(ex.Psa, ex.Method, ex.Path, ex.StatusCode, ex.ErrorCode, ex.Messages,
                    "Check the zone URL: it should end in /atservicesrest/ (as the zone lookup returns it), e.g. https://webservices3.autotask.net/atservicesrest/.", ex);
            }
            var used = AutotaskJson.Long(answer, "currentTimeframeRequestCount");
            var limit = AutotaskJson.Long(answer, "externalRequestThreshold");
            _transport.Verbose("Autotask login accepted for " + _transport.UserName +
                (used.HasValue && limit.HasValue ? "; " + used.Value.ToString(CultureInfo.InvariantCulture) + " of " + limit.Value.ToString(CultureInfo.InvariantCulture) + " requests used this hour." : "."));
        }

        public async Task<IReadOnlyList<PsaCompany>> GetCompaniesAsync(string? name, CancellationToken cancellationToken)
        {
            var filter = string.IsNullOrEmpty(name) ? AutotaskFilter.All() : AutotaskFilter.Eq("companyName", name);
            var body = AutotaskQueryBody.Build(AutotaskMapper.CompanyFields, new[] { filter });
            var items = await _transport.QueryAllAsync(Companies, body, null, cancellationToken).ConfigureAwait(false);
            return items.Select(AutotaskMapper.Company).ToList();
        }

        /// <summary>The company, or null when there is none with that id (404, or an id that is not a number, which Autotask cannot have).</summary>
        public async Task<PsaCompany?> GetCompanyAsync(string id, CancellationToken cancellationToken)
        {
            if (!TryParseId(id, out var number)) return null;
            var item = await GetItemAsync(Companies, Companies + "/" + number.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            return item == null ? null : AutotaskMapper.Company(item);
        }

        /// <summary>
        /// Contacts of one company: companyID eq N, isActive eq 1 unless IncludeInactive, and an email in any of
        /// the three slots when asked. Every page; <paramref name="progress"/> gets the running count per page.
        /// </summary>
        public async Task<IReadOnlyList<PsaContact>> GetContactsAsync(ContactQuery query, IProgress<int>? progress, CancellationToken cancellationToken)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            var companyId = RequireId(query.CompanyId, "company id");
            var filter = new List<JObject> { AutotaskFilter.Eq("companyID", companyId) };
            if (!query.IncludeInactive) filter.Add(AutotaskFilter.Eq("isActive", 1));
            var email = query.Email?.Trim();
            if (!string.IsNullOrEmpty(email))
            {
                // "contains", then the exact address kept below: a value stored with spaces around it is the address too.
                filter.Add(AutotaskFilter.Or(
                    AutotaskFilter.Contains("emailAddress", email!),
                    AutotaskFilter.Contains("emailAddress2", email!),
                    AutotaskFilter.Contains("emailAddress3", email!)));
            }
            else if (!string.IsNullOrWhiteSpace(query.EmailContains))
            {
                var part = query.EmailContains!.Trim();
                filter.Add(AutotaskFilter.Or(
                    AutotaskFilter.Contains("emailAddress", part),
                    AutotaskFilter.Contains("emailAddress2", part),
                    AutotaskFilter.Contains("emailAddress3", part)));
            }
            var body = AutotaskQueryBody.Build(AutotaskMapper.ContactFields, filter);
            var items = await _transport.QueryAllAsync(Contacts, body, progress, cancellationToken).ConfigureAwait(false);
            var contacts = items.Select(AutotaskMapper.Contact);
            return (string.IsNullOrEmpty(email) ? contacts : contacts.Where(c => ContactQuery.HoldsEmail(c, email!))).ToList();
        }

        /// <summary>
        /// Contacts of every company with one of these addresses in emailAddress, emailAddress2 or emailAddress3: one query per
        /// <see cref="PsaLimits.AddressesPerAutotaskQuery"/> addresses, an "in" condition per slot (equality, case ignored as the
        /// API compares), every page; the contacts that hold an address exactly (spaces around it and case aside) are kept.
        /// </summary>
        public async Task<IReadOnlyList<PsaContact>> FindContactsByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
        {
            if (emails == null) throw new ArgumentNullException(nameof(emails));
            var wanted = emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var found = new Dictionary<string, PsaContact>(StringComparer.OrdinalIgnoreCase);
            for (var at = 0; at < wanted.Count; at += PsaLimits.AddressesPerAutotaskQuery)
            {
                var values = new JArray(wanted.Skip(at).Take(PsaLimits.AddressesPerAutotaskQuery).Cast<object>().ToArray());
                var filter = new List<JObject>
                {
                    AutotaskFilter.Or(AutotaskFilter.In("emailAddress", values), AutotaskFilter.In("emailAddress2", values), AutotaskFilter.In("emailAddress3", values)),
                };
                var items = await _transport.QueryAllAsync(Contacts, AutotaskQueryBody.Build(AutotaskMapper.ContactFields, filter), null, cancellationToken).ConfigureAwait(false);
                foreach (var contact in items.Select(AutotaskMapper.Contact)) found[contact.Id] = contact;
            }
            return found.Values.Where(c => wanted.Any(e => ContactQuery.HoldsEmail(c, e))).ToList();
        }

        /// <summary>One contact by id, or null when there is none.</summary>
        public async Task<PsaContact?> GetContactAsync(string id, CancellationToken cancellationToken)
        {
            if (!TryParseId(id, out var number)) return null;
            var item = await GetItemAsync(Contacts, Contacts + "/" + number.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            return item == null ? null : AutotaskMapper.Contact(item);
        }

        /// <summary>GET {path}: the {"item":{...}}, or null on 404 or a null item.</summary>
        private async Task<JObject?> GetItemAsync(string endpoint, string path, CancellationToken cancellationToken)
        {
            var url = await _transport.UrlAsync(path, cancellationToken).ConfigureAwait(false);
            try
            {
                var answer = await _transport.SendObjectAsync(HttpMethod.Get, url, endpoint, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
                return AutotaskJson.Get(answer, "item") as JObject;
            }
            catch (PsaApiException ex) when (ex.StatusCode == 404 && !IsNoRoute(ex))
            {
                return null;
            }
        }

        /// <summary>The Contacts field metadata, read once per client on first use.</summary>
        internal async Task<AutotaskFields> ContactFieldsAsync(CancellationToken cancellationToken)
        {
            var known = Volatile.Read(ref _contactFields);
            if (known != null) return known;
            await _fieldsLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_contactFields != null) return _contactFields;
                var url = await _transport.UrlAsync(Contacts + "/entityInformation/fields", cancellationToken).ConfigureAwait(false);
                var answer = await _transport.SendObjectAsync(HttpMethod.Get, url, Contacts, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
                var fields = AutotaskFields.Parse(answer);
                _transport.Verbose("Autotask Contacts field information read: " + fields.Count + " fields; firstName " + Describe(fields["firstName"]) +
                    ", lastName " + Describe(fields["lastName"]) + ", emailAddress " + Describe(fields["emailAddress"]) + ".");
                Volatile.Write(ref _contactFields, fields);
                return fields;
            }
            finally
            {
                _fieldsLock.Release();
            }
        }

        /// <summary>The Web API's 404 for a path that is no route ("No HTTP resource was found ..."), not a missing record.</summary>
        private static bool IsNoRoute(PsaApiException ex) => ex.Messages.Any(m => m.IndexOf("No HTTP resource", StringComparison.OrdinalIgnoreCase) >= 0);

        private static string Describe(AutotaskField? field) =>
            field == null ? "unknown" : (field.Length > 0 ? "max " + field.Length.ToString(CultureInfo.InvariantCulture) : "no length") + (field.IsRequired ? ", required" : string.Empty);

        internal static bool TryParseId(string? id, out long number) =>
            long.TryParse((id ?? string.Empty).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);

        private static long RequireId(string? id, string what)
        {
            if (TryParseId(id, out var number)) return number;
            throw new ArgumentException("The Autotask " + what + " must be a number (Autotask ids are numeric); got '" + id + "'.", nameof(id));
        }

        internal static string Json(JObject body) => body.ToString(Formatting.None);

        public void Dispose()
        {
            _transport.Dispose();
            _fieldsLock.Dispose();
        }
    }
}
