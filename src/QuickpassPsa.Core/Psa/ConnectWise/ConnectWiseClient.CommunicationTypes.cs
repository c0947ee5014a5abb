using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Psa.Http;

namespace QuickpassPsa.Core.Psa.ConnectWise
{
    /// <summary>The communication types setup table (psa-api.md A3), for creates and for Repair-CwCommunicationType.</summary>
    internal sealed partial class ConnectWiseClient
    {
        private const string CommunicationTypes = "company/communicationTypes";

        private IReadOnlyList<CwCommunicationType>? _typesCache;

        /// <summary>Every row of the table, all pages.</summary>
        public async Task<IReadOnlyList<CwCommunicationType>> GetCommunicationTypesAsync(CancellationToken cancellationToken)
        {
            var rows = await _connection.GetAllAsync(CommunicationTypes, null, null, cancellationToken).ConfigureAwait(false);
            var types = rows.Select(CwCommunicationType.From).ToList();
            _typesCache = types;
            return types;
        }

        /// <summary>
        /// Adds a type. The description is unique on the server, so after an ambiguous failure the type is looked up
        /// by description and returned when it exists; else the POST is sent once more.
        /// </summary>
        public async Task<CwCommunicationType> CreateCommunicationTypeAsync(string description, bool emailFlag, bool phoneFlag, bool faxFlag, bool defaultFlag, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException("A communication type needs a description.", nameof(description));
            var body = new JObject
            {
                ["description"] = description.Trim(),
                ["emailFlag"] = emailFlag,
                ["phoneFlag"] = phoneFlag,
                ["faxFlag"] = faxFlag,
                ["defaultFlag"] = defaultFlag,
            };
            _typesCache = null;
            var sent = description.Trim();
            return await DuplicateSafeCreate.RunAsync(
                async () =>
                {
                    var response = await _connection.SendAsync(HttpMethod.Post, CommunicationTypes, null, RequestKind.Create, body, cancellationToken).ConfigureAwait(false);
                    return AsType(response, "POST", CommunicationTypes);
                },
                async () =>
                {
                    _typesCache = null;
                    var types = await GetCommunicationTypesAsync(cancellationToken).ConfigureAwait(false);
                    // Exactly the description we sent: a stray-space twin ("Direct ") is another, older type.
                    return types.FirstOrDefault(t => string.Equals(t.Description, sent, StringComparison.OrdinalIgnoreCase));
                },
                _connection.Verbose,
                "ConnectWise communication type '" + sent + "'").ConfigureAwait(false);
        }

        /// <summary>PATCH company/communicationTypes/{id} with [{op, path, value}, ...] (psa-api.md A5); returns the patched type.</summary>
        public async Task<CwCommunicationType> PatchCommunicationTypeAsync(int id, IEnumerable<(string op, string path, object? value)> operations, CancellationToken cancellationToken)
        {
            if (operations == null) throw new ArgumentNullException(nameof(operations));
            var body = new JArray();
            foreach (var (op, path, value) in operations)
            {
                if (string.IsNullOrWhiteSpace(op) || string.IsNullOrWhiteSpace(path)) throw new ArgumentException("Every patch operation needs an op and a path.", nameof(operations));
                body.Add(new JObject { ["op"] = op, ["path"] = path, ["value"] = value == null ? JValue.CreateNull() : JToken.FromObject(value) });
            }
            if (body.Count == 0) throw new ArgumentException("No patch operations were given.", nameof(operations));
            _typesCache = null;
            var path2 = CommunicationTypes + "/" + id.ToString(CultureInfo.InvariantCulture);
            var response = await _connection.SendAsync(new HttpMethod("PATCH"), path2, null, RequestKind.Update, body, cancellationToken).ConfigureAwait(false);
            return AsType(response, "PATCH", path2);
        }

        /// <summary>How many records use the type: the sum of the counts GET .../{id}/usages returns.</summary>
        public async Task<int> GetCommunicationTypeUsageCountAsync(int id, CancellationToken cancellationToken)
        {
            var path = CommunicationTypes + "/" + id.ToString(CultureInfo.InvariantCulture) + "/usages";
            var response = await _connection.SendAsync(HttpMethod.Get, path, null, RequestKind.Read, null, cancellationToken).ConfigureAwait(false);
            if (!(CwJson.Parse(response.Body) is JArray usages)) throw new PsaApiException(CwConnection.Psa, "GET", path, response.Status, null, new[] { "The answer is not a list of usages." });
            return usages.OfType<JObject>().Sum(u => (int)(CwJson.Long(u, "count") ?? 0));
        }

        private async Task<IReadOnlyList<CwCommunicationType>> CommunicationTypesCachedAsync(CancellationToken cancellationToken) =>
            _typesCache ?? await GetCommunicationTypesAsync(cancellationToken).ConfigureAwait(false);

        private static CwCommunicationType AsType(PsaResponse response, string method, string path) =>
            CwJson.Parse(response.Body) is JObject record
                ? CwCommunicationType.From(record)
                : throw new PsaApiException(CwConnection.Psa, method, path, response.Status, null, new[] { "The answer is not a communication type." });
    }
}
