using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using QuickpassPsa.Core.Matching;

namespace QuickpassPsa.Core.Decisions
{
    /// <summary>
    /// The store's JSON: { "formatVersion": 1, "decisions": [ { "kind", "companyId", "contactId", ... } ] }.
    /// Read strictly: anything this version does not understand is an error, never a silently dropped decision.
    /// </summary>
    internal static class DecisionFile
    {
        public const int FormatVersion = 1;

        /// <summary>Why a text is not a readable store, as (kind, what is wrong); null when it is fine.</summary>
        public static IReadOnlyList<ContactMatchDecision> Parse(string text, out DecisionStoreErrorKind? error, out string? problem)
        {
            error = null;
            problem = null;
            JToken root;
            try
            {
                using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
                root = JToken.ReadFrom(reader);
                if (reader.Read()) return Fail(out error, out problem, "there is more text after the JSON object");
            }
            catch (JsonReaderException ex)
            {
                return Fail(out error, out problem, "it is not valid JSON (" + ex.Message + ")");
            }

            if (!(root is JObject obj)) return Fail(out error, out problem, "it is not a JSON object");
            if (!(obj["formatVersion"] is JValue version) || version.Type != JTokenType.Integer)
            {
                return Fail(out error, out problem, "it has no whole-number \"formatVersion\"");
            }
            var number = version.Value<long>();
            if (number > FormatVersion)
            {
                error = DecisionStoreErrorKind.NewerFormat;
                problem = "it has formatVersion " + number.ToString(CultureInfo.InvariantCulture) + ", written by a newer QuickpassPsa (this one reads " + FormatVersion.ToString(CultureInfo.InvariantCulture) + ")";
                return Array.Empty<ContactMatchDecision>();
            }
            if (number < 1) return Fail(out error, out problem, "its formatVersion " + number.ToString(CultureInfo.InvariantCulture) + " is not a version");
            if (!(obj["decisions"] is JArray items)) return Fail(out error, out problem, "it has no \"decisions\" list");

            var decisions = new List<ContactMatchDecision>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var decision = ReadDecision(items[i] as JObject, out var why);
                if (decision == null) return Fail(out error, out problem, "decision " + (i + 1).ToString(CultureInfo.InvariantCulture) + " " + why);
                decisions.Add(decision);
            }
            return decisions;
        }

        private static ContactMatchDecision? ReadDecision(JObject? item, out string why)
        {
            why = string.Empty;
            if (item == null)
            {
                why = "is not an object";
                return null;
            }
            var kindText = Text(item, "kind");
            if (!string.Equals(kindText, nameof(MatchDecisionKind.Confirmed), StringComparison.Ordinal) &&
                !string.Equals(kindText, nameof(MatchDecisionKind.Excluded), StringComparison.Ordinal))
            {
                why = "has no kind Confirmed or Excluded";
                return null;
            }
            var decision = new ContactMatchDecision
            {
                DecisionKind = kindText == nameof(MatchDecisionKind.Confirmed) ? MatchDecisionKind.Confirmed : MatchDecisionKind.Excluded,
                CompanyId = Text(item, "companyId") ?? string.Empty,
                ContactId = Text(item, "contactId") ?? string.Empty,
                ContactName = Text(item, "contactName"),
                UserPrincipalName = Text(item, "userPrincipalName"),
                Email = Text(item, "email"),
                AccountId = Text(item, "accountId"),
                AccountName = Text(item, "accountName"),
                DecidedBy = Text(item, "decidedBy"),
            };
            if (decision.CompanyId.Length == 0 || decision.ContactId.Length == 0 || decision.AccountKey.Length == 0)
            {
                why = "lacks a companyId, a contactId or an account identity";
                return null;
            }
            var at = Text(item, "decidedAt");
            if (at == null || !DateTime.TryParseExact(at, "o", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var decidedAt))
            {
                why = "has no decidedAt time";
                return null;
            }
            decision.DecidedAt = DateTime.SpecifyKind(decidedAt, DateTimeKind.Utc);
            return decision;
        }

        private static string? Text(JObject item, string name) =>
            item[name] is JValue value && value.Type == JTokenType.String ? (string?)value.Value : null;

        private static IReadOnlyList<ContactMatchDecision> Fail(out DecisionStoreErrorKind? error, out string? problem, string why)
        {
            error = DecisionStoreErrorKind.Corrupt;
            problem = why;
            return Array.Empty<ContactMatchDecision>();
        }

        /// <summary>Writes the store, one decision at a time (<paramref name="writing"/> is the tests' failure seam).</summary>
        public static void Write(TextWriter text, IEnumerable<ContactMatchDecision> decisions, Action<ContactMatchDecision>? writing)
        {
            using var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, CloseOutput = false };
            json.WriteStartObject();
            json.WritePropertyName("formatVersion");
            json.WriteValue(FormatVersion);
            json.WritePropertyName("decisions");
            json.WriteStartArray();
            foreach (var d in decisions)
            {
                writing?.Invoke(d);
                json.WriteStartObject();
                Property(json, "kind", d.Kind);
                Property(json, "companyId", d.CompanyId);
                Property(json, "contactId", d.ContactId);
                Property(json, "contactName", d.ContactName);
                Property(json, "userPrincipalName", d.UserPrincipalName);
                Property(json, "email", d.Email);
                Property(json, "accountId", d.AccountId);
                Property(json, "accountName", d.AccountName);
                Property(json, "decidedBy", d.DecidedBy);
                Property(json, "decidedAt", DateTime.SpecifyKind(d.DecidedAt, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void Property(JsonWriter json, string name, string? value)
        {
            if (value == null) return;
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }
}
